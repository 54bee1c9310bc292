package com.oom.core.rules;

import com.oom.core.order.OpenOrder;
import com.oom.core.order.RuleViolation;

/** States in which OOM may no longer change an order. */
final class OrderGuards {
  private OrderGuards() {}

  static void requireOpen(OpenOrder order) {
    if (order.isClosed()) {
      throw new RuleViolation(
          "order " + order.orderId() + " is " + order.status() + ": it can no longer be changed");
    }
  }

  /** Once CWC, the store owns the order until the ERP returns it to OOM. */
  static void requireWorkedByOom(OpenOrder order) {
    requireOpen(order);
    if (order.isCwc()) {
      throw new RuleViolation(
          "order " + order.orderId() + " is CWC: the store owns it until the ERP returns it");
    }
  }
}
