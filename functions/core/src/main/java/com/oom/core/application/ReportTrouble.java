package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.TroubleReason;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.TroubleReports;
import java.time.Clock;

/** An agent reports FAULTY or NO_FIT; the order escalates to its store in the same commit. */
public final class ReportTrouble {
  private final OrderTransactions transactions;
  private final Clock clock;

  public ReportTrouble(OrderTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public record Command(
      String requestId, String orderId, Actor actor, TroubleReason reason, String comment) {}

  public CommandResult handle(Command command) {
    ChangeContext ctx = new ChangeContext(command.requestId(), command.actor(), clock.instant());
    return transactions.run(
        command.orderId(),
        ctx,
        order -> TroubleReports.report(order, command.reason(), command.comment(), ctx));
  }
}
