package com.oom.core.application;

import com.oom.core.port.WorkListIndex;
import com.oom.core.worklist.PickupDeskItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The pick-up desk list of a distribution centre (CPU duties): the booked pick-ups at a location on
 * a day, by window start then order id, each with its reserved-stock age. It costs one read of the
 * location's desk partition, whatever the size of the stores it serves.
 *
 * <p>Without a date the list is "today" in each order's own time zone: the read spans the UTC days
 * around now (every zone's today lies within one day of UTC's) and keeps each pick-up booked on its
 * order's local today.
 */
public final class ListPickupDesk {
  private final WorkListIndex index;
  private final Clock clock;

  public ListPickupDesk(WorkListIndex index, Clock clock) {
    this.index = Objects.requireNonNull(index, "index");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * One pick-up on the list, with its reserved-stock age on the day it is read.
   *
   * @param reservedDays whole days the merchandise has been available but not fulfilled, from the
   *     local day it became available to the order's local today
   */
  public record DeskLine(PickupDeskItem item, long reservedDays) {}

  /**
   * @param date the day asked for; null when the list is each order's today
   */
  public record DeskList(String locationId, LocalDate date, Instant at, List<DeskLine> lines) {
    public DeskList {
      lines = List.copyOf(lines);
    }
  }

  /**
   * @param date the day; null for today in each order's time zone
   * @param stores the caller's stores (store staff see only theirs); null for every store
   */
  public DeskList handle(String locationId, LocalDate date, List<String> stores) {
    if (locationId == null || locationId.isBlank()) {
      throw new IllegalArgumentException("locationId is required");
    }
    Instant now = clock.instant();
    LocalDate utcToday = now.atZone(ZoneOffset.UTC).toLocalDate();
    List<PickupDeskItem> read =
        date != null
            ? index.pickupDesk(locationId, date, date)
            : index.pickupDesk(locationId, utcToday.minusDays(1), utcToday.plusDays(1)).stream()
                .filter(item -> item.date().equals(item.today(now)))
                .toList();
    List<DeskLine> lines =
        read.stream()
            .filter(item -> stores == null || stores.contains(item.storeId()))
            .sorted(PickupDeskItem.DESK_ORDER)
            .map(item -> new DeskLine(item, item.reservedDays(item.today(now))))
            .toList();
    return new DeskList(locationId, date, now, lines);
  }
}
