package com.oom.core.rules;

import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.MissedFulfilment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FulfilmentOutcomesTest {

  private static final Instant VISIT = winnipeg("2026-12-10T09:30");
  private static final Instant REPORTED = winnipeg("2026-12-10T09:35");
  private final OpenOrder booked =
      defaultOrder().appointment(appointment(LocalDate.of(2026, 12, 10))).build();

  @Test
  void delivered_closes_the_order() {
    OpenOrder missedBefore =
        booked.toBuilder()
            .missed(new MissedFulfilment(FulfilmentOutcomeKind.NOT_HOME, VISIT.minusSeconds(86400)))
            .build();

    OrderUpdate update = record(missedBefore, FulfilmentOutcomeKind.DELIVERED, "o1");

    assertThat(update.after().status()).isEqualTo(FulfilmentStatus.DELIVERED);
    assertThat(update.after().isClosed()).isTrue();
    assertThat(update.after().missed()).isNull();
    assertThat(update.events())
        .extracting(e -> (Object) e.getClass())
        .containsExactly(OrderEvent.FulfilmentOutcomeRecorded.class, OrderEvent.OrderClosed.class);
  }

  @Test
  void picked_up_closes_the_order_as_picked_up() {
    OrderUpdate update = record(booked, FulfilmentOutcomeKind.PICKED_UP, "o1");

    assertThat(update.after().status()).isEqualTo(FulfilmentStatus.PICKED_UP);
  }

  @Test
  void not_home_marks_the_visit_missed_and_texts_the_guest() {
    OrderUpdate update = record(booked, FulfilmentOutcomeKind.NOT_HOME, "o1");

    assertThat(update.after().missed())
        .isEqualTo(new MissedFulfilment(FulfilmentOutcomeKind.NOT_HOME, VISIT));
    assertThat(update.after().isWorkedByOom()).isTrue();
    assertThat(update.events())
        .filteredOn(OrderEvent.TouchPointTriggered.class::isInstance)
        .singleElement()
        .satisfies(
            e -> {
              OrderEvent.TouchPointTriggered sms = (OrderEvent.TouchPointTriggered) e;
              assertThat(sms.touchPoint()).isEqualTo(TouchPoint.MISSED_APPOINTMENT);
              assertThat(sms.dedupeKey()).isEqualTo("SO-1001#MISSED_APPOINTMENT#missed:" + VISIT);
            });
  }

  @Test
  void a_missed_pick_up_is_missed_too() {
    OrderUpdate update = record(booked, FulfilmentOutcomeKind.PICKUP_MISSED, "o1");

    assertThat(update.after().missed().outcome()).isEqualTo(FulfilmentOutcomeKind.PICKUP_MISSED);
  }

  @Test
  void the_same_missed_visit_reported_twice_is_texted_once() {
    OpenOrder missed = record(booked, FulfilmentOutcomeKind.NOT_HOME, "o1").after();

    OrderUpdate again = record(missed, FulfilmentOutcomeKind.NOT_HOME, "o2");

    assertThat(again.events()).noneMatch(OrderEvent.TouchPointTriggered.class::isInstance);
  }

  @Test
  void a_refusal_leaves_the_order_to_an_agent_without_texting_the_guest() {
    OrderUpdate update = record(booked, FulfilmentOutcomeKind.REFUSED, "o1");

    assertThat(update.events())
        .singleElement()
        .isInstanceOf(OrderEvent.FulfilmentOutcomeRecorded.class);
    assertThat(update.after().details()).isEqualTo(booked.details());
    assertThat(update.after().missed().outcome()).isEqualTo(FulfilmentOutcomeKind.REFUSED);
  }

  @Test
  void an_outcome_for_a_closed_order_is_ignored() {
    OpenOrder delivered = record(booked, FulfilmentOutcomeKind.DELIVERED, "o1").after();

    OrderUpdate late = record(delivered, FulfilmentOutcomeKind.NOT_HOME, "o2");

    assertThat(late.changed()).isFalse();
    assertThat(late.after()).isSameAs(delivered);
  }

  @Test
  void not_home_on_a_cwc_order_is_recorded_without_texting_or_marking_it_missed() {
    OpenOrder cwc =
        booked.toBuilder().details(booked.details().withStatus(FulfilmentStatus.CWC)).build();

    OrderUpdate update = record(cwc, FulfilmentOutcomeKind.NOT_HOME, "o1");

    assertThat(update.after().missed()).isNull();
    assertThat(update.events())
        .singleElement()
        .isInstanceOf(OrderEvent.FulfilmentOutcomeRecorded.class);
  }

  @Test
  void outcome_and_time_are_required() {
    assertThatThrownBy(
            () -> FulfilmentOutcomes.record(booked, null, VISIT, Orders.erp("o1", REPORTED)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("outcome"));
    assertThatThrownBy(
            () ->
                FulfilmentOutcomes.record(
                    booked, FulfilmentOutcomeKind.DELIVERED, null, Orders.erp("o1", REPORTED)))
        .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("at"));
  }

  private static OrderUpdate record(OpenOrder order, FulfilmentOutcomeKind outcome, String id) {
    return FulfilmentOutcomes.record(order, outcome, VISIT, Orders.erp(id, REPORTED));
  }
}
