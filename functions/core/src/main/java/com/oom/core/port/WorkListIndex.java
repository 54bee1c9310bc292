package com.oom.core.port;

import com.oom.core.worklist.ListEntry;
import com.oom.core.worklist.PickupDeskItem;
import com.oom.core.worklist.ReservedStock;
import com.oom.core.worklist.WorkListKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The work-list index, written with every order change ({@link OrderChange#listing()}): each list's
 * entries in rank order per store and across stores, each list's size, the orders by appointment
 * day, the orders without a next step, the booked pick-ups on each distribution centre's desk by
 * day and each location's reserved stock by age. Reads cost the entries read, never the store's
 * size.
 */
public interface WorkListIndex {

  /**
   * Up to {@code limit} entries of {@code kind} ranked after {@code afterRank} (null: from the
   * top), in rank order.
   *
   * @param stores the stores to merge; null for every store
   */
  Page page(WorkListKind kind, List<String> stores, String afterRank, int limit);

  /** A page, and whether more entries follow it. */
  record Page(List<ListEntry> entries, boolean more) {
    public Page {
      entries = List.copyOf(entries);
    }
  }

  /**
   * How many entries each list holds.
   *
   * @param stores the stores to count; null for every store
   */
  Map<WorkListKind, Long> sizes(List<String> stores);

  /** Ids of the orders OOM works with an appointment on a day from {@code from} to {@code to}. */
  List<String> appointmentsBetween(String storeId, LocalDate from, LocalDate to);

  /** Ids of the store's open orders with no next step (there should be none), sorted. */
  List<String> withoutNextStep(String storeId);

  /**
   * The booked pick-ups on the desk of {@code locationId} on a day from {@code from} to {@code to},
   * by day then order id (one read of the location's desk partition, whatever the stores' size).
   */
  List<PickupDeskItem> pickupDesk(String locationId, LocalDate from, LocalDate to);

  /**
   * How many open orders each location holds in reserved stock (merchandise available, not yet
   * fulfilled): every location with any, one read.
   */
  Map<String, Long> reservedStockCounts();

  /** The location's order longest in reserved stock, if any (the first entry of one read). */
  Optional<ReservedStock> oldestReservedStock(String locationId);

  /**
   * Where the backfill of orders stored before the index existed stands: empty before it started,
   * else the position it saved last.
   */
  Optional<String> backfillPosition();

  void saveBackfillPosition(String position);
}
