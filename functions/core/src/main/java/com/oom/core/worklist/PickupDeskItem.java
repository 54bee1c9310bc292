package com.oom.core.worklist;

import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderLine;
import com.oom.core.order.PickupDesk;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One booked pick-up on the desk list of a distribution centre (CPU duties): the order, its guest
 * and phones (as the order view shows them), the window, value and lines, what the desk recorded
 * (arrival, no-show), and when the merchandise became available, from which the reserved-stock age
 * is computed on the day the list is read ({@link #reservedDays(LocalDate)}).
 */
public record PickupDeskItem(
    String orderId,
    String storeId,
    String locationId,
    ZoneId timeZone,
    LocalDate date,
    LocalTime windowStart,
    LocalTime windowEnd,
    String guestFirstName,
    String guestLastName,
    List<GuestPhone> phones,
    BigDecimal value,
    String currency,
    List<OrderLine> lines,
    Instant arrivedAt,
    Instant noShowAt,
    Instant availableSince) {

  public PickupDeskItem {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(date, "date");
    phones = phones == null ? List.of() : List.copyOf(phones);
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /**
   * The order's line on the desk of its fulfilment location: an order OOM works with a booked
   * PICKUP appointment at a location; empty for any other order.
   */
  public static Optional<PickupDeskItem> of(OpenOrder order) {
    String location = order.details().locationId();
    Optional<Appointment> pickup =
        order.appointment().filter(a -> a.kind() == AppointmentKind.PICKUP);
    if (!order.isWorkedByOom() || location == null || location.isBlank() || pickup.isEmpty()) {
      return Optional.empty();
    }
    Appointment visit = pickup.get();
    PickupDesk desk = order.pickupDesk();
    boolean sameDay = desk != null && desk.isFor(visit.date());
    var details = order.details();
    return Optional.of(
        new PickupDeskItem(
            order.orderId(),
            details.storeId(),
            location,
            details.timeZone(),
            visit.date(),
            visit.windowStart(),
            visit.windowEnd(),
            details.guest().firstName(),
            details.guest().lastName(),
            details.guest().phones(),
            details.value(),
            details.currency(),
            details.lines(),
            sameDay ? desk.arrivedAt() : null,
            sameDay ? desk.noShowAt() : null,
            order.availableSince()));
  }

  /**
   * Reserved-stock ageing: whole days the merchandise has been available but not fulfilled, from
   * the local day it became available to {@code today} (0 on that day, and while it is not
   * available).
   */
  public long reservedDays(LocalDate today) {
    return ReservedStock.ageInDays(availableSince, timeZone, today);
  }

  /** The order's local date at {@code now}: the day the desk lists it on when it is today's. */
  public LocalDate today(Instant now) {
    return now.atZone(timeZone).toLocalDate();
  }

  /** A digest of everything the line shows, so an unchanged line is not rewritten. */
  public String fingerprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The item's key in the index: {@code P|<location>|<date>|<order>}. */
  public String key() {
    return IndexKeys.pickup(locationId, date, orderId);
  }

  /** Desk order: by window start, then order id. */
  public static final java.util.Comparator<PickupDeskItem> DESK_ORDER =
      java.util.Comparator.comparing(PickupDeskItem::windowStart)
          .thenComparing(PickupDeskItem::orderId);
}
