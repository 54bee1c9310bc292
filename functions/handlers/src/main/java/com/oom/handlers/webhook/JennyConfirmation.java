package com.oom.handlers.webhook;

import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.PhoneNumber;
import com.oom.handlers.common.InvalidMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The {@code ConfirmationResult} payload Jenny posts, checked before it is forwarded unchanged to
 * {@code oom-confirmations}: whatever is accepted here, the queue's consumer can read. A field the
 * catalogue does not name is refused (400), because the consumer would refuse it later, where
 * nobody would see it but the DLQ. As the catalogue's schema has it ({@code
 * events/…/confirmation-result.schema.json}): {@code channel} is optional, and {@code phone} is
 * optional except for a {@code WRONG_NUMBER}, which names the number it reached; {@code
 * transcriptRef} (a CHAT result's transcript) is optional and bounded.
 */
record JennyConfirmation(
    String eventId,
    Instant occurredAt,
    String orderId,
    LocalDate appointmentDate,
    ConfirmationResultKind result,
    PhoneNumber phone,
    ConfirmationChannel channel,
    String transcriptRef) {
  private static final Pattern ID = Pattern.compile("[\\x21-\\x7E]{1,128}");

  JennyConfirmation validated() {
    id(eventId, "eventId");
    required(occurredAt, "occurredAt");
    id(orderId, "orderId");
    required(appointmentDate, "appointmentDate");
    required(result, "result");
    if (result == ConfirmationResultKind.WRONG_NUMBER && phone == null) {
      throw new InvalidMessage("phone", "is required for a WRONG_NUMBER result");
    }
    if (transcriptRef != null && !ContactAttempt.isTranscriptRef(transcriptRef)) {
      throw new InvalidMessage(
          "transcriptRef",
          "must be 1 to "
              + ContactAttempt.MAX_TRANSCRIPT_REF_CHARS
              + " visible ASCII characters (no spaces)");
    }
    return this;
  }

  private static void required(Object value, String field) {
    if (value == null) {
      throw new InvalidMessage(field, "is required");
    }
  }

  private static void id(String value, String field) {
    required(value, field);
    if (!ID.matcher(value).matches()) {
      throw new InvalidMessage(field, "must be 1 to 128 visible ASCII characters");
    }
  }
}
