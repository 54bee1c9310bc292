package com.oom.core.rules;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.TORONTO;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.WORK;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
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
import com.oom.core.testing.Orders;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.ContactSlot;
import com.oom.core.time.SlotBoundaries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContactAttemptsTest {

  private static final SlotBoundaries SLOTS = SlotBoundaries.defaults();
  private static final Predicate<LocalDate> HOLIDAYS =
      BusinessCalendar.standard("101", WINNIPEG)::isHoliday;
  private static final Instant TUESDAY_NOON = winnipeg("2026-12-01T12:00");

  @Test
  void an_attempt_is_recorded_with_who_when_and_how() {
    OpenOrder order = defaultOrder().build();

    OrderUpdate update =
        record(order, MOBILE, AttemptOutcome.VOICEMAIL, "Left a message", ctx("c1", TUESDAY_NOON));

    ContactAttempt attempt = update.after().attempts().getFirst();
    assertThat(attempt.phone()).isEqualTo(MOBILE);
    assertThat(attempt.channel()).isEqualTo(ContactChannel.PHONE);
    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.VOICEMAIL);
    assertThat(attempt.agent()).isEqualTo("agent-7");
    assertThat(attempt.comment()).isEqualTo("Left a message");
    assertThat(attempt.at()).isEqualTo(TUESDAY_NOON);
    assertThat(attempt.slot()).isEqualTo(ContactSlot.WEEKDAY_DAY);
    assertThat(update.events())
        .singleElement()
        .isEqualTo(
            new OrderEvent.ContactAttemptRecorded(
                attempt.attemptId(), "SO-1001", TUESDAY_NOON, Actor.agent("agent-7"), attempt));
  }

  @Test
  void any_number_in_the_guests_file_may_be_called() {
    OpenOrder order = defaultOrder().build();

    OrderUpdate update =
        record(order, HOME, AttemptOutcome.NO_ANSWER, "Home phone", ctx("c1", TUESDAY_NOON));

    assertThat(update.after().attempts()).extracting(ContactAttempt::phone).containsExactly(HOME);
  }

  @Test
  void a_number_written_another_way_is_still_the_guests() {
    OpenOrder order = defaultOrder().build();

    OrderUpdate update =
        record(
            order,
            PhoneNumber.parse("1 (204) 555-0142"),
            AttemptOutcome.NO_ANSWER,
            "Called",
            ctx("c1", TUESDAY_NOON));

    assertThat(update.after().attempts()).hasSize(1);
  }

  @Test
  void a_phone_that_is_not_the_guests_is_rejected() {
    OpenOrder order = defaultOrder().build();

    assertThatThrownBy(
            () -> record(order, WORK, AttemptOutcome.NO_ANSWER, "Called", ctx("c1", TUESDAY_NOON)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("phone"));
    assertThatThrownBy(
            () -> record(order, null, AttemptOutcome.NO_ANSWER, "Called", ctx("c1", TUESDAY_NOON)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("phone"));
  }

  @Test
  void an_agent_must_comment_every_attempt() {
    OpenOrder order = defaultOrder().build();

    assertThatThrownBy(
            () -> record(order, MOBILE, AttemptOutcome.NO_ANSWER, null, ctx("c1", TUESDAY_NOON)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
    assertThatThrownBy(
            () -> record(order, MOBILE, AttemptOutcome.NO_ANSWER, "  ", ctx("c1", TUESDAY_NOON)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
  }

  @Test
  void an_automatic_party_needs_no_comment() {
    OpenOrder order = defaultOrder().build();

    OrderUpdate update =
        record(
            order,
            MOBILE,
            AttemptOutcome.NO_ANSWER,
            null,
            new ChangeContext("c1", Actor.JENNY, TUESDAY_NOON));

    assertThat(update.after().attempts().getFirst().comment()).isEmpty();
  }

  @Test
  void channel_and_outcome_are_required() {
    OpenOrder order = defaultOrder().build();

    assertThatThrownBy(
            () ->
                ContactAttempts.record(
                    order,
                    MOBILE,
                    null,
                    AttemptOutcome.BUSY,
                    "Called",
                    ctx("c1", TUESDAY_NOON),
                    SLOTS,
                    HOLIDAYS))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("channel"));
    assertThatThrownBy(() -> record(order, MOBILE, null, "Called", ctx("c1", TUESDAY_NOON)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("outcome"));
  }

  /** 16:30 in Winnipeg is 17:30 in Toronto: day for one guest, night for the other. */
  @Test
  void the_slot_is_classified_in_the_orders_time_zone() {
    Instant at = Instant.parse("2026-12-01T22:30:00Z");

    OrderUpdate winnipeg =
        record(defaultOrder().build(), MOBILE, AttemptOutcome.BUSY, "Called", ctx("c1", at));
    OrderUpdate toronto =
        record(
            defaultOrder().zone(TORONTO).build(),
            MOBILE,
            AttemptOutcome.BUSY,
            "Called",
            ctx("c1", at));

    assertThat(winnipeg.after().attempts().getFirst().slot()).isEqualTo(ContactSlot.WEEKDAY_DAY);
    assertThat(toronto.after().attempts().getFirst().slot()).isEqualTo(ContactSlot.WEEKDAY_NIGHT);
  }

  @Test
  void an_attempt_on_a_public_holiday_is_a_weekend_attempt() {
    Instant boxingDayObserved = winnipeg("2026-12-28T10:00");

    OrderUpdate update =
        record(
            defaultOrder().build(),
            MOBILE,
            AttemptOutcome.NO_ANSWER,
            "Called",
            ctx("c1", boxingDayObserved));

    assertThat(HOLIDAYS.test(LocalDate.of(2026, 12, 28))).isTrue();
    assertThat(update.after().attempts().getFirst().slot()).isEqualTo(ContactSlot.WEEKEND);
  }

  @Test
  void reaching_the_guest_clears_their_follow_up_request() {
    OpenOrder order =
        defaultOrder().build().toBuilder()
            .followUp(
                new FollowUpRequest(
                    FollowUpRequest.Reason.RESCHEDULE_REQUESTED, TUESDAY_NOON.minusSeconds(3600)))
            .build();

    OrderUpdate reached =
        record(order, MOBILE, AttemptOutcome.REACHED, "Spoke to guest", ctx("c1", TUESDAY_NOON));
    OrderUpdate notReached =
        record(order, MOBILE, AttemptOutcome.NO_ANSWER, "No answer", ctx("c2", TUESDAY_NOON));

    assertThat(reached.after().followUp()).isNull();
    assertThat(notReached.after().followUp()).isEqualTo(order.followUp());
  }

  @ParameterizedTest
  @EnumSource(
      value = FulfilmentStatus.class,
      names = {"DELIVERED", "PICKED_UP", "CANCELLED"})
  void a_closed_order_can_no_longer_be_attempted(FulfilmentStatus closed) {
    OpenOrder order = defaultOrder().status(closed).build();

    assertThatThrownBy(
            () ->
                record(order, MOBILE, AttemptOutcome.NO_ANSWER, "Called", ctx("c1", TUESDAY_NOON)))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining(closed.name());
  }

  @Test
  void the_attempt_id_derives_from_the_command_so_redelivery_yields_the_same_attempt() {
    OpenOrder order = defaultOrder().build();

    OrderUpdate first =
        record(order, MOBILE, AttemptOutcome.BUSY, "Called", ctx("req-1", TUESDAY_NOON));
    OrderUpdate again =
        record(order, MOBILE, AttemptOutcome.BUSY, "Called", ctx("req-1", TUESDAY_NOON));
    OrderUpdate other =
        record(order, MOBILE, AttemptOutcome.BUSY, "Called", ctx("req-2", TUESDAY_NOON));

    assertThat(first.after().attempts()).isEqualTo(again.after().attempts());
    assertThat(first.after().attempts().getFirst().attemptId())
        .isNotEqualTo(other.after().attempts().getFirst().attemptId());
  }

  private static ChangeContext ctx(String id, Instant at) {
    return Orders.agent(id, at);
  }

  private static OrderUpdate record(
      OpenOrder order,
      PhoneNumber phone,
      AttemptOutcome outcome,
      String comment,
      ChangeContext ctx) {
    return ContactAttempts.record(
        order, phone, ContactChannel.PHONE, outcome, comment, ctx, SLOTS, HOLIDAYS);
  }
}
