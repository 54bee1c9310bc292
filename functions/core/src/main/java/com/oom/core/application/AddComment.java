package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.rules.ChangeContext;
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

  public record Command(String requestId, String orderId, Actor actor, String comment) {}

  public CommandResult handle(Command command) {
    ChangeContext ctx = new ChangeContext(command.requestId(), command.actor(), clock.instant());
    return transactions.run(
        command.orderId(), ctx, order -> Comments.add(order, command.comment(), ctx));
  }
}
