package com.oom.aws.wire.confirmation;

import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code confirmation-result.schema.json}: Package AI's (Jenny's) result for an appointment; the
 * {@code phone} as Jenny wrote it; for a CHAT result, the chat transcript's reference when Jenny
 * gave one.
 */
public record ConfirmationResultWire(
    String eventId,
    Instant occurredAt,
    String orderId,
    LocalDate appointmentDate,
    ConfirmationResultKind result,
    String phone,
    ConfirmationChannel channel,
    String transcriptRef) {
  public ConfirmationResultWire {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(appointmentDate, "appointmentDate");
    Objects.requireNonNull(result, "result");
  }
}
