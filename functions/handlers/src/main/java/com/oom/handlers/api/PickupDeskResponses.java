package com.oom.handlers.api;

import com.oom.core.application.CommandResult;
import com.oom.core.application.ListPickupDesk;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.MissedFulfilment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderLine;
import com.oom.core.order.PickupDesk;
import com.oom.core.worklist.PickupDeskItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The pick-up desk's response bodies (written by {@code ApiJson}; absent values are left out). */
public final class PickupDeskResponses {
  private PickupDeskResponses() {}

  /**
   * {@code GET /worklists/pickup-desk}: the booked pick-ups at a location on a day, by window start
   * then order id.
   *
   * @param date the day asked for; absent when the list is today in each order's time zone
   */
  public record DeskList(String locationId, LocalDate date, List<DeskItem> items) {
    public static DeskList of(ListPickupDesk.DeskList desk) {
      return new DeskList(
          desk.locationId(), desk.date(), desk.lines().stream().map(DeskItem::of).toList());
    }
  }

  /**
   * One booked pick-up on the desk.
   *
   * @param status DUE until the guest arrives, ARRIVED once they did, NO_SHOW once recorded so
   * @param arrivedAt when the guest arrived at the desk, if they did
   * @param noShowAt when the guest was recorded as a no-show, if so
   * @param reservedDays reserved-stock ageing: whole days the merchandise has been available but
   *     not fulfilled, to the order's local today
   * @param availableSince when every line became available; absent while one is not
   */
  public record DeskItem(
      String orderId,
      String storeId,
      LocalDate date,
      LocalTime windowStart,
      LocalTime windowEnd,
      String guestFirstName,
      String guestLastName,
      List<GuestPhone> phones,
      BigDecimal value,
      String currency,
      List<OrderLine> lines,
      String status,
      Instant arrivedAt,
      Instant noShowAt,
      long reservedDays,
      Instant availableSince) {
    static DeskItem of(ListPickupDesk.DeskLine line) {
      PickupDeskItem item = line.item();
      String status =
          item.noShowAt() != null ? "NO_SHOW" : item.arrivedAt() != null ? "ARRIVED" : "DUE";
      return new DeskItem(
          item.orderId(),
          item.storeId(),
          item.date(),
          item.windowStart(),
          item.windowEnd(),
          item.guestFirstName(),
          item.guestLastName(),
          item.phones(),
          item.value(),
          item.currency(),
          item.lines(),
          status,
          item.arrivedAt(),
          item.noShowAt(),
          line.reservedDays(),
          item.availableSince());
    }
  }

  /**
   * {@code POST /orders/{orderId}/pickup}: the order after the desk's event.
   *
   * @param pickupDesk what the desk has recorded about the booked pick-up
   * @param missed the missed pick-up a no-show put the order on the missed list for
   */
  public record PickupOutcome(
      String orderId,
      long version,
      FulfilmentStatus status,
      CommandResult.Outcome outcome,
      PickupDesk pickupDesk,
      MissedFulfilment missed) {
    public static PickupOutcome of(CommandResult result) {
      OpenOrder order = result.order();
      return new PickupOutcome(
          order.orderId(),
          order.version(),
          order.status(),
          result.outcome(),
          order.pickupDesk(),
          order.missed());
    }
  }
}
