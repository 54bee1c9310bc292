package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.rules.Comments;
import java.time.Clock;

/** Adds a free comment to the order's audit trail (mirrored to the ERP). */
public final class AddComment {
  private final OrderTransactions transactions;
  private final Clock clock;

  public AddComment(OrderTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public record Command(String requestId, String orderId, Acting actor, String comment) {}

  public CommandResult handle(Command command) {
    return transactions.run(
        command.orderId(),
        command.requestId(),
        command.actor(),
        clock.instant(),
        null,
        (order, ctx) -> Comments.add(order, command.comment(), ctx));
  }
}
