package com.oom.core.worklist;

import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.MissedFulfilment;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Visits that did not happen: the guest was not home or did not come for the pick-up (rebook), the
 * guest refused the merchandise (a trouble decision: FAULTY, NO_FIT or rebook), or the appointment
 * ended and the ERP reported no outcome by the next business morning. A technician visit has no ERP
 * outcome: an SVC order's is followed on the coded list, and once past it is simply over.
 */
record MissedListRule() implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    MissedFulfilment missed = order.missed();
    if (missed != null) {
      return Optional.of(failedVisit(order, missed, calendar));
    }
    return noOutcomeDueAt(order, calendar)
        .filter(due -> !now.isBefore(due))
        .map(
            due ->
                WorkItem.of(
                    WorkListKind.MISSED,
                    order,
                    NextAction.CHASE_OUTCOME,
                    "No outcome from the ERP for the appointment on "
                        + order.details().appointment().date(),
                    List.of("ask the ERP what happened, or rebook"),
                    due));
  }

  /**
   * When an appointment with no outcome goes on the list: the next business morning after its day;
   * empty when there is no such appointment (none, a failed visit already reported, or SVC).
   */
  static Optional<Instant> noOutcomeDueAt(OpenOrder order, BusinessCalendar calendar) {
    if (order.missed() != null || order.contactStatus() == ContactStatus.SVC) {
      return Optional.empty();
    }
    return order
        .appointment()
        .filter(a -> a.kind() != AppointmentKind.TECHNICIAN)
        .map(Appointment::date)
        .map(calendar::nextBusinessMorning);
  }

  private static WorkItem failedVisit(
      OpenOrder order, MissedFulfilment missed, BusinessCalendar calendar) {
    Instant dueAt = calendar.openAtOrAfter(missed.at());
    return switch (missed.outcome()) {
      case NOT_HOME ->
          WorkItem.of(
              WorkListKind.MISSED,
              order,
              NextAction.REBOOK,
              "Not home",
              List.of("rebook the appointment"),
              dueAt);
      case PICKUP_MISSED ->
          WorkItem.of(
              WorkListKind.MISSED,
              order,
              NextAction.REBOOK,
              "Pick-up missed",
              List.of("rebook the appointment"),
              dueAt);
      case REFUSED ->
          WorkItem.of(
              WorkListKind.MISSED,
              order,
              NextAction.DECIDE_REFUSAL,
              "Guest refused the merchandise",
              List.of("report it FAULTY or NO_FIT, or rebook"),
              dueAt);
      case DELIVERED, PICKED_UP ->
          throw new IllegalStateException(missed.outcome() + " is not a failed visit");
    };
  }
}
