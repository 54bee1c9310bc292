package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.OrderDetails;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.SnapshotIngestion;
import java.time.Clock;

/** Applies an ERP {@code OrderSnapshot}; older or equal sequences are ignored. */
public final class IngestSnapshot {
  private final OrderTransactions transactions;
  private final Clock clock;

  public IngestSnapshot(OrderTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public record Command(String eventId, long sequence, OrderDetails order) {}

  public CommandResult handle(Command command) {
    ChangeContext ctx = new ChangeContext(command.eventId(), Actor.ERP, clock.instant());
    return transactions.runOnOptional(
        command.order().orderId(),
        ctx,
        current -> SnapshotIngestion.apply(current, command.order(), command.sequence(), ctx));
  }
}
