package com.oom.core.worklist;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rule 1: an available order with no contact status and no booked appointment must be called to
 * book; a contact date in the future keeps it off the list until that day.
 */
record SchedulingListRule() implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    LocalDate today = calendar.today(now);
    boolean booked = order.appointment().filter(a -> !a.date().isBefore(today)).isPresent();
    boolean contactDateReached = order.contactDate() == null || !order.contactDate().isAfter(today);
    if (!order.details().isAvailable()
        || order.contactStatus() != ContactStatus.NONE
        || booked
        || !contactDateReached) {
      return Optional.empty();
    }
    Instant dueAt =
        order.contactDate() == null
            ? null
            : calendar.startOfBusinessDay(calendar.businessDayOnOrAfter(order.contactDate()));
    return Optional.of(
        WorkItem.of(
            WorkListKind.SCHEDULING,
            order,
            "Merchandise available: call to book",
            List.of("appointment not booked"),
            dueAt));
  }
}
