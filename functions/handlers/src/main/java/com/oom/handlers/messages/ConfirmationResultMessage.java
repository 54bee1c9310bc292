package com.oom.handlers.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.wire.Wire;
import com.oom.aws.wire.confirmation.ConfirmationResultWire;
import com.oom.aws.wire.confirmation.EventBridgeConfirmationWire;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.PhoneNumber;
import com.oom.handlers.common.InvalidMessage;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A Package AI (Jenny) confirmation result ({@link ConfirmationResultWire}), as the webhook
 * enqueues it or wrapped in an EventBridge event with detail-type {@code ConfirmationResult}
 * ({@link EventBridgeConfirmationWire}).
 */
public record ConfirmationResultMessage(
    String eventId,
    Instant occurredAt,
    String orderId,
    LocalDate appointmentDate,
    ConfirmationResultKind result,
    PhoneNumber phone,
    ConfirmationChannel channel,
    String transcriptRef) {
  public static final String DETAIL_TYPE = EventBridgeConfirmationWire.DETAIL_TYPE;

  public static ConfirmationResultMessage parse(String body) {
    JsonNode node = MessageBodies.tree(body);
    if (node.has("detail-type")) {
      EventBridgeConfirmationWire event =
          MessageBodies.read(node, EventBridgeConfirmationWire.class);
      if (!DETAIL_TYPE.equals(event.detailType())) {
        throw new InvalidMessage("detail-type", "must be " + DETAIL_TYPE);
      }
      if (event.detail() == null || !event.detail().isObject()) {
        throw new InvalidMessage("detail", "is required");
      }
      return of(MessageBodies.read(event.detail(), ConfirmationResultWire.class));
    }
    return of(MessageBodies.read(node, ConfirmationResultWire.class));
  }

  private static ConfirmationResultMessage of(ConfirmationResultWire wire) {
    if (wire.transcriptRef() != null && !ContactAttempt.isTranscriptRef(wire.transcriptRef())) {
      throw new InvalidMessage(
          "transcriptRef",
          "must be 1 to " + ContactAttempt.MAX_TRANSCRIPT_REF_CHARS + " visible ASCII characters");
    }
    return new ConfirmationResultMessage(
        wire.eventId(),
        wire.occurredAt(),
        wire.orderId(),
        wire.appointmentDate(),
        wire.result(),
        MessageBodies.toDomain(() -> Wire.phone("phone", wire.phone())),
        wire.channel(),
        wire.transcriptRef());
  }
}
