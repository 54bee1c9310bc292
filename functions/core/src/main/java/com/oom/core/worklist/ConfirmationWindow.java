package com.oom.core.worklist;

import com.oom.core.order.ContactAttempt;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.time.BusinessCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rule 4: on a day, appointments a set number of business days ahead need a confirmation, and by
 * the end of that day at least one attempt on every number in the guest's file.
 */
final class ConfirmationWindow {

  private ConfirmationWindow() {}

  /** The appointment date whose confirmation calls are made on {@code day}. */
  static LocalDate appointmentDateConfirmedOn(
      LocalDate day, BusinessCalendar calendar, int businessDaysAhead) {
    LocalDate date = day;
    for (int i = 0; i < businessDaysAhead; i++) {
      date = calendar.nextBusinessDay(date);
    }
    return date;
  }

  /** The order has an appointment on {@code appointmentDate} that Jenny has not confirmed. */
  static boolean awaitsConfirmation(OpenOrder order, LocalDate appointmentDate) {
    return order.appointment().filter(a -> a.date().equals(appointmentDate)).isPresent()
        && !order.isAppointmentConfirmed();
  }

  /**
   * Someone reached the guest on {@code day} (a REACHED attempt, or an agent's confirmation call
   * with an answer): the day's duty to try every number is done.
   */
  static boolean guestReachedOn(OpenOrder order, LocalDate day) {
    ZoneId zone = order.details().timeZone();
    return order.attempts().stream()
        .anyMatch(
            attempt ->
                attempt.outcome().isSuccessful()
                    && LocalDate.ofInstant(attempt.at(), zone).equals(day));
  }

  /**
   * The guest's numbers, in file order, with no attempt on {@code day} in the order's time zone.
   */
  static List<PhoneNumber> phonesNotAttemptedOn(OpenOrder order, LocalDate day) {
    ZoneId zone = order.details().timeZone();
    Set<PhoneNumber> attempted =
        order.attempts().stream()
            .filter(attempt -> LocalDate.ofInstant(attempt.at(), zone).equals(day))
            .map(ContactAttempt::phone)
            .collect(Collectors.toSet());
    return order.details().guest().phones().stream()
        .map(GuestPhone::number)
        .distinct()
        .filter(number -> !attempted.contains(number))
        .toList();
  }
}
