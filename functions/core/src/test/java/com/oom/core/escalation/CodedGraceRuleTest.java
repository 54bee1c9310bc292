package com.oom.core.escalation;

import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.rules.ContactStatusChanges;
import com.oom.core.testing.Orders;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodedGraceRuleTest {

  private static final Duration SEVENTY_TWO_HOURS = Duration.ofHours(72);
  private static final Instant CODED_AT = winnipeg("2026-11-30T10:00");

  private final CodedGraceRule balanceDue = CodedGraceRule.balanceDue(SEVENTY_TWO_HOURS);
  private final CodedGraceRule cancelRequest = CodedGraceRule.cancelRequest(SEVENTY_TWO_HOURS);

  @Test
  void balance_due_escalates_exactly_72_hours_after_coding_baldue_with_a_balance_owing() {
    OpenOrder order = coded(ContactStatus.BALDUE, "250.00");

    EscalationDecision decision = balanceDue.evaluate(order, CODED_AT.plus(SEVENTY_TWO_HOURS));

    assertThat(decision)
        .isEqualTo(
            new EscalationDecision.Escalate(
                EscalationReason.BALANCE_DUE,
                "Balance owing not dealt with within 72 hours of being coded BALDUE"));
  }

  @Test
  void balance_due_is_not_yet_at_71_hours_59_minutes_and_its_timer_is_due_at_72_hours() {
    OpenOrder order = coded(ContactStatus.BALDUE, "250.00");

    EscalationDecision decision =
        balanceDue.evaluate(order, CODED_AT.plus(Duration.ofHours(71).plusMinutes(59)));

    assertThat(decision)
        .isEqualTo(
            new EscalationDecision.NotYet(
                EscalationReason.BALANCE_DUE,
                java.util.List.of(),
                CODED_AT.plus(SEVENTY_TWO_HOURS)));
    assertThat(((EscalationDecision.NotYet) decision).timerDueAt())
        .contains(CODED_AT.plus(SEVENTY_TWO_HOURS));
  }

  @Test
  void balance_due_does_not_apply_once_the_balance_is_paid() {
    OpenOrder order = coded(ContactStatus.BALDUE, "250.00");
    OpenOrder paid =
        Orders.ingest(
                Optional.of(order),
                defaultOrder().balanceDue("0.00").details(),
                2,
                Orders.erp("snapshot-2", CODED_AT.plus(Duration.ofHours(24))))
            .after();

    assertThat(balanceDue.evaluate(paid, CODED_AT.plus(SEVENTY_TWO_HOURS)))
        .isEqualTo(new EscalationDecision.DoesNotApply(EscalationReason.BALANCE_DUE));
  }

  @Test
  void balance_due_does_not_apply_when_coded_baldue_without_a_balance() {
    OpenOrder order = coded(ContactStatus.BALDUE, "0.00");

    assertThat(balanceDue.evaluate(order, CODED_AT.plus(SEVENTY_TWO_HOURS)))
        .isInstanceOf(EscalationDecision.DoesNotApply.class);
  }

  @Test
  void balance_due_does_not_apply_once_the_code_is_changed() {
    OpenOrder order = coded(ContactStatus.BALDUE, "250.00");
    OpenOrder recoded =
        setStatus(order, ContactStatus.CALLBACK, CODED_AT.plus(Duration.ofHours(1)));

    assertThat(balanceDue.evaluate(recoded, CODED_AT.plus(SEVENTY_TWO_HOURS)))
        .isEqualTo(new EscalationDecision.DoesNotApply(EscalationReason.BALANCE_DUE));
  }

  @Test
  void coding_baldue_again_restarts_the_72_hours() {
    OpenOrder order = coded(ContactStatus.BALDUE, "250.00");
    Instant recodedAt = CODED_AT.plus(Duration.ofHours(48));
    OpenOrder again =
        setStatus(
            setStatus(order, ContactStatus.CALLBACK, CODED_AT.plus(Duration.ofHours(47))),
            ContactStatus.BALDUE,
            recodedAt);

    assertThat(balanceDue.evaluate(again, CODED_AT.plus(SEVENTY_TWO_HOURS)))
        .isEqualTo(
            new EscalationDecision.NotYet(
                EscalationReason.BALANCE_DUE,
                java.util.List.of(),
                recodedAt.plus(SEVENTY_TWO_HOURS)));
  }

  @Test
  void changing_only_the_contact_date_keeps_the_baldue_clock() {
    OpenOrder order = coded(ContactStatus.BALDUE, "250.00");
    OpenOrder dated =
        ContactStatusChanges.set(
                order,
                ContactStatus.BALDUE,
                LocalDate.of(2026, 12, 2),
                "Guest pays on Wednesday",
                Orders.agent("date", CODED_AT.plus(Duration.ofHours(24))))
            .after();

    assertThat(balanceDue.evaluate(dated, CODED_AT.plus(SEVENTY_TWO_HOURS)))
        .isInstanceOf(EscalationDecision.Escalate.class);
  }

  @Test
  void cancel_request_escalates_exactly_72_hours_after_coding_cancel() {
    OpenOrder order = coded(ContactStatus.CANCEL, "0.00");

    assertThat(cancelRequest.evaluate(order, CODED_AT.plus(SEVENTY_TWO_HOURS)))
        .isEqualTo(
            new EscalationDecision.Escalate(
                EscalationReason.CANCEL_REQUEST,
                "Cancel request not dealt with within 72 hours of being coded CANCEL"));
  }

  @Test
  void cancel_request_is_not_yet_at_71_hours_59_minutes() {
    OpenOrder order = coded(ContactStatus.CANCEL, "0.00");

    EscalationDecision decision =
        cancelRequest.evaluate(order, CODED_AT.plus(Duration.ofHours(71).plusMinutes(59)));

    assertThat(decision).isInstanceOf(EscalationDecision.NotYet.class);
    assertThat(((EscalationDecision.NotYet) decision).timerDueAt())
        .contains(CODED_AT.plus(SEVENTY_TWO_HOURS));
  }

  @Test
  void cancel_request_does_not_apply_once_the_code_is_changed() {
    OpenOrder order = coded(ContactStatus.CANCEL, "0.00");
    OpenOrder recoded = setStatus(order, ContactStatus.HOLD, CODED_AT.plus(Duration.ofHours(2)));

    assertThat(cancelRequest.evaluate(recoded, CODED_AT.plus(SEVENTY_TWO_HOURS)))
        .isEqualTo(new EscalationDecision.DoesNotApply(EscalationReason.CANCEL_REQUEST));
  }

  @Test
  void cancel_request_does_not_apply_once_the_erp_cancels_the_order() {
    OpenOrder order = coded(ContactStatus.CANCEL, "0.00");
    OpenOrder cancelled =
        Orders.ingest(
                Optional.of(order),
                defaultOrder().status(FulfilmentStatus.CANCELLED).details(),
                2,
                Orders.erp("snapshot-2", CODED_AT.plus(Duration.ofHours(5))))
            .after();

    assertThat(cancelRequest.evaluate(cancelled, CODED_AT.plus(SEVENTY_TWO_HOURS)))
        .isInstanceOf(EscalationDecision.DoesNotApply.class);
  }

  @Test
  void a_coded_order_already_in_cwc_does_not_apply() {
    OpenOrder order = coded(ContactStatus.BALDUE, "250.00");
    OpenOrder cwc =
        order.toBuilder().details(order.details().withStatus(FulfilmentStatus.CWC)).build();

    assertThat(balanceDue.evaluate(cwc, CODED_AT.plus(SEVENTY_TWO_HOURS)))
        .isInstanceOf(EscalationDecision.DoesNotApply.class);
  }

  @Test
  void the_grace_period_comes_from_the_configuration() {
    CodedGraceRule oneDay = CodedGraceRule.balanceDue(Duration.ofHours(24));
    OpenOrder order = coded(ContactStatus.BALDUE, "250.00");

    EscalationDecision decision = oneDay.evaluate(order, CODED_AT.plus(Duration.ofHours(24)));

    assertThat(decision).isInstanceOf(EscalationDecision.Escalate.class);
    assertThat(((EscalationDecision.Escalate) decision).explanation()).contains("24 hours");
  }

  private static OpenOrder coded(ContactStatus status, String balance) {
    OpenOrder order =
        defaultOrder().balanceDue(balance).firstSeenAt(CODED_AT.minus(Duration.ofDays(3))).build();
    return setStatus(order, status, CODED_AT);
  }

  private static OpenOrder setStatus(OpenOrder order, ContactStatus status, Instant at) {
    return ContactStatusChanges.set(
            order, status, null, "Coded " + status, Orders.agent("code-" + at, at))
        .after();
  }
}
