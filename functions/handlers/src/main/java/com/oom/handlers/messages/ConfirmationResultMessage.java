package com.oom.handlers.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.PhoneNumber;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.common.WireJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Package AI (Jenny) confirmation result, as the webhook enqueues it or wrapped in an EventBridge
 * event with detail-type {@code ConfirmationResult}.
 */
public record ConfirmationResultMessage(
    String eventId,
    Instant occurredAt,
    String orderId,
    LocalDate appointmentDate,
    ConfirmationResultKind result,
    PhoneNumber phone,
    ConfirmationChannel channel) {
  public static final String DETAIL_TYPE = "ConfirmationResult";

  public ConfirmationResultMessage {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(appointmentDate, "appointmentDate");
    Objects.requireNonNull(result, "result");
  }

  public static ConfirmationResultMessage parse(String body) {
    JsonNode node = WireJson.tree(body);
    if (node.has("detail-type")) {
      if (!DETAIL_TYPE.equals(node.get("detail-type").asText())) {
        throw new InvalidMessage("detail-type", "must be " + DETAIL_TYPE);
      }
      JsonNode detail = node.get("detail");
      if (detail == null || !detail.isObject()) {
        throw new InvalidMessage("detail", "is required");
      }
      return WireJson.read(detail, ConfirmationResultMessage.class);
    }
    return WireJson.read(node, ConfirmationResultMessage.class);
  }
}
