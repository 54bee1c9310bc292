package com.oom.core.worklist;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rule 1: an available order with no contact status and no appointment must be called to book; a
 * contact date in the future keeps it off the list until that day. An order with a delivery or
 * pick-up is never here, even once its day has passed (with no outcome it goes to the missed list);
 * a technician visit keeps it off until its window ends, and a pending transfer until it arrives
 * (the merchandise is not yet where the guest gets it). Due when the store is next open after the
 * merchandise became available (or on the contact date).
 */
record SchedulingListRule() implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    LocalDate today = calendar.today(now);
    LocalDate contactDate = order.contactDate();
    boolean contactDateReached = contactDate == null || !contactDate.isAfter(today);
    if (!order.details().isAvailable()
        || order.contactStatus() != ContactStatus.NONE
        || order.hasStandingAppointment(now)
        || order.awaitsTransfer()
        || !contactDateReached) {
      return Optional.empty();
    }
    Instant dueAt = calendar.openAtOrAfter(WorkItem.waitingSince(order));
    if (contactDate != null) {
      dueAt = Due.later(dueAt, calendar.openingOnOrAfter(contactDate));
    }
    return Optional.of(
        WorkItem.of(
            WorkListKind.SCHEDULING,
            order,
            NextAction.CALL_TO_BOOK,
            "Merchandise available: call to book",
            List.of("appointment not booked"),
            dueAt));
  }
}
