package com.oom.core.escalation;

import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.TroubleReason;
import com.oom.core.rules.TroubleReports;
import com.oom.core.testing.Orders;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TroubleRuleTest {

  private static final Instant REPORTED_AT = winnipeg("2026-11-30T10:00");

  @Test
  void a_faulty_report_escalates_at_once() {
    OpenOrder order = reported(TroubleReason.FAULTY);

    assertThat(new TroubleRule(TroubleReason.FAULTY).evaluate(order, REPORTED_AT))
        .isEqualTo(
            new EscalationDecision.Escalate(
                EscalationReason.FAULTY, "Agent reported faulty merchandise"));
  }

  @Test
  void a_no_fit_report_escalates_at_once() {
    OpenOrder order = reported(TroubleReason.NO_FIT);

    assertThat(new TroubleRule(TroubleReason.NO_FIT).evaluate(order, REPORTED_AT))
        .isEqualTo(
            new EscalationDecision.Escalate(
                EscalationReason.NO_FIT, "Agent reported merchandise does not fit"));
  }

  @Test
  void each_trouble_rule_only_answers_its_own_reason() {
    OpenOrder order = reported(TroubleReason.FAULTY);

    assertThat(new TroubleRule(TroubleReason.NO_FIT).evaluate(order, REPORTED_AT))
        .isEqualTo(new EscalationDecision.DoesNotApply(EscalationReason.NO_FIT));
  }

  @Test
  void an_order_without_a_trouble_report_does_not_apply() {
    assertThat(new TroubleRule(TroubleReason.FAULTY).evaluate(defaultOrder().build(), REPORTED_AT))
        .isInstanceOf(EscalationDecision.DoesNotApply.class);
  }

  @Test
  void a_trouble_report_on_an_order_already_in_cwc_does_not_apply() {
    OpenOrder order = reported(TroubleReason.FAULTY);
    OpenOrder cwc =
        order.toBuilder().details(order.details().withStatus(FulfilmentStatus.CWC)).build();

    assertThat(new TroubleRule(TroubleReason.FAULTY).evaluate(cwc, REPORTED_AT))
        .isInstanceOf(EscalationDecision.DoesNotApply.class);
  }

  private static OpenOrder reported(TroubleReason reason) {
    return TroubleReports.report(
            defaultOrder().build(),
            reason,
            "Guest says the sofa does not fit the door",
            Orders.agent("trouble", REPORTED_AT))
        .after();
  }
}
