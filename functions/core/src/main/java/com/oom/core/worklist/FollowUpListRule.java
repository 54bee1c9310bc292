package com.oom.core.worklist;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.TextMessage;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up commitments: a contact date that came due and is not yet met, or a guest who asked
 * to reschedule or replied by text. A due contact date is met by an attempt on or after it (a
 * booking clears it: {@code AppointmentBookings}); CALLBACK's contact date is worked from the coded
 * list instead. Due at the store's opening on the contact date, else when the guest asked.
 */
record FollowUpListRule() implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    LocalDate today = calendar.today(now);
    boolean contactDateDue = contactDateDue(order, today);
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
      reasons.add("Contact date due " + order.contactDate());
      missing.add("follow-up call not made");
    }
    Instant dueAt = request != null ? request.at() : calendar.openingOnOrAfter(order.contactDate());
    if (request != null && contactDateDue) {
      dueAt = Due.earlier(dueAt, calendar.openingOnOrAfter(order.contactDate()));
    }
    WorkItem item =
        WorkItem.of(
            WorkListKind.FOLLOW_UP,
            order,
            NextAction.FOLLOW_UP,
            String.join("; ", reasons),
            missing,
            dueAt);
    return Optional.of(item.withGuestText(guestText(order)));
  }

  /**
   * The words of the guest's latest text when a reply is what the agent must answer; null
   * otherwise.
   */
  static String guestText(OpenOrder order) {
    FollowUpRequest request = order.followUp();
    if (request == null || request.reason() != FollowUpRequest.Reason.GUEST_REPLY) {
      return null;
    }
    return order.texts().reversed().stream()
        .filter(t -> t.direction() == TextMessage.Direction.INBOUND)
        .map(TextMessage::body)
        .findFirst()
        .orElse(null);
  }

  /** A contact date on or before today that no attempt on or after it has met. */
  static boolean contactDateDue(OpenOrder order, LocalDate today) {
    LocalDate contactDate = order.contactDate();
    if (contactDate == null
        || contactDate.isAfter(today)
        || order.contactStatus() == ContactStatus.CALLBACK) {
      return false;
    }
    return order.attempts().stream()
        .noneMatch(
            a -> !LocalDate.ofInstant(a.at(), order.details().timeZone()).isBefore(contactDate));
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
