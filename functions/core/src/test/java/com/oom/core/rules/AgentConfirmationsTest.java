package com.oom.core.rules;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.WORK;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.Confirmation;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.RuleViolation;
import com.oom.core.order.WrongNumber;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.SlotBoundaries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An agent's confirmation call: the result on the booked appointment, and an attempt on the number.
 */
class AgentConfirmationsTest {
  private static final Instant MONDAY_NOON = winnipeg("2026-11-30T12:00");
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private static final Predicate<LocalDate> HOLIDAYS =
      BusinessCalendar.standard("101", WINNIPEG)::isHoliday;
  private final OpenOrder booked = defaultOrder().appointment(appointment(TUESDAY)).build();

  private static OrderUpdate call(
      OpenOrder order, PhoneNumber phone, ConfirmationResultKind result, String commandId) {
    return AgentConfirmations.record(
        order,
        phone,
        result,
        "called about Tuesday",
        new ChangeContext(commandId, Actor.agent("agent-7"), MONDAY_NOON),
        SlotBoundaries.defaults(),
        HOLIDAYS);
  }

  private static OrderUpdate call(OpenOrder order, ConfirmationResultKind result) {
    return call(order, MOBILE, result, "req-1");
  }

  @Test
  void confirmed_by_an_agent_confirms_the_booked_appointment_by_voice_on_that_number() {
    OrderUpdate update = call(booked, ConfirmationResultKind.CONFIRMED);

    assertThat(update.after().isAppointmentConfirmed()).isTrue();
    assertThat(update.after().confirmation())
        .isEqualTo(
            new Confirmation(
                TUESDAY,
                ConfirmationResultKind.CONFIRMED,
                ConfirmationChannel.VOICE,
                MONDAY_NOON,
                MOBILE));
  }

  @ParameterizedTest
  @EnumSource(ConfirmationResultKind.class)
  void any_result_counts_as_the_number_attempted(ConfirmationResultKind result) {
    OrderUpdate update = call(booked, HOME, result, "req-1");

    ContactAttempt attempt = update.after().attempts().getFirst();
    assertThat(update.after().attempts()).hasSize(1);
    assertThat(attempt.phone()).isEqualTo(HOME);
    assertThat(attempt.channel()).isEqualTo(ContactChannel.PHONE);
    assertThat(attempt.at()).isEqualTo(MONDAY_NOON);
    assertThat(attempt.agent()).isEqualTo("agent-7");
    assertThat(attempt.comment()).isEqualTo("called about Tuesday");
    assertThat(update.events())
        .hasAtLeastOneElementOfType(OrderEvent.ContactAttemptRecorded.class)
        .hasAtLeastOneElementOfType(OrderEvent.ConfirmationRecorded.class);
  }

  @ParameterizedTest(name = "{0} is a {1} attempt")
  @CsvSource({
    "CONFIRMED, REACHED",
    "RESCHEDULE_REQUESTED, REACHED",
    "DECLINED, REACHED",
    "NO_RESPONSE, NO_ANSWER",
    "WRONG_NUMBER, WRONG_NUMBER"
  })
  void the_attempts_outcome_says_whether_the_guest_answered(
      ConfirmationResultKind result, AttemptOutcome outcome) {
    assertThat(call(booked, result).after().attempts().getFirst().outcome()).isEqualTo(outcome);
  }

  @ParameterizedTest
  @EnumSource(
      value = ConfirmationResultKind.class,
      names = {"RESCHEDULE_REQUESTED", "DECLINED"})
  void a_reschedule_request_or_a_decline_needs_a_follow_up_though_the_guest_was_reached(
      ConfirmationResultKind result) {
    OrderUpdate update = call(booked, result);

    assertThat(update.after().followUp())
        .isEqualTo(new FollowUpRequest(FollowUpRequest.Reason.RESCHEDULE_REQUESTED, MONDAY_NOON));
    assertThat(update.after().isAppointmentConfirmed()).isFalse();
  }

  @Test
  void a_guest_who_confirms_has_their_earlier_follow_up_request_answered() {
    OpenOrder asked =
        booked.toBuilder()
            .followUp(
                new FollowUpRequest(
                    FollowUpRequest.Reason.GUEST_REPLY, MONDAY_NOON.minusSeconds(3600)))
            .build();

    assertThat(call(asked, ConfirmationResultKind.CONFIRMED).after().followUp()).isNull();
  }

  @Test
  void no_response_confirms_nothing_and_needs_no_follow_up() {
    OrderUpdate update = call(booked, ConfirmationResultKind.NO_RESPONSE);

    assertThat(update.after().isAppointmentConfirmed()).isFalse();
    assertThat(update.after().followUp()).isNull();
  }

  @Test
  void a_wrong_number_is_marked_for_correction() {
    OrderUpdate update = call(booked, HOME, ConfirmationResultKind.WRONG_NUMBER, "req-1");

    assertThat(update.after().wrongNumbers()).containsExactly(new WrongNumber(HOME, MONDAY_NOON));
  }

  @Test
  void the_attempt_and_the_confirmation_have_their_own_event_ids_and_a_redelivery_the_same() {
    OrderUpdate first = call(booked, MOBILE, ConfirmationResultKind.DECLINED, "req-1");
    OrderUpdate again = call(booked, MOBILE, ConfirmationResultKind.DECLINED, "req-1");

    assertThat(first.events().stream().map(OrderEvent::eventId).distinct())
        .hasSize(first.events().size());
    assertThat(first.events()).hasSize(3); // attempt, confirmation, reschedule request
    assertThat(again.events()).isEqualTo(first.events());
  }

  @Test
  void no_appointment_is_refused() {
    OpenOrder unbooked = defaultOrder().build();

    assertThatThrownBy(() -> call(unbooked, ConfirmationResultKind.CONFIRMED))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("no booked appointment");
  }

  @ParameterizedTest
  @EnumSource(
      value = FulfilmentStatus.class,
      names = {"CWC", "DELIVERED", "CANCELLED"})
  void an_order_oom_no_longer_works_is_refused(FulfilmentStatus status) {
    OpenOrder notOurs = defaultOrder().appointment(appointment(TUESDAY)).status(status).build();

    assertThatThrownBy(() -> call(notOurs, ConfirmationResultKind.CONFIRMED))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining(status.name());
  }

  @Test
  void the_number_must_be_the_guests_the_result_given_and_the_call_explained() {
    assertThatThrownBy(() -> call(booked, WORK, ConfirmationResultKind.CONFIRMED, "req-1"))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("phone"));
    assertThatThrownBy(() -> call(booked, null))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("result"));
    assertThatThrownBy(
            () ->
                AgentConfirmations.record(
                    booked,
                    MOBILE,
                    ConfirmationResultKind.CONFIRMED,
                    " ",
                    new ChangeContext("req-1", Actor.agent("agent-7"), MONDAY_NOON),
                    SlotBoundaries.defaults(),
                    HOLIDAYS))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
  }
}
