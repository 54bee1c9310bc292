package com.oom.aws.wire.order;

import java.time.Instant;
import java.util.Objects;

/** {@code order-snapshot.schema.json}: the ERP's whole order; {@code sequence} grows per order. */
public record OrderSnapshotWire(
    String eventId, String type, Instant occurredAt, Long sequence, OrderWire order) {
  public static final String TYPE = "OrderSnapshot";

  public OrderSnapshotWire {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(sequence, "sequence");
    Objects.requireNonNull(order, "order");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative");
    }
  }
}
