package com.oom.core.rules;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
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
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.ContactSlot;
import com.oom.core.time.SlotBoundaries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Jenny's chat results: a confirmation result and a CHAT attempt on the number, in one update. */
class ChatResultsTest {
  private static final Instant MONDAY_NOON = winnipeg("2026-11-30T12:00");
  private static final Instant MONDAY_11_50 = winnipeg("2026-11-30T11:50");
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private static final String TRANSCRIPT = "https://chat.package.ai/t/c-5f2e91";
  private static final Predicate<LocalDate> HOLIDAYS =
      BusinessCalendar.standard("101", WINNIPEG)::isHoliday;
  private final OpenOrder booked = defaultOrder().appointment(appointment(TUESDAY)).build();

  private static OrderUpdate result(
      OpenOrder order,
      ConfirmationChannel channel,
      ConfirmationResultKind kind,
      PhoneNumber phone,
      Instant occurredAt,
      String transcriptRef) {
    return ChatResults.record(
        order,
        new ConfirmationResults.Result(TUESDAY, kind, channel, phone, occurredAt),
        transcriptRef,
        new ChangeContext("jenny-1", Actor.JENNY, MONDAY_NOON),
        SlotBoundaries.defaults(),
        HOLIDAYS);
  }

  private OrderUpdate chat(ConfirmationResultKind kind) {
    return result(booked, ConfirmationChannel.CHAT, kind, MOBILE, MONDAY_11_50, TRANSCRIPT);
  }

  @Test
  void a_chat_result_is_a_chat_attempt_by_jenny_on_that_number_with_its_transcript() {
    OrderUpdate update = chat(ConfirmationResultKind.CONFIRMED);

    assertThat(update.after().attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.channel()).isEqualTo(ContactChannel.CHAT);
              assertThat(attempt.phone()).isEqualTo(MOBILE);
              assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.REACHED);
              assertThat(attempt.agent()).isEqualTo("jenny");
              assertThat(attempt.transcriptRef()).isEqualTo(TRANSCRIPT);
              assertThat(attempt.comment()).isEqualTo("Chat with Jenny: CONFIRMED.");
            });
    assertThat(update.after().isAppointmentConfirmed()).isTrue();
    assertThat(update.events())
        .hasExactlyElementsOfTypes(
            OrderEvent.ContactAttemptRecorded.class, OrderEvent.ConfirmationRecorded.class);
  }

  @ParameterizedTest
  @CsvSource({
    "CONFIRMED, REACHED",
    "RESCHEDULE_REQUESTED, REACHED",
    "DECLINED, REACHED",
    "NO_RESPONSE, NO_ANSWER",
    "WRONG_NUMBER, WRONG_NUMBER"
  })
  void a_chat_results_attempt_outcome_is_mapped_as_for_an_agents_confirmation_call(
      ConfirmationResultKind kind, AttemptOutcome outcome) {
    assertThat(chat(kind).after().attempts())
        .singleElement()
        .extracting(ContactAttempt::outcome)
        .isEqualTo(outcome);
  }

  @Test
  void the_chat_attempt_is_made_when_the_result_was_obtained_and_classified_in_that_slot() {
    ContactAttempt attempt = chat(ConfirmationResultKind.NO_RESPONSE).after().attempts().get(0);

    assertThat(attempt.at()).isEqualTo(MONDAY_11_50);
    assertThat(attempt.slot()).isEqualTo(ContactSlot.WEEKDAY_DAY);
  }

  @Test
  void a_result_obtained_after_it_was_recorded_counts_as_made_when_recorded() {
    ContactAttempt attempt =
        result(
                booked,
                ConfirmationChannel.CHAT,
                ConfirmationResultKind.CONFIRMED,
                MOBILE,
                MONDAY_NOON.plusSeconds(600),
                null)
            .after()
            .attempts()
            .get(0);

    assertThat(attempt.at()).isEqualTo(MONDAY_NOON);
    assertThat(attempt.transcriptRef()).isNull();
  }

  @Test
  void a_chat_reschedule_request_leaves_the_order_on_the_follow_up_list() {
    OpenOrder followingUp =
        booked.toBuilder()
            .followUp(
                new FollowUpRequest(
                    FollowUpRequest.Reason.RESCHEDULE_REQUESTED, MONDAY_NOON.minusSeconds(86_400)))
            .build();

    OrderUpdate update =
        result(
            followingUp,
            ConfirmationChannel.CHAT,
            ConfirmationResultKind.RESCHEDULE_REQUESTED,
            MOBILE,
            MONDAY_11_50,
            null);

    assertThat(update.after().followUp()).isNotNull();
    assertThat(update.after().followUp().at()).isEqualTo(MONDAY_NOON);
  }

  @Test
  void a_chat_result_on_a_number_not_on_the_guests_file_is_kept_without_an_attempt_and_says_why() {
    PhoneNumber stranger = PhoneNumber.parse("+14165550100");

    OrderUpdate update =
        result(
            booked,
            ConfirmationChannel.CHAT,
            ConfirmationResultKind.CONFIRMED,
            stranger,
            MONDAY_11_50,
            TRANSCRIPT);

    assertThat(update.after().attempts()).isEmpty();
    assertThat(update.after().isAppointmentConfirmed()).isTrue();
    assertThat(update.events())
        .filteredOn(OrderEvent.CommentAdded.class::isInstance)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((OrderEvent.CommentAdded) e).comment())
                    .contains(stranger.masked())
                    .contains("not one of the guest's telephone numbers")
                    .doesNotContain(stranger.value()));
  }

  @Test
  void a_chat_result_naming_no_number_is_kept_without_an_attempt_and_says_why() {
    OrderUpdate update =
        result(
            booked,
            ConfirmationChannel.CHAT,
            ConfirmationResultKind.NO_RESPONSE,
            null,
            MONDAY_11_50,
            null);

    assertThat(update.after().attempts()).isEmpty();
    assertThat(update.events())
        .filteredOn(OrderEvent.CommentAdded.class::isInstance)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((OrderEvent.CommentAdded) e).comment())
                    .contains("names no telephone number"));
  }

  @ParameterizedTest
  @EnumSource(
      value = ConfirmationChannel.class,
      names = {"SMS", "VOICE"})
  void sms_and_voice_results_stay_results_only(ConfirmationChannel channel) {
    OrderUpdate update =
        result(booked, channel, ConfirmationResultKind.CONFIRMED, MOBILE, MONDAY_11_50, TRANSCRIPT);

    assertThat(update.after().attempts()).isEmpty();
    assertThat(update.after().isAppointmentConfirmed()).isTrue();
    assertThat(update)
        .isEqualTo(
            ConfirmationResults.record(
                booked,
                new ConfirmationResults.Result(
                    TUESDAY, ConfirmationResultKind.CONFIRMED, channel, MOBILE, MONDAY_11_50),
                new ChangeContext("jenny-1", Actor.JENNY, MONDAY_NOON)));
  }

  @Test
  void an_order_oom_does_not_work_records_nothing_from_a_chat() {
    OpenOrder cwc =
        defaultOrder().appointment(appointment(TUESDAY)).status(FulfilmentStatus.CWC).build();

    OrderUpdate update = chat(ConfirmationResultKind.CONFIRMED);
    OrderUpdate onCwc =
        result(
            cwc,
            ConfirmationChannel.CHAT,
            ConfirmationResultKind.CONFIRMED,
            MOBILE,
            MONDAY_11_50,
            TRANSCRIPT);

    assertThat(update.changed()).isTrue();
    assertThat(onCwc.changed()).isFalse();
  }

  @Test
  void a_transcript_reference_that_is_not_visible_ascii_or_too_long_is_refused() {
    assertThatThrownBy(
            () ->
                result(
                    booked,
                    ConfirmationChannel.CHAT,
                    ConfirmationResultKind.CONFIRMED,
                    MOBILE,
                    MONDAY_11_50,
                    "a chat"))
        .isInstanceOf(InvalidCommand.class)
        .hasMessageContaining("transcriptRef");
    assertThatThrownBy(
            () ->
                result(
                    booked,
                    ConfirmationChannel.CHAT,
                    ConfirmationResultKind.CONFIRMED,
                    MOBILE,
                    MONDAY_11_50,
                    "x".repeat(ContactAttempt.MAX_TRANSCRIPT_REF_CHARS + 1)))
        .isInstanceOf(InvalidCommand.class);
  }

  @Test
  void a_wrong_number_chat_marks_the_number_and_is_a_wrong_number_attempt_on_it() {
    OrderUpdate update =
        result(
            booked,
            ConfirmationChannel.CHAT,
            ConfirmationResultKind.WRONG_NUMBER,
            HOME,
            MONDAY_11_50,
            null);

    assertThat(update.after().wrongNumbers()).extracting(w -> w.number()).containsExactly(HOME);
    assertThat(update.after().attempts())
        .singleElement()
        .satisfies(a -> assertThat(a.outcome()).isEqualTo(AttemptOutcome.WRONG_NUMBER));
  }

  @Test
  void people_cannot_record_a_chat_attempt_only_jenny_can() {
    assertThatThrownBy(
            () ->
                ContactAttempts.record(
                    booked,
                    MOBILE,
                    ContactChannel.CHAT,
                    AttemptOutcome.REACHED,
                    "chatted",
                    new ChangeContext("req-1", Actor.agent("agent-7"), MONDAY_NOON),
                    SlotBoundaries.defaults(),
                    HOLIDAYS))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("channel"));
  }
}
