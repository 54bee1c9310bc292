package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.order.PickupEvent;
import com.oom.core.rules.PickupDeskEvents;
import java.time.Clock;

/**
 * The pick-up desk records a guest's arrival, the release of the merchandise, or a no-show (see
 * {@link PickupDeskEvents}); a release or no-show is the fulfilment outcome, written back to the
 * ERP in the same commit.
 */
public final class RecordPickupEvent {
  private final OrderTransactions transactions;
  private final Clock clock;

  public RecordPickupEvent(OrderTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public record Command(
      String requestId, String orderId, Acting actor, PickupEvent event, String comment) {}

  public CommandResult handle(Command command) {
    return transactions.run(
        command.orderId(),
        command.requestId(),
        command.actor(),
        clock.instant(),
        null,
        (order, ctx) -> PickupDeskEvents.record(order, command.event(), command.comment(), ctx));
  }
}
