package com.oom.core.application;

import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.WorkListIndex;
import com.oom.core.worklist.ReservedStock;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reserved-stock ageing per location: for every location holding open orders whose merchandise is
 * available but not fulfilled, how many there are and how many whole days the oldest has waited. It
 * reads the locations' counts (one read) and the oldest entry of each location (one read each),
 * never the orders themselves. Each store's start of day states the locations it reports ({@link
 * #reporterOf}), so each location is stated once a day.
 */
public final class MeasureReservedStock {
  private final WorkListIndex index;
  private final BusinessCalendars stores;
  private final Clock clock;

  public MeasureReservedStock(WorkListIndex index, BusinessCalendars stores, Clock clock) {
    this.index = Objects.requireNonNull(index, "index");
    this.stores = Objects.requireNonNull(stores, "stores");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The store that reports a location's reserved stock: the first store (by id) whose pick-up
   * location it is, else (a location no store names, e.g. a store's own floor) the first store of
   * the directory; empty when the directory cannot list its stores.
   */
  public static Optional<String> reporterOf(String locationId, BusinessCalendars stores) {
    List<String> ids;
    try {
      ids = stores.storeIds().stream().sorted().toList();
    } catch (UnsupportedOperationException cannotList) {
      return Optional.empty();
    }
    return ids.stream()
        .filter(id -> stores.pickupLocationOf(id).filter(locationId::equals).isPresent())
        .findFirst()
        .or(() -> ids.stream().findFirst());
  }

  /** The locations {@code storeId} reports ({@link #reporterOf}), by location id. */
  public List<ReservedStockAge> handle(String storeId) {
    return handle().stream()
        .filter(age -> reporterOf(age.locationId(), stores).map(storeId::equals).orElse(true))
        .toList();
  }

  /**
   * One location's reserved stock.
   *
   * @param orders how many open orders are available but not fulfilled there
   * @param oldestDays whole local days the oldest of them has been available
   * @param oldestOrderId the order that has waited longest
   */
  public record ReservedStockAge(
      String locationId, long orders, long oldestDays, String oldestOrderId) {}

  /** Every location with reserved stock, by location id. */
  public List<ReservedStockAge> handle() {
    Instant now = clock.instant();
    List<ReservedStockAge> ages = new ArrayList<>();
    Map<String, Long> counts = new TreeMap<>(index.reservedStockCounts());
    counts.forEach(
        (location, count) -> {
          if (count <= 0) {
            return;
          }
          index
              .oldestReservedStock(location)
              .ifPresent(
                  (ReservedStock oldest) ->
                      ages.add(
                          new ReservedStockAge(
                              location,
                              count,
                              oldest.ageInDays(now.atZone(oldest.timeZone()).toLocalDate()),
                              oldest.orderId())));
        });
    return ages;
  }
}
