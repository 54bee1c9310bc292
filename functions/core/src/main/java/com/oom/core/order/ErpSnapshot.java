package com.oom.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * An ERP {@code OrderSnapshot}: the whole order as the ERP describes it.
 *
 * @param sequence grows per order; an older or equal one is never applied
 * @param occurredAt when the ERP produced the snapshot: one produced before OOM's change cannot
 *     have seen it
 * @param contactCode the ERP's contact status and date, or null when the snapshot does not carry
 *     them (then it says nothing about them)
 */
public record ErpSnapshot(
    OrderDetails order, long sequence, Instant occurredAt, ErpContactCode contactCode) {
  public ErpSnapshot {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  public String orderId() {
    return order.orderId();
  }
}
