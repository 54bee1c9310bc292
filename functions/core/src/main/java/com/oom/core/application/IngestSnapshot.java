package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.OrderUpdate;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.rules.BalancePayments;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.SnapshotIngestion;
import java.time.Clock;

/**
 * Applies an ERP {@code OrderSnapshot}; older or equal sequences are ignored, and a snapshot for a
 * store not in the directory is refused before anything is read or written. A snapshot showing a
 * BALDUE order's balance paid also clears the code ({@link BalancePayments}), in the same change.
 */
public final class IngestSnapshot {
  private final OrderTransactions transactions;
  private final BusinessCalendars calendars;
  private final Clock clock;

  public IngestSnapshot(OrderTransactions transactions, BusinessCalendars calendars, Clock clock) {
    this.transactions = transactions;
    this.calendars = calendars;
    this.clock = clock;
  }

  public record Command(String eventId, ErpSnapshot snapshot) {}

  /**
   * @throws UnknownStore when the snapshot names a store not in the directory: nothing is written
   */
  public CommandResult handle(Command command) {
    String storeId = command.snapshot().order().storeId();
    if (!calendars.knows(storeId)) {
      throw new UnknownStore(storeId);
    }
    ChangeContext ctx = new ChangeContext(command.eventId(), Actor.ERP, clock.instant());
    return transactions.runOnOptional(
        command.snapshot().orderId(),
        ctx,
        current -> {
          OrderUpdate ingested = SnapshotIngestion.apply(current, command.snapshot(), ctx);
          return ingested.then(
              BalancePayments.clearPaidBalanceDue(ingested.after(), ctx.as(Actor.SYSTEM)));
        });
  }
}
