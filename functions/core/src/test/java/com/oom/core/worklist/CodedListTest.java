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
import com.oom.core.order.ContactStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.ContactSlot;
import java.time.Duration;
import java.time.Instant;
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

    assertThat(item.reason()).isEqualTo("Coded HOLD");
    assertThat(item.missing()).containsExactly("weekend attempt missing");
    assertThat(item.dueAt()).isNull();
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

    assertThat(item.reason()).isEqualTo("Coded BALDUE");
    assertThat(item.missing()).isEmpty();
    assertThat(item.dueAt()).isEqualTo(codedAt.plus(Duration.ofHours(72)));
  }

  @Test
  void coded_order_without_an_escalation_timer_is_listed_with_nothing_due() {
    WorkItem item = codedItem(coded(ContactStatus.SVC, HOLD_SINCE)).orElseThrow();

    assertThat(item.reason()).isEqualTo("Coded SVC");
    assertThat(item.dueAt()).isNull();
  }

  @Test
  void order_without_contact_status_is_not_on_coded() {
    assertThat(codedItem(defaultOrder().build())).isEmpty();
  }
}
