package com.oom.core.rules;

import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlannedTouchPointsTest {

  private static final Instant MORNING = winnipeg("2026-12-09T09:00");
  private final OpenOrder booked =
      defaultOrder().appointment(appointment(LocalDate.of(2026, 12, 10))).build();

  @Test
  void the_reminder_fires_once_per_appointment() {
    OrderUpdate first = PlannedTouchPoints.reminder(booked, Orders.system("plan-1", MORNING));
    OrderUpdate second =
        PlannedTouchPoints.reminder(first.after(), Orders.system("plan-2", MORNING));

    assertThat(first.events())
        .singleElement()
        .isInstanceOfSatisfying(
            OrderEvent.TouchPointTriggered.class,
            e -> {
              assertThat(e.touchPoint()).isEqualTo(TouchPoint.APPOINTMENT_REMINDER);
              assertThat(e.dedupeKey())
                  .isEqualTo("SO-1001#APPOINTMENT_REMINDER#reminder:2026-12-10T08:00-12:00");
            });
    assertThat(second.changed()).isFalse();
  }

  @Test
  void a_new_appointment_gets_its_own_reminder() {
    OpenOrder reminded =
        PlannedTouchPoints.reminder(booked, Orders.system("plan-1", MORNING)).after();
    OpenOrder rebooked =
        reminded.toBuilder()
            .details(reminded.details().withAppointment(appointment(LocalDate.of(2026, 12, 14))))
            .build();

    assertThat(PlannedTouchPoints.reminder(rebooked, Orders.system("plan-2", MORNING)).changed())
        .isTrue();
  }

  @Test
  void an_order_without_an_appointment_gets_no_reminder() {
    assertThat(
            PlannedTouchPoints.reminder(defaultOrder().build(), Orders.system("plan", MORNING))
                .changed())
        .isFalse();
  }

  @Test
  void cwc_and_closed_orders_get_no_reminder() {
    OpenOrder cwc =
        booked.toBuilder().details(booked.details().withStatus(FulfilmentStatus.CWC)).build();
    OpenOrder closed =
        booked.toBuilder().details(booked.details().withStatus(FulfilmentStatus.DELIVERED)).build();

    assertThat(PlannedTouchPoints.reminder(cwc, Orders.system("p", MORNING)).changed()).isFalse();
    assertThat(PlannedTouchPoints.reminder(closed, Orders.system("p", MORNING)).changed())
        .isFalse();
  }
}
