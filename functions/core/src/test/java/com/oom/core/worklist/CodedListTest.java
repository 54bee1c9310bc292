package com.oom.core.worklist;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.MONDAY_10_AM_WINNIPEG;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.unansweredCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.ContactSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodedListTest {

  private static final Instant NOW = MONDAY_10_AM_WINNIPEG;
  private static final Instant HOLD_SINCE = Instant.parse("2026-11-16T15:00:00Z");

  private final WorkLists workLists =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private final BusinessCalendar calendar = BusinessCalendar.standard("101", WINNIPEG);

  private Optional<WorkItem> codedItem(OpenOrder order) {
    return workLists.itemFor(WorkListKind.CODED, order, calendar, NOW);
  }

  private static OpenOrder coded(ContactStatus status, Instant since) {
    return defaultOrder().build().toBuilder().contactStatus(status, since).build();
  }

  @Test
  void hold_order_tried_only_on_weekdays_shows_the_weekend_attempt_missing_and_no_timer() {
    OpenOrder order =
        coded(ContactStatus.HOLD, HOLD_SINCE).toBuilder()
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-16T16:00:00Z")))
            .addAttempt(unansweredCall(HOME, Instant.parse("2026-11-18T01:00:00Z")))
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-18T17:00:00Z")))
            .addAttempt(unansweredCall(HOME, Instant.parse("2026-11-20T01:30:00Z")))
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-20T18:00:00Z")))
            .build();
    assertThat(order.attempts()).noneMatch(a -> a.slot() == ContactSlot.WEEKEND);

    WorkItem item = codedItem(order).orElseThrow();

    assertThat(item.action()).isEqualTo(NextAction.MAKE_MISSING_ATTEMPT);
    assertThat(item.reason()).isEqualTo("Coded HOLD: attempt still missing");
    assertThat(item.missing()).containsExactly("weekend attempt missing");
    // The last attempt was Friday noon: the weekend slot opens Saturday 08:00 in Winnipeg.
    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-11-21T14:00:00Z"));
  }

  @Test
  void hold_order_short_of_attempts_with_every_slot_covered_is_due_at_once() {
    Instant last = Instant.parse("2026-11-28T17:00:00Z");
    OpenOrder order =
        coded(ContactStatus.HOLD, HOLD_SINCE).toBuilder()
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-27T16:00:00Z")))
            .addAttempt(unansweredCall(HOME, Instant.parse("2026-11-28T01:00:00Z")))
            .addAttempt(unansweredCall(MOBILE, last))
            .build();

    WorkItem item = codedItem(order).orElseThrow();

    assertThat(item.missing()).containsExactly("2 more unsuccessful attempt(s) needed (3 of 5)");
    // The store was open at the last attempt (Saturday 11:00): the next one is due from then.
    assertThat(item.dueAt()).isEqualTo(last);
  }

  @Test
  void hold_order_with_full_coverage_is_due_when_the_no_contact_week_ends() {
    Instant first = Instant.parse("2026-11-27T16:00:00Z");
    OpenOrder order =
        coded(ContactStatus.HOLD, first.minusSeconds(60)).toBuilder()
            .addAttempt(unansweredCall(MOBILE, first))
            .addAttempt(unansweredCall(HOME, Instant.parse("2026-11-28T01:00:00Z")))
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-28T17:00:00Z")))
            .addAttempt(unansweredCall(HOME, Instant.parse("2026-11-29T17:00:00Z")))
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-30T15:30:00Z")))
            .build();

    WorkItem item = codedItem(order).orElseThrow();

    assertThat(item.missing()).isEmpty();
    assertThat(item.dueAt()).isEqualTo(first.plus(Duration.ofDays(7)));
  }

  @Test
  void baldue_order_with_a_balance_owing_is_due_when_its_grace_period_ends() {
    Instant codedAt = NOW.minus(Duration.ofHours(24));
    OpenOrder order =
        defaultOrder().balanceDue("250.00").build().toBuilder()
            .contactStatus(ContactStatus.BALDUE, codedAt)
            .build();

    WorkItem item = codedItem(order).orElseThrow();

    assertThat(item.action()).isEqualTo(NextAction.COLLECT_BALANCE);
    assertThat(item.reason()).isEqualTo("Coded BALDUE: balance of 250.00 owing");
    assertThat(item.missing()).isEmpty();
    assertThat(item.dueAt()).isEqualTo(codedAt.plus(Duration.ofHours(72)));
  }

  @Test
  void svc_without_a_technician_visit_is_due_two_business_days_after_coding() {
    WorkItem item = codedItem(coded(ContactStatus.SVC, HOLD_SINCE)).orElseThrow();

    assertThat(item.action()).isEqualTo(NextAction.BOOK_SERVICE_VISIT);
    assertThat(item.reason())
        .isEqualTo("Coded SVC: needs a service or inspection step before scheduling");
    assertThat(item.missing()).containsExactly("book a technician or inspection visit");
    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-11-18T15:00:00Z"));
  }

  @Test
  void svc_with_a_technician_visit_waits_for_it_then_needs_its_outcome_next_business_morning() {
    LocalDate visit = LocalDate.of(2026, 12, 4);
    OpenOrder order =
        defaultOrder()
            .appointment(
                new Appointment(
                    visit, LocalTime.of(8, 0), LocalTime.of(12, 0), AppointmentKind.TECHNICIAN))
            .build()
            .toBuilder()
            .contactStatus(ContactStatus.SVC, HOLD_SINCE)
            .build();
    Instant saturdayOpening = Instant.parse("2026-12-05T15:00:00Z");

    WorkItem before = codedItem(order).orElseThrow();
    WorkItem after =
        workLists
            .itemFor(WorkListKind.CODED, order, calendar, Instant.parse("2026-12-05T16:00:00Z"))
            .orElseThrow();

    assertThat(before.action()).isEqualTo(NextAction.WAIT_FOR_SERVICE_VISIT);
    assertThat(before.dueAt()).isEqualTo(saturdayOpening);
    assertThat(after.action()).isEqualTo(NextAction.RECORD_VISIT_OUTCOME);
    assertThat(after.dueAt()).isEqualTo(saturdayOpening);
  }

  @Test
  void callback_is_due_on_its_contact_date_and_without_one_the_next_business_day() {
    OpenOrder withDate =
        coded(ContactStatus.CALLBACK, HOLD_SINCE).toBuilder()
            .contactDate(LocalDate.of(2026, 12, 2))
            .build();
    OpenOrder withoutDate = coded(ContactStatus.CALLBACK, HOLD_SINCE);

    assertThat(codedItem(withDate).orElseThrow().dueAt())
        .isEqualTo(Instant.parse("2026-12-02T15:00:00Z"));
    assertThat(codedItem(withoutDate).orElseThrow().dueAt())
        .isEqualTo(Instant.parse("2026-11-17T15:00:00Z"));
  }

  @Test
  void callback_tried_without_reaching_the_guest_is_due_again_the_next_business_day() {
    OpenOrder tried =
        coded(ContactStatus.CALLBACK, HOLD_SINCE).toBuilder()
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-27T16:00:00Z")))
            .build();

    WorkItem item = codedItem(tried).orElseThrow();

    assertThat(item.action()).isEqualTo(NextAction.CALL_BACK);
    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-11-28T15:00:00Z"));
  }

  @Test
  void cancel_is_due_when_its_grace_period_ends() {
    WorkItem item = codedItem(coded(ContactStatus.CANCEL, HOLD_SINCE)).orElseThrow();

    assertThat(item.action()).isEqualTo(NextAction.HANDLE_CANCEL);
    assertThat(item.dueAt()).isEqualTo(HOLD_SINCE.plus(Duration.ofHours(72)));
  }

  @Test
  void order_without_contact_status_is_not_on_coded() {
    assertThat(codedItem(defaultOrder().build())).isEmpty();
  }
}
