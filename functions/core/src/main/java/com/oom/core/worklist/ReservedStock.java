package com.oom.core.worklist;

import com.oom.core.order.OpenOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * An open order whose merchandise is available but not yet fulfilled, in its fulfilment location's
 * reserved stock since {@code availableSince}: the index keeps these per location sorted by that
 * instant, so the oldest is the first of one read.
 */
public record ReservedStock(
    String orderId, String locationId, Instant availableSince, ZoneId timeZone) {
  public ReservedStock {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(availableSince, "availableSince");
    Objects.requireNonNull(timeZone, "timeZone");
  }

  /** The order's reserved stock: an open order at a location with every line available. */
  public static Optional<ReservedStock> of(OpenOrder order) {
    String location = order.details().locationId();
    if (order.isClosed()
        || order.availableSince() == null
        || location == null
        || location.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReservedStock(
            order.orderId(), location, order.availableSince(), order.details().timeZone()));
  }

  /** The key in the index: {@code R|<location>|<availableSince>|<order>}. */
  public String key() {
    return IndexKeys.reserved(locationId, availableSince, orderId);
  }

  /** Whole local days from the day the stock became available to {@code today}. */
  public long ageInDays(LocalDate today) {
    return ageInDays(availableSince, timeZone, today);
  }

  /**
   * Whole days from {@code since}'s local date in {@code zone} to {@code today}; never negative.
   */
  public static long ageInDays(Instant since, ZoneId zone, LocalDate today) {
    if (since == null) {
      return 0;
    }
    return Math.max(0, ChronoUnit.DAYS.between(since.atZone(zone).toLocalDate(), today));
  }
}
