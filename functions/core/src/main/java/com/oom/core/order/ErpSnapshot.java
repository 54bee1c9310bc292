package com.oom.core.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An ERP {@code OrderSnapshot}: the whole order as the ERP describes it.
 *
 * @param sequence grows per order; an older or equal one is never applied
 * @param occurredAt when the ERP produced the snapshot: one produced before OOM's change cannot
 *     have seen it
 * @param contactCode the ERP's contact status and date, or null when the snapshot does not carry
 *     them (then it says nothing about them)
 * @param oomUpdatesAppliedThrough the {@code at} of the last of OOM's updates the ERP had applied
 *     when it produced the snapshot (it applies them in order), or null when it does not say; with
 *     it OOM knows for certain whether the snapshot has seen each of its changes
 */
public record ErpSnapshot(
    OrderDetails order,
    long sequence,
    Instant occurredAt,
    ErpContactCode contactCode,
    Instant oomUpdatesAppliedThrough) {
  public ErpSnapshot {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** A snapshot that does not say which of OOM's updates the ERP had applied. */
  public ErpSnapshot(
      OrderDetails order, long sequence, Instant occurredAt, ErpContactCode contactCode) {
    this(order, sequence, occurredAt, contactCode, null);
  }

  public String orderId() {
    return order.orderId();
  }

  /**
   * Whether the ERP had applied OOM's change made at {@code since} when it produced the snapshot:
   * known when the snapshot says how far it had applied OOM's updates, empty when it does not.
   */
  public Optional<Boolean> hasApplied(Instant since) {
    return Optional.ofNullable(oomUpdatesAppliedThrough).map(through -> !through.isBefore(since));
  }
}
