package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.rules.Transfers;
import java.time.Clock;
import java.time.LocalDate;

/** Books a transfer of the order's merchandise from one location to another. */
public final class BookTransfer {
  private final OrderTransactions transactions;
  private final Clock clock;

  public BookTransfer(OrderTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public record Command(
      String requestId,
      String orderId,
      Acting actor,
      String fromLocationId,
      String toLocationId,
      LocalDate expectedDate,
      String comment) {}

  public CommandResult handle(Command command) {
    return transactions.run(
        command.orderId(),
        command.requestId(),
        command.actor(),
        clock.instant(),
        null,
        (order, ctx) ->
            Transfers.book(
                order,
                command.fromLocationId(),
                command.toLocationId(),
                command.expectedDate(),
                command.comment(),
                ctx));
  }
}
