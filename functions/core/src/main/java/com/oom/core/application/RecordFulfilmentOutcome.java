package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.FulfilmentOutcomes;
import java.time.Clock;
import java.time.Instant;

/** Applies an ERP {@code FulfilmentOutcome}: delivered, picked up, not home, missed, refused. */
public final class RecordFulfilmentOutcome {
  private final OrderTransactions transactions;
  private final Clock clock;

  public RecordFulfilmentOutcome(OrderTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public record Command(
      String eventId, String orderId, FulfilmentOutcomeKind outcome, Instant at) {}

  public CommandResult handle(Command command) {
    ChangeContext ctx = new ChangeContext(command.eventId(), Actor.ERP, clock.instant());
    return transactions.run(
        command.orderId(),
        ctx,
        order -> FulfilmentOutcomes.record(order, command.outcome(), command.at(), ctx));
  }
}
