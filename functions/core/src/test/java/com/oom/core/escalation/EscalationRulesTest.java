package com.oom.core.escalation;

import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.TroubleReason;
import com.oom.core.order.TroubleReport;
import com.oom.core.testing.Orders;
import com.oom.core.time.ContactSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationRulesTest {

  private static final Instant CODED_AT = winnipeg("2026-11-30T10:00");
  private final EscalationRules rules = EscalationRules.from(OomConfig.defaults());

  @Test
  void every_reason_has_a_rule_checked_trouble_first() {
    List<EscalationReason> reasons =
        rules.evaluate(defaultOrder().build(), CODED_AT).stream()
            .map(EscalationDecision::reason)
            .toList();

    assertThat(reasons)
        .containsExactly(
            EscalationReason.FAULTY,
            EscalationReason.NO_FIT,
            EscalationReason.CANCEL_REQUEST,
            EscalationReason.BALANCE_DUE,
            EscalationReason.NO_CONTACT);
  }

  @Test
  void an_uncoded_order_has_no_timer_and_nothing_due() {
    OpenOrder order = defaultOrder().build();

    assertThat(rules.pendingTimers(order, CODED_AT)).isEmpty();
    assertThat(rules.nextDueAt(order, CODED_AT)).isEmpty();
    assertThat(rules.dueNow(order, CODED_AT)).isEmpty();
  }

  @Test
  void a_baldue_order_owing_a_balance_has_a_timer_due_72_hours_after_coding() {
    OpenOrder order = coded(ContactStatus.BALDUE, "250.00");

    assertThat(rules.pendingTimers(order, CODED_AT.plusSeconds(60)))
        .containsExactly(
            new PendingTimer(
                EscalationReason.BALANCE_DUE,
                CODED_AT.plus(Duration.ofHours(72)),
                "Escalates to CWC (BALANCE_DUE)"));
    assertThat(rules.nextDueAt(order, CODED_AT.plusSeconds(60)))
        .contains(CODED_AT.plus(Duration.ofHours(72)));
    assertThat(rules.dueNow(order, CODED_AT.plus(Duration.ofHours(71)))).isEmpty();
  }

  @Test
  void a_cancel_order_has_a_timer_due_72_hours_after_coding() {
    OpenOrder order = coded(ContactStatus.CANCEL, "0.00");

    assertThat(rules.nextDueAt(order, CODED_AT)).contains(CODED_AT.plus(Duration.ofHours(72)));
  }

  @Test
  void due_now_picks_the_escalation_once_the_timer_is_due() {
    OpenOrder order = coded(ContactStatus.BALDUE, "250.00");
    Instant due = CODED_AT.plus(Duration.ofHours(72));

    assertThat(rules.dueNow(order, due))
        .hasValueSatisfying(
            escalate -> assertThat(escalate.reason()).isEqualTo(EscalationReason.BALANCE_DUE));
    assertThat(rules.pendingTimers(order, due))
        .containsExactly(
            new PendingTimer(EscalationReason.BALANCE_DUE, due, "Escalates to CWC now"));
  }

  @Test
  void a_trouble_report_is_due_at_once_and_comes_before_a_running_timer() {
    OpenOrder order =
        coded(ContactStatus.BALDUE, "250.00").toBuilder()
            .trouble(new TroubleReport(TroubleReason.NO_FIT, "agent-7", "Too wide", CODED_AT))
            .build();
    Instant now = CODED_AT.plus(Duration.ofHours(1));

    assertThat(rules.dueNow(order, now).orElseThrow().reason()).isEqualTo(EscalationReason.NO_FIT);
    assertThat(rules.pendingTimers(order, now))
        .extracting(PendingTimer::reason, PendingTimer::dueAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EscalationReason.NO_FIT, now),
            org.assertj.core.groups.Tuple.tuple(
                EscalationReason.BALANCE_DUE, CODED_AT.plus(Duration.ofHours(72))));
    assertThat(rules.nextDueAt(order, now)).contains(now);
  }

  @Test
  void when_several_rules_escalate_the_first_in_order_wins() {
    OpenOrder order =
        coded(ContactStatus.BALDUE, "250.00").toBuilder()
            .trouble(new TroubleReport(TroubleReason.FAULTY, "agent-7", "Scratched", CODED_AT))
            .build();

    assertThat(rules.dueNow(order, CODED_AT.plus(Duration.ofDays(5))).orElseThrow().reason())
        .isEqualTo(EscalationReason.FAULTY);
  }

  @Test
  void a_hold_order_with_full_coverage_has_its_timer_a_week_after_the_first_attempt() {
    Instant first = winnipeg("2026-11-30T10:00");
    OpenOrder order = holdWithAttempts(first, 5);

    assertThat(rules.nextDueAt(order, first)).contains(first.plus(Duration.ofDays(7)));
    assertThat(rules.dueNow(order, first.plus(Duration.ofDays(7))).orElseThrow().reason())
        .isEqualTo(EscalationReason.NO_CONTACT);
  }

  @Test
  void a_hold_order_still_missing_attempts_has_no_timer() {
    Instant first = winnipeg("2026-11-30T10:00");
    OpenOrder order = holdWithAttempts(first, 4);

    assertThat(rules.nextDueAt(order, first)).isEmpty();
    assertThat(rules.dueNow(order, first.plus(Duration.ofDays(30)))).isEmpty();
  }

  @Test
  void the_number_of_attempts_needed_comes_from_the_configuration() {
    EscalationRules three = EscalationRules.from(OomConfig.defaults().withNoContactMinAttempts(3));
    Instant first = winnipeg("2026-11-30T10:00");
    OpenOrder order = holdWithAttempts(first, 3);

    assertThat(three.dueNow(order, first.plus(Duration.ofDays(7)))).isPresent();
    assertThat(rules.dueNow(order, first.plus(Duration.ofDays(7)))).isEmpty();
  }

  /** {@code count} attempts a day apart from {@code first}, cycling day, night and weekend. */
  private static OpenOrder holdWithAttempts(Instant first, int count) {
    ContactSlot[] slots = {ContactSlot.WEEKDAY_DAY, ContactSlot.WEEKDAY_NIGHT, ContactSlot.WEEKEND};
    OpenOrder.Builder builder =
        defaultOrder().build().toBuilder()
            .contactStatus(ContactStatus.HOLD, first.minus(Duration.ofHours(1)));
    for (int i = 0; i < count; i++) {
      builder.addAttempt(Orders.attempt(first.plus(Duration.ofDays(i)), slots[i % slots.length]));
    }
    return builder.build();
  }

  private static OpenOrder coded(ContactStatus status, String balance) {
    return defaultOrder()
        .balanceDue(balance)
        .firstSeenAt(CODED_AT.minus(Duration.ofDays(3)))
        .build()
        .toBuilder()
        .contactStatus(status, CODED_AT)
        .build();
  }
}
