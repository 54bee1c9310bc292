package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.order.TroubleReason;
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
      String requestId, String orderId, Acting actor, TroubleReason reason, String comment) {}

  public CommandResult handle(Command command) {
    return transactions.run(
        command.orderId(),
        command.requestId(),
        command.actor(),
        clock.instant(),
        null,
        (order, ctx) -> TroubleReports.report(order, command.reason(), command.comment(), ctx));
  }
}
