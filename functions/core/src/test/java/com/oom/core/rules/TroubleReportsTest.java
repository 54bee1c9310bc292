package com.oom.core.rules;

import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.RuleViolation;
import com.oom.core.order.TroubleReason;
import com.oom.core.order.TroubleReport;
import com.oom.core.testing.Orders;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TroubleReportsTest {

  private static final Instant NOW = winnipeg("2026-11-30T10:00");

  @Test
  void a_faulty_report_is_recorded_and_the_order_is_due_for_escalation_at_once() {
    OrderUpdate update =
        TroubleReports.report(
            defaultOrder().build(),
            TroubleReason.FAULTY,
            " Door scratched ",
            Orders.agent("t1", NOW));

    assertThat(update.after().trouble())
        .isEqualTo(new TroubleReport(TroubleReason.FAULTY, "agent-7", "Door scratched", NOW));
    assertThat(update.events())
        .singleElement()
        .isInstanceOfSatisfying(
            OrderEvent.TroubleReported.class,
            e -> {
              assertThat(e.reason()).isEqualTo(TroubleReason.FAULTY);
              assertThat(e.comment()).isEqualTo("Door scratched");
            });
    assertThat(EscalationRules.from(OomConfig.defaults()).dueNow(update.after(), NOW))
        .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(EscalationReason.FAULTY));
  }

  @Test
  void a_no_fit_report_is_due_for_escalation_at_once() {
    OpenOrder reported =
        TroubleReports.report(
                defaultOrder().build(), TroubleReason.NO_FIT, "Too wide", Orders.agent("t1", NOW))
            .after();

    assertThat(EscalationRules.from(OomConfig.defaults()).dueNow(reported, NOW))
        .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(EscalationReason.NO_FIT));
  }

  @Test
  void a_report_needs_a_reason_and_the_agents_comment() {
    OpenOrder order = defaultOrder().build();

    assertThatThrownBy(() -> TroubleReports.report(order, null, "Broken", Orders.agent("t1", NOW)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThatThrownBy(
            () -> TroubleReports.report(order, TroubleReason.FAULTY, "", Orders.agent("t1", NOW)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
  }

  @Test
  void a_cwc_order_belongs_to_the_store_and_takes_no_report() {
    OpenOrder cwc = defaultOrder().status(FulfilmentStatus.CWC).build();

    assertThatThrownBy(
            () -> TroubleReports.report(cwc, TroubleReason.FAULTY, "x", Orders.agent("t1", NOW)))
        .isInstanceOf(RuleViolation.class);
  }
}
