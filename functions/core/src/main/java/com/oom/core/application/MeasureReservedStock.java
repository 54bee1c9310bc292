package com.oom.core.application;

import com.oom.core.port.WorkListIndex;
import com.oom.core.worklist.ReservedStock;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reserved-stock ageing per location: for every location holding open orders whose merchandise is
 * available but not fulfilled, how many there are and how many whole days the oldest has waited. It
 * reads the locations' counts (one read) and the oldest entry of each location (one read each),
 * never the orders themselves.
 */
public final class MeasureReservedStock {
  private final WorkListIndex index;
  private final Clock clock;

  public MeasureReservedStock(WorkListIndex index, Clock clock) {
    this.index = Objects.requireNonNull(index, "index");
    this.clock = Objects.requireNonNull(clock, "clock");
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
