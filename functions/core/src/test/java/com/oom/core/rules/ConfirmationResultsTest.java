package com.oom.core.rules;

import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Actor;
import com.oom.core.order.Confirmation;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConfirmationResultsTest {

  private static final Instant NOW = winnipeg("2026-12-09T10:00");
  private static final LocalDate BOOKED = LocalDate.of(2026, 12, 10);
  private final OpenOrder booked = defaultOrder().appointment(appointment(BOOKED)).build();

  @Test
  void a_confirmation_for_the_booked_date_confirms_the_appointment() {
    OrderUpdate update = record(booked, BOOKED, ConfirmationResultKind.CONFIRMED);

    assertThat(update.after().isAppointmentConfirmed()).isTrue();
    assertThat(update.after().confirmation())
        .isEqualTo(
            new Confirmation(
                BOOKED, ConfirmationResultKind.CONFIRMED, ConfirmationChannel.VOICE, NOW, null));
    assertThat(update.events()).singleElement().isInstanceOf(OrderEvent.ConfirmationRecorded.class);
  }

  @Test
  void a_confirmation_for_another_date_is_recorded_but_confirms_nothing() {
    OrderUpdate update = record(booked, BOOKED.plusDays(1), ConfirmationResultKind.CONFIRMED);

    assertThat(update.after().isAppointmentConfirmed()).isFalse();
    assertThat(update.after().confirmation()).isNull();
    assertThat(update.events())
        .singleElement()
        .isInstanceOfSatisfying(
            OrderEvent.ConfirmationRecorded.class,
            e -> assertThat(e.appointmentDate()).isEqualTo(BOOKED.plusDays(1)));
  }

  @Test
  void a_later_no_response_does_not_undo_a_confirmation() {
    OpenOrder confirmed = record(booked, BOOKED, ConfirmationResultKind.CONFIRMED).after();

    OrderUpdate update = record(confirmed, BOOKED, ConfirmationResultKind.NO_RESPONSE);

    assertThat(update.after().isAppointmentConfirmed()).isTrue();
    assertThat(update.events()).singleElement().isInstanceOf(OrderEvent.ConfirmationRecorded.class);
  }

  @Test
  void a_reschedule_request_puts_the_order_on_the_follow_up_list_and_unconfirms_it() {
    OpenOrder confirmed = record(booked, BOOKED, ConfirmationResultKind.CONFIRMED).after();

    OrderUpdate update = record(confirmed, BOOKED, ConfirmationResultKind.RESCHEDULE_REQUESTED);

    assertThat(update.after().followUp())
        .isEqualTo(new FollowUpRequest(FollowUpRequest.Reason.RESCHEDULE_REQUESTED, NOW));
    assertThat(update.after().isAppointmentConfirmed()).isFalse();
    assertThat(update.events()).anyMatch(OrderEvent.RescheduleRequested.class::isInstance);
  }

  @Test
  void a_declined_appointment_also_needs_an_agent() {
    OrderUpdate update = record(booked, BOOKED, ConfirmationResultKind.DECLINED);

    assertThat(update.after().followUp()).isNotNull();
  }

  @Test
  void no_response_needs_no_follow_up() {
    OrderUpdate update = record(booked, BOOKED, ConfirmationResultKind.NO_RESPONSE);

    assertThat(update.after().followUp()).isNull();
    assertThat(update.after().isAppointmentConfirmed()).isFalse();
  }

  @Test
  void a_result_for_a_cwc_or_closed_order_is_ignored() {
    OpenOrder cwc =
        defaultOrder().appointment(appointment(BOOKED)).status(FulfilmentStatus.CWC).build();
    OpenOrder closed =
        defaultOrder().appointment(appointment(BOOKED)).status(FulfilmentStatus.DELIVERED).build();

    assertThat(record(cwc, BOOKED, ConfirmationResultKind.CONFIRMED).changed()).isFalse();
    assertThat(record(closed, BOOKED, ConfirmationResultKind.RESCHEDULE_REQUESTED).changed())
        .isFalse();
  }

  @Test
  void result_and_date_are_required() {
    assertThatThrownBy(() -> record(booked, BOOKED, null))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("result"));
    assertThatThrownBy(() -> record(booked, null, ConfirmationResultKind.CONFIRMED))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("appointmentDate"));
  }

  private static OrderUpdate record(
      OpenOrder order, LocalDate date, ConfirmationResultKind result) {
    return ConfirmationResults.record(
        order,
        new ConfirmationResults.Result(date, result, ConfirmationChannel.VOICE, null, NOW),
        new ChangeContext("j1", Actor.JENNY, NOW));
  }
}
