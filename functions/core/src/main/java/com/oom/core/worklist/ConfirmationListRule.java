package com.oom.core.worklist;

import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rule 4: an unconfirmed appointment in the confirmation window; missing lists every number of the
 * guest not yet attempted today, due by the store's closing time.
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
        ConfirmationWindow.phonesNotAttemptedOn(order, today).stream()
            .map(phone -> "attempt on " + phone.masked())
            .toList();
    Instant dueAt = calendar.isBusinessDay(today) ? calendar.endOfBusinessDay(today) : null;
    return Optional.of(
        WorkItem.of(
            WorkListKind.CONFIRMATION,
            order,
            "Appointment " + appointmentDate + " not confirmed",
            missing,
            dueAt));
  }
}
