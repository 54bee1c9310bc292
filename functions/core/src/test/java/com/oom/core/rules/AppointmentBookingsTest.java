package com.oom.core.rules;

import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Appointment;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.MissedFulfilment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.RuleViolation;
import com.oom.core.order.TouchPoint;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentBookingsTest {

  private static final Instant NOW = winnipeg("2026-11-30T10:00");
  private static final Appointment DEC_10 = appointment(LocalDate.of(2026, 12, 10));
  private static final Appointment DEC_11 = appointment(LocalDate.of(2026, 12, 11));

  @Test
  void booking_sets_the_appointment_and_texts_the_guest() {
    OrderUpdate update = book(defaultOrder().build(), DEC_10, "c1", NOW);

    assertThat(update.after().appointment()).contains(DEC_10);
    assertThat(update.events())
        .filteredOn(OrderEvent.AppointmentBooked.class::isInstance)
        .singleElement()
        .satisfies(
            e -> {
              OrderEvent.AppointmentBooked booked = (OrderEvent.AppointmentBooked) e;
              assertThat(booked.previous()).isNull();
              assertThat(booked.appointment()).isEqualTo(DEC_10);
              assertThat(booked.comment()).isEqualTo("Booked with guest");
            });
    assertThat(smsTouchPoints(update)).containsExactly(TouchPoint.APPOINTMENT_BOOKED);
  }

  @Test
  void a_date_before_today_is_rejected() {
    OpenOrder order = defaultOrder().build();

    assertThatThrownBy(() -> book(order, appointment(LocalDate.of(2026, 11, 29)), "c1", NOW))
        .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("date"));
  }

  /** 21:00 on 30 November in Winnipeg is already 1 December in UTC: today is still bookable. */
  @Test
  void today_in_the_guests_time_zone_is_bookable() {
    OrderUpdate update =
        book(
            defaultOrder().build(),
            new Appointment(
                LocalDate.of(2026, 11, 30),
                java.time.LocalTime.of(18, 0),
                java.time.LocalTime.of(22, 0),
                com.oom.core.order.AppointmentKind.DELIVERY),
            "c1",
            winnipeg("2026-11-30T21:00"));

    assertThat(update.after().appointment()).isPresent();
  }

  @Test
  void a_missing_appointment_is_rejected() {
    assertThatThrownBy(() -> book(defaultOrder().build(), null, "c1", NOW))
        .isInstanceOf(InvalidCommand.class);
  }

  @Test
  void an_agent_must_comment_the_booking() {
    assertThatThrownBy(
            () ->
                AppointmentBookings.book(
                    defaultOrder().build(), DEC_10, " ", Orders.agent("c1", NOW)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
  }

  @Test
  void booking_clears_a_missed_visit_and_a_follow_up_request() {
    OpenOrder order =
        defaultOrder().build().toBuilder()
            .missed(new MissedFulfilment(FulfilmentOutcomeKind.NOT_HOME, NOW.minusSeconds(86400)))
            .followUp(new FollowUpRequest(FollowUpRequest.Reason.RESCHEDULE_REQUESTED, NOW))
            .build();

    OrderUpdate update = book(order, DEC_10, "c1", NOW);

    assertThat(update.after().missed()).isNull();
    assertThat(update.after().followUp()).isNull();
  }

  @Test
  void booking_the_same_appointment_again_changes_nothing_and_texts_nothing() {
    OpenOrder booked = book(defaultOrder().build(), DEC_10, "c1", NOW).after();

    OrderUpdate again = book(booked, DEC_10, "c2", NOW.plusSeconds(60));

    assertThat(again.changed()).isFalse();
  }

  @Test
  void rebooking_another_date_texts_the_new_booking() {
    OpenOrder booked = book(defaultOrder().build(), DEC_10, "c1", NOW).after();

    OrderUpdate rebooked = book(booked, DEC_11, "c2", NOW.plusSeconds(60));

    assertThat(smsTouchPoints(rebooked)).containsExactly(TouchPoint.APPOINTMENT_BOOKED);
    assertThat(((OrderEvent.AppointmentBooked) rebooked.events().getFirst()).previous())
        .isEqualTo(DEC_10);
  }

  /** The guest's last text said 11 December: moving back to the 10th is a booking to text. */
  @Test
  void rebooking_back_to_an_earlier_appointment_texts_the_guest_again() {
    OpenOrder first = book(defaultOrder().build(), DEC_10, "c1", NOW).after();
    OpenOrder second = book(first, DEC_11, "c2", NOW.plusSeconds(60)).after();

    OrderUpdate backToFirst = book(second, DEC_10, "c3", NOW.plusSeconds(120));

    assertThat(smsTouchPoints(backToFirst)).containsExactly(TouchPoint.APPOINTMENT_BOOKED);
  }

  @Test
  void the_same_booking_command_applied_twice_yields_the_same_touch_point() {
    OpenOrder order = defaultOrder().build();

    OrderUpdate once = book(order, DEC_10, "c1", NOW);
    OrderUpdate again = book(order, DEC_10, "c1", NOW);

    assertThat(once.events()).isEqualTo(again.events());
  }

  @Test
  void a_cwc_order_cannot_be_booked() {
    OpenOrder cwc = defaultOrder().status(FulfilmentStatus.CWC).build();

    assertThatThrownBy(() -> book(cwc, DEC_10, "c1", NOW)).isInstanceOf(RuleViolation.class);
  }

  private static OrderUpdate book(OpenOrder order, Appointment appointment, String id, Instant at) {
    return AppointmentBookings.book(order, appointment, "Booked with guest", Orders.agent(id, at));
  }

  private static List<TouchPoint> smsTouchPoints(OrderUpdate update) {
    return update.events().stream()
        .filter(OrderEvent.TouchPointTriggered.class::isInstance)
        .map(e -> ((OrderEvent.TouchPointTriggered) e).touchPoint())
        .toList();
  }

  @Test
  void a_booking_meets_a_contact_date_that_came_due_and_keeps_one_still_ahead() {
    OpenOrder due =
        defaultOrder().build().toBuilder().contactDate(LocalDate.of(2026, 11, 30)).build();
    OpenOrder ahead =
        defaultOrder().build().toBuilder().contactDate(LocalDate.of(2026, 12, 3)).build();

    assertThat(book(due, DEC_10, "c1", NOW).after().contactDate()).isNull();
    assertThat(book(ahead, DEC_10, "c1", NOW).after().contactDate())
        .isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void rebooking_the_same_slot_after_a_missed_visit_clears_the_miss() {
    OpenOrder missed =
        defaultOrder().appointment(DEC_10).build().toBuilder()
            .missed(
                new com.oom.core.order.MissedFulfilment(
                    com.oom.core.order.FulfilmentOutcomeKind.NOT_HOME, NOW))
            .build();

    OrderUpdate update = book(missed, DEC_10, "c1", NOW);

    assertThat(update.changed()).isTrue();
    assertThat(update.after().missed()).isNull();
  }

  @Test
  void a_window_that_has_already_ended_today_is_rejected() {
    Instant afternoon = winnipeg("2026-11-30T13:00");

    assertThatThrownBy(
            () ->
                book(
                    defaultOrder().build(),
                    appointment(LocalDate.of(2026, 11, 30)),
                    "c1",
                    afternoon))
        .isInstanceOf(InvalidCommand.class)
        .hasMessageContaining("windowEnd");
  }
}
