package com.oom.core.worklist;

import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up commitments: a contact date due today or overdue, or a guest who asked to
 * reschedule or replied by text. Due at the store's opening on the contact date, else when the
 * guest asked.
 */
record FollowUpListRule() implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    LocalDate today = calendar.today(now);
    LocalDate contactDate = order.contactDate();
    boolean contactDateDue = contactDate != null && !contactDate.isAfter(today);
    FollowUpRequest request = order.followUp();
    if (!contactDateDue && request == null) {
      return Optional.empty();
    }
    List<String> reasons = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (request != null) {
      reasons.add(requestReason(request.reason()));
      missing.add(requestMissing(request.reason()));
    }
    if (contactDateDue) {
      reasons.add("Contact date due " + contactDate);
      missing.add("follow-up call not made");
    }
    Instant dueAt =
        contactDateDue
            ? calendar.startOfBusinessDay(calendar.businessDayOnOrAfter(contactDate))
            : request.at();
    return Optional.of(
        WorkItem.of(WorkListKind.FOLLOW_UP, order, String.join("; ", reasons), missing, dueAt));
  }

  private static String requestReason(FollowUpRequest.Reason reason) {
    return switch (reason) {
      case RESCHEDULE_REQUESTED -> "Guest asked to reschedule";
      case GUEST_REPLY -> "Guest replied by text";
    };
  }

  private static String requestMissing(FollowUpRequest.Reason reason) {
    return switch (reason) {
      case RESCHEDULE_REQUESTED -> "appointment not rescheduled";
      case GUEST_REPLY -> "guest's text not answered";
    };
  }
}
