package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderUpdate;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.WorkListIndex;
import com.oom.core.rules.ChangeContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Lists the orders stored before the work-list index existed: walks every store's open orders, a
 * bounded step at a time, and re-lists each one whose index was never written (an order already
 * listed is left alone). The position is saved after every step, so the walk resumes where it
 * stopped; once every store is walked it is {@link #DONE} and a step costs one read. The timer
 * sweep takes a step on every run.
 */
public final class BackfillWorkLists {
  /** The position of a finished backfill. */
  public static final String DONE = "DONE";

  private final OpenOrders orders;
  private final WorkListIndex index;
  private final OrderTransactions transactions;
  private final List<String> storeIds;
  private final Clock clock;

  public BackfillWorkLists(
      OpenOrders orders,
      WorkListIndex index,
      OrderTransactions transactions,
      List<String> storeIds,
      Clock clock) {
    this.orders = orders;
    this.index = index;
    this.transactions = transactions;
    this.storeIds = storeIds.stream().sorted().toList();
    this.clock = clock;
  }

  /**
   * @param examined open orders looked at in this step
   * @param listed those whose index was written
   * @param done whether every store has been walked
   */
  public record Step(int examined, int listed, boolean done) {}

  /**
   * Looks at up to {@code limit} open orders from where the last step stopped.
   *
   * @param runId the invocation's id: a retried step writes nothing twice
   */
  public Step step(String runId, int limit) {
    Optional<String> saved = index.backfillPosition();
    if (saved.filter(DONE::equals).isPresent() || storeIds.isEmpty()) {
      return new Step(0, 0, true);
    }
    Position at = saved.map(Position::parse).orElse(new Position(storeIds.getFirst(), null));
    int examined = 0;
    int listed = 0;
    while (examined < limit) {
      OpenOrders.Slice slice = orders.openOrdersAfter(at.storeId(), at.after(), limit - examined);
      for (OpenOrder order : slice.orders()) {
        examined++;
        ChangeContext ctx = new ChangeContext(runId, Actor.SYSTEM, clock.instant());
        CommandResult result =
            transactions.run(order.orderId(), ctx, current -> OrderUpdate.unchanged(current));
        if (result.order() != null && result.order().version() != order.version()) {
          listed++;
        }
      }
      if (slice.lastOrderId() != null) {
        at = new Position(at.storeId(), slice.lastOrderId());
        continue;
      }
      Optional<String> nextStore = nextStoreAfter(at.storeId());
      if (nextStore.isEmpty()) {
        index.saveBackfillPosition(DONE);
        return new Step(examined, listed, true);
      }
      at = new Position(nextStore.get(), null);
    }
    index.saveBackfillPosition(at.format());
    return new Step(examined, listed, false);
  }

  /** The next store by id (a saved store since left the directory is simply passed). */
  private Optional<String> nextStoreAfter(String storeId) {
    return storeIds.stream().filter(s -> s.compareTo(storeId) > 0).findFirst();
  }

  /** A store and the last order id walked in it (null: none yet). */
  record Position(String storeId, String after) {
    static Position parse(String saved) {
      String[] parts = saved.split("\\|", 2);
      return new Position(parts[0], parts.length < 2 || parts[1].isEmpty() ? null : parts[1]);
    }

    String format() {
      return storeId + "|" + (after == null ? "" : after);
    }
  }
}
