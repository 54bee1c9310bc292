package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.order.ContactStatus;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.ContactStatusChanges;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Sets the contact status and date. With {@code expectedVersion} the change only applies to that
 * version of the order (optimistic concurrency for agents' screens).
 */
public final class SetContactStatus {
  private final OrderTransactions transactions;
  private final Clock clock;

  public SetContactStatus(OrderTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public record Command(
      String requestId,
      String orderId,
      Acting actor,
      ContactStatus status,
      LocalDate contactDate,
      String comment,
      Long expectedVersion) {}

  public CommandResult handle(Command command) {
    return transactions.run(
        command.orderId(),
        command.requestId(),
        command.actor(),
        clock.instant(),
        command.expectedVersion(),
        (order, ctx) -> apply(order, command, ctx));
  }

  private static com.oom.core.order.OrderUpdate apply(
      com.oom.core.order.OpenOrder order, Command command, ChangeContext ctx) {
    return ContactStatusChanges.set(
        order, command.status(), command.contactDate(), command.comment(), ctx);
  }
}
