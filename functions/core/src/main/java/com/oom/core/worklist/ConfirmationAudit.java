package com.oom.core.worklist;

import com.oom.core.config.OomConfig;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.time.BusinessCalendar;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rule 4's end-of-day audit: every unconfirmed appointment in the confirmation window whose guest
 * was not tried on every number in their file that day.
 */
public final class ConfirmationAudit {

  private ConfirmationAudit() {}

  /**
   * At the end of business day {@code day} (store local date): every order with an appointment in
   * the confirmation window that is not confirmed and lacks an attempt that day on at least one of
   * the guest's phone numbers; lists those numbers. A guest reached that day (a REACHED attempt) is
   * not a miss: the other numbers need no call. Orders are the store's own; CWC and closed orders
   * are never reported. A day the store is closed has no confirmation calls, hence no misses.
   */
  public static List<ConfirmationMiss> missesFor(
      LocalDate day, Collection<OpenOrder> orders, BusinessCalendar calendar, OomConfig config) {
    if (!calendar.isBusinessDay(day)) {
      return List.of();
    }
    LocalDate appointmentDate =
        ConfirmationWindow.appointmentDateConfirmedOn(
            day, calendar, config.confirmationWindowBusinessDays());
    return orders.stream()
        .filter(OpenOrder::isWorkedByOom)
        .filter(order -> ConfirmationWindow.awaitsConfirmation(order, appointmentDate))
        .map(order -> missOf(order, day, appointmentDate))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(ConfirmationMiss::orderId))
        .toList();
  }

  /**
   * The day of the appointments whose confirmation calls are due on {@code day}; empty when the
   * store is closed that day.
   */
  public static Optional<LocalDate> appointmentDayAudited(
      LocalDate day, BusinessCalendar calendar, OomConfig config) {
    if (!calendar.isBusinessDay(day)) {
      return Optional.empty();
    }
    return Optional.of(
        ConfirmationWindow.appointmentDateConfirmedOn(
            day, calendar, config.confirmationWindowBusinessDays()));
  }

  private static Optional<ConfirmationMiss> missOf(
      OpenOrder order, LocalDate day, LocalDate appointmentDate) {
    List<PhoneNumber> notAttempted = ConfirmationWindow.phonesNotAttemptedOn(order, day);
    if (notAttempted.isEmpty() || ConfirmationWindow.guestReachedOn(order, day)) {
      return Optional.empty();
    }
    return Optional.of(
        new ConfirmationMiss(
            order.orderId(), order.details().storeId(), appointmentDate, notAttempted));
  }
}
