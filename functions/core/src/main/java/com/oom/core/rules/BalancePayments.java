package com.oom.core.rules;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderUpdate;

/**
 * A BALDUE order whose balance is paid no longer waits for anything: its contact status is cleared
 * with standard wording (the ERP update carries it), so an available order goes onto the scheduling
 * list. A contact date still ahead is kept.
 */
public final class BalancePayments {
  static final String CLEARED =
      "Balance paid: contact status BALDUE cleared, the order can be booked.";

  private BalancePayments() {}

  /**
   * @param ctx an automatic party's context (the system, acting on what a snapshot showed)
   */
  public static OrderUpdate clearPaidBalanceDue(OpenOrder order, ChangeContext ctx) {
    if (!order.isWorkedByOom()
        || order.contactStatus() != ContactStatus.BALDUE
        || order.details().owesBalance()) {
      return OrderUpdate.unchanged(order);
    }
    return ContactStatusChanges.set(order, ContactStatus.NONE, null, CLEARED, ctx);
  }
}
