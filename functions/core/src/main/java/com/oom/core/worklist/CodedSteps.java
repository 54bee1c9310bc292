package com.oom.core.worklist;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.NoContactRule;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.ContactSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What each contact code asks of an agent next, and when it is due. */
final class CodedSteps {

  /** One coded order's step: {@code missing} empty means "what the escalation timers say". */
  record Step(NextAction action, String why, List<String> missing, Instant dueAt) {}

  private final OomConfig config;
  private final NoContactRule noContact;

  CodedSteps(OomConfig config) {
    this.config = config;
    this.noContact =
        new NoContactRule(
            config.noContactMinAttempts(), config.noContactSpan(), config.noContactSlots());
  }

  Step stepFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    return switch (order.contactStatus()) {
      case HOLD -> hold(order, calendar);
      case CALLBACK -> callback(order, calendar);
      case SVC -> service(order, calendar, now);
      case BALDUE -> balanceDue(order, calendar);
      case CANCEL ->
          new Step(
              NextAction.HANDLE_CANCEL,
              "deal with the guest's cancel request",
              List.of(),
              order.contactStatusSince().plus(config.cancelRequestGrace()));
      case NONE -> throw new IllegalArgumentException("order " + order.orderId() + " is not coded");
    };
  }

  /**
   * HOLD: the attempt still missing. A slot no attempt covers yet is due when that slot next begins
   * (after the last attempt); a missing count is due at once; with every attempt made, the
   * escalation's own time.
   */
  private Step hold(OpenOrder order, BusinessCalendar calendar) {
    List<ContactAttempt> counted = NoContactRule.unsuccessfulAttemptsCounted(order);
    Instant base =
        counted.isEmpty()
            ? order.contactStatusSince()
            : Due.later(order.contactStatusSince(), counted.getLast().at());
    List<ContactSlot> slots = noContact.missingSlots(order);
    if (!slots.isEmpty()) {
      Instant due =
          slots.stream()
              .map(
                  slot ->
                      config
                          .slotBoundaries()
                          .firstInstantOf(
                              slot, base, order.details().timeZone(), calendar::isHoliday))
              .min(Comparator.naturalOrder())
              .orElseThrow();
      return new Step(NextAction.MAKE_MISSING_ATTEMPT, "attempt still missing", List.of(), due);
    }
    if (counted.size() < config.noContactMinAttempts()) {
      return new Step(
          NextAction.MAKE_MISSING_ATTEMPT,
          "attempt still missing",
          List.of(),
          calendar.openAtOrAfter(base));
    }
    Instant escalatesAt = counted.getFirst().at().plus(config.noContactSpan());
    return new Step(
        NextAction.MAKE_MISSING_ATTEMPT,
        "every attempt made: goes to the store when the week is complete",
        List.of(),
        Due.later(base, escalatesAt));
  }

  /**
   * CALLBACK: due at opening on its contact date (no date: the next business day after it was
   * coded); an attempt on or after that day that did not reach the guest makes it due again the
   * next business day.
   */
  private static Step callback(OpenOrder order, BusinessCalendar calendar) {
    LocalDate dueDay =
        order.contactDate() != null
            ? calendar.businessDayOnOrAfter(order.contactDate())
            : calendar.nextBusinessDay(calendar.today(order.contactStatusSince()));
    Optional<LocalDate> lastTry =
        order.attempts().stream()
            .map(a -> calendar.today(a.at()))
            .filter(day -> !day.isBefore(dueDay))
            .max(Comparator.naturalOrder());
    LocalDate day = lastTry.map(calendar::nextBusinessDay).orElse(dueDay);
    return new Step(
        NextAction.CALL_BACK,
        "call the guest back",
        List.of(order.contactDate() != null ? "call back on " + order.contactDate() : "call back"),
        calendar.startOfBusinessDay(day));
  }

  /**
   * SVC: a service or inspection step comes before booking. No technician visit booked: due the
   * configured business days after coding. One booked: wait for it. After it: its outcome is due
   * the next business morning.
   */
  private Step service(OpenOrder order, BusinessCalendar calendar, Instant now) {
    Optional<Appointment> visit =
        order.appointment().filter(a -> a.kind() == AppointmentKind.TECHNICIAN);
    if (visit.isEmpty()) {
      LocalDate due =
          calendar.plusBusinessDays(
              calendar.today(order.contactStatusSince()), config.svcDueBusinessDays());
      return new Step(
          NextAction.BOOK_SERVICE_VISIT,
          "needs a service or inspection step before scheduling",
          List.of("book a technician or inspection visit"),
          calendar.startOfBusinessDay(due));
    }
    LocalDate visitDate = visit.get().date();
    if (!calendar.today(now).isAfter(visitDate)) {
      return new Step(
          NextAction.WAIT_FOR_SERVICE_VISIT,
          "technician visit on " + visitDate,
          List.of("the visit's outcome"),
          calendar.nextBusinessMorning(visitDate));
    }
    return new Step(
        NextAction.RECORD_VISIT_OUTCOME,
        "technician visit on " + visitDate + " needs an outcome",
        List.of("clear SVC to book, or report FAULTY or NO_FIT"),
        calendar.nextBusinessMorning(visitDate));
  }

  /** BALDUE: the balance is collected before the grace ends; once paid, the code is cleared. */
  private Step balanceDue(OpenOrder order, BusinessCalendar calendar) {
    if (!order.details().owesBalance()) {
      return new Step(
          NextAction.CALL_TO_BOOK,
          "balance paid: clear the code and book",
          List.of("clear BALDUE"),
          calendar.openAtOrAfter(order.contactStatusSince()));
    }
    return new Step(
        NextAction.COLLECT_BALANCE,
        "balance of " + order.details().balanceDue() + " owing",
        List.of(),
        order.contactStatusSince().plus(config.balanceDueGrace()));
  }
}
