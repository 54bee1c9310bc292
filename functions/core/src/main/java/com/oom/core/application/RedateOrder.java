package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.rules.FulfilmentDates;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Re-dates an order (the past-due fix): a new fulfilment date, by default the ATP date. The date is
 * pending until a snapshot shows it; the ERP update carries it.
 */
public final class RedateOrder {
  private final OrderTransactions transactions;
  private final Clock clock;

  public RedateOrder(OrderTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * @param date the new fulfilment date, or null for the order's ATP date
   */
  public record Command(
      String requestId,
      String orderId,
      Acting actor,
      LocalDate date,
      String comment,
      Long expectedVersion) {}

  public CommandResult handle(Command command) {
    return transactions.run(
        command.orderId(),
        command.requestId(),
        command.actor(),
        clock.instant(),
        command.expectedVersion(),
        (order, ctx) -> FulfilmentDates.redate(order, command.date(), command.comment(), ctx));
  }
}
