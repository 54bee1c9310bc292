package com.oom.aws.wire.order;

import com.oom.aws.wire.Wire;
import com.oom.core.order.ErpSnapshot;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code order-snapshot.schema.json}: the ERP's whole order; {@code sequence} grows per order, and
 * {@code oomUpdatesAppliedThrough} (optional) says how far the ERP had applied OOM's updates.
 */
public record OrderSnapshotWire(
    String eventId,
    String type,
    Instant occurredAt,
    Long sequence,
    OrderWire order,
    Instant oomUpdatesAppliedThrough) {
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

  /** The snapshot as the ERP sends it, under {@code eventId}. */
  public static OrderSnapshotWire of(String eventId, ErpSnapshot s) {
    return new OrderSnapshotWire(
        eventId,
        TYPE,
        s.occurredAt(),
        s.sequence(),
        OrderWire.of(s.order(), s.contactCode(), s.occurredAt()),
        s.oomUpdatesAppliedThrough());
  }

  /** The domain snapshot; a failure names the field ({@code order.contactDate}, ...). */
  public ErpSnapshot toDomain() {
    return new ErpSnapshot(
        Wire.at("order", order::toDomain),
        sequence,
        occurredAt,
        Wire.at("order", () -> order.contactCode(occurredAt)),
        oomUpdatesAppliedThrough);
  }
}
