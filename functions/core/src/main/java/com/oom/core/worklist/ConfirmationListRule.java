package com.oom.core.worklist;

import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rule 4: an unconfirmed appointment in the confirmation window; missing lists every number of the
 * guest not yet attempted today (once the guest was reached today, only their answer is missing),
 * due by the store's closing time (on a closed day, at the next opening).
 */
record ConfirmationListRule(int windowBusinessDays) implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    LocalDate today = calendar.today(now);
    LocalDate appointmentDate =
        ConfirmationWindow.appointmentDateConfirmedOn(today, calendar, windowBusinessDays);
    if (!ConfirmationWindow.awaitsConfirmation(order, appointmentDate)) {
      return Optional.empty();
    }
    List<String> missing =
        ConfirmationWindow.guestReachedOn(order, today)
            ? List.of("record the guest's answer")
            : ConfirmationWindow.phonesNotAttemptedOn(order, today).stream()
                .map(phone -> "attempt on " + phone.masked())
                .toList();
    Instant dueAt =
        calendar.isBusinessDay(today)
            ? calendar.endOfBusinessDay(today)
            : calendar.openingOnOrAfter(today);
    return Optional.of(
        WorkItem.of(
            WorkListKind.CONFIRMATION,
            order,
            NextAction.CONFIRM_APPOINTMENT,
            "Appointment " + appointmentDate + " not confirmed",
            missing,
            dueAt));
  }
}
