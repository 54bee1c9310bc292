package com.oom.core.rules;

import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationDecision;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Actor;
import com.oom.core.order.Escalation;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.RuleViolation;
import com.oom.core.order.TouchPoint;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationsTest {

  private static final Instant NOW = winnipeg("2026-12-07T10:00");
  private static final EscalationDecision.Escalate NO_CONTACT =
      new EscalationDecision.Escalate(EscalationReason.NO_CONTACT, "5 attempts, no contact");

  @Test
  void escalating_hands_the_order_to_its_store_as_cwc() {
    OrderUpdate update =
        Escalations.escalate(defaultOrder().build(), NO_CONTACT, Orders.system("sweep-1", NOW));

    assertThat(update.after().status()).isEqualTo(FulfilmentStatus.CWC);
    OrderEvent.OrderEscalated escalated = (OrderEvent.OrderEscalated) update.events().getFirst();
    assertThat(update.after().escalation())
        .isEqualTo(new Escalation(EscalationReason.NO_CONTACT, NOW, false, escalated.handOffId()));
    assertThat(update.events())
        .singleElement()
        .isInstanceOfSatisfying(
            OrderEvent.OrderEscalated.class,
            e -> {
              assertThat(e.reason()).isEqualTo(EscalationReason.NO_CONTACT);
              assertThat(e.explanation()).isEqualTo("5 attempts, no contact");
              assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
              assertThat(e.at()).isEqualTo(NOW);
            });
  }

  @Test
  void an_escalated_order_gets_nothing_automated() {
    OpenOrder escalated =
        Escalations.escalate(
                defaultOrder().appointment(appointment(LocalDate.of(2026, 12, 10))).build(),
                NO_CONTACT,
                Orders.system("sweep-1", NOW))
            .after();

    assertThat(PlannedTouchPoints.reminder(escalated, Orders.system("plan", NOW)).changed())
        .isFalse();
    assertThat(
            TouchPointTriggers.fire(
                escalated, TouchPoint.BALANCE_DUE, "x", Orders.system("plan", NOW)))
        .isEmpty();
    assertThat(
            Orders.ingest(
                    Optional.of(escalated),
                    defaultOrder()
                        .appointment(appointment(LocalDate.of(2026, 12, 10)))
                        .atpDate(LocalDate.of(2026, 12, 1))
                        .notAvailable()
                        .details(),
                    2,
                    Orders.erp("s2", NOW))
                .events())
        .noneMatch(OrderEvent.TouchPointTriggered.class::isInstance);
  }

  @Test
  void an_escalated_order_is_not_escalated_again() {
    OpenOrder escalated =
        Escalations.escalate(defaultOrder().build(), NO_CONTACT, Orders.system("sweep-1", NOW))
            .after();

    assertThat(EscalationRules.from(OomConfig.defaults()).pendingTimers(escalated, NOW)).isEmpty();
    assertThatThrownBy(
            () -> Escalations.escalate(escalated, NO_CONTACT, Orders.system("sweep-2", NOW)))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void a_closed_order_cannot_be_escalated() {
    OpenOrder delivered = defaultOrder().status(FulfilmentStatus.DELIVERED).build();

    assertThatThrownBy(
            () -> Escalations.escalate(delivered, NO_CONTACT, Orders.system("sweep-1", NOW)))
        .isInstanceOf(RuleViolation.class);
  }
}
