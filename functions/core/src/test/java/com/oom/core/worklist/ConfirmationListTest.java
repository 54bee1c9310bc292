package com.oom.core.worklist;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.MONDAY_10_AM_WINNIPEG;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.unansweredCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Confirmation;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfirmationListTest {

  private static final Instant NOW = MONDAY_10_AM_WINNIPEG;
  private static final LocalDate TOMORROW = LocalDate.of(2026, 12, 1);

  /** Friday 15 May 2026, 10:00 in Winnipeg; Monday 18 May is Victoria Day. */
  private static final Instant FRIDAY_BEFORE_VICTORIA_DAY = Instant.parse("2026-05-15T15:00:00Z");

  private static final Instant SATURDAY_BEFORE_VICTORIA_DAY = Instant.parse("2026-05-16T15:00:00Z");

  private final WorkLists workLists =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private final BusinessCalendar calendar = BusinessCalendar.standard("101", WINNIPEG);

  private Optional<WorkItem> confirmationItem(OpenOrder order, Instant now) {
    return workLists.itemFor(WorkListKind.CONFIRMATION, order, calendar, now);
  }

  private static OpenOrder bookedFor(LocalDate date) {
    return defaultOrder().status(FulfilmentStatus.SCH).appointment(appointment(date)).build();
  }

  @Test
  void unconfirmed_appointment_next_business_day_needs_calls_on_every_number_by_closing() {
    WorkItem item = confirmationItem(bookedFor(TOMORROW), NOW).orElseThrow();

    assertThat(item.reason()).isEqualTo("Appointment 2026-12-01 not confirmed");
    assertThat(item.missing()).containsExactly("attempt on +1******42", "attempt on +1******99");
    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
  }

  @Test
  void appointment_confirmed_by_jenny_is_not_on_confirmation() {
    OpenOrder order =
        bookedFor(TOMORROW).toBuilder()
            .confirmation(
                new Confirmation(
                    TOMORROW,
                    ConfirmationResultKind.CONFIRMED,
                    ConfirmationChannel.SMS,
                    NOW.minusSeconds(3600),
                    null))
            .build();

    assertThat(confirmationItem(order, NOW)).isEmpty();
  }

  @Test
  void confirmation_of_an_earlier_appointment_date_does_not_confirm_the_new_one() {
    OpenOrder order =
        bookedFor(TOMORROW).toBuilder()
            .confirmation(
                new Confirmation(
                    LocalDate.of(2026, 11, 27),
                    ConfirmationResultKind.CONFIRMED,
                    ConfirmationChannel.VOICE,
                    Instant.parse("2026-11-26T18:00:00Z"),
                    null))
            .build();

    assertThat(confirmationItem(order, NOW)).isPresent();
  }

  @Test
  void appointment_two_business_days_ahead_is_not_yet_in_the_window() {
    assertThat(confirmationItem(bookedFor(TOMORROW.plusDays(1)), NOW)).isEmpty();
  }

  @Test
  void on_friday_the_window_is_saturday_because_standard_stores_open_saturdays() {
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 5, 16))).isTrue();

    assertThat(confirmationItem(bookedFor(LocalDate.of(2026, 5, 16)), FRIDAY_BEFORE_VICTORIA_DAY))
        .isPresent();
    assertThat(confirmationItem(bookedFor(LocalDate.of(2026, 5, 19)), FRIDAY_BEFORE_VICTORIA_DAY))
        .isEmpty();
  }

  @Test
  void on_saturday_the_window_skips_sunday_and_victoria_day_to_tuesday() {
    WorkItem item =
        confirmationItem(bookedFor(LocalDate.of(2026, 5, 19)), SATURDAY_BEFORE_VICTORIA_DAY)
            .orElseThrow();

    assertThat(item.reason()).isEqualTo("Appointment 2026-05-19 not confirmed");
    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-05-16T23:00:00Z"));
    assertThat(confirmationItem(bookedFor(LocalDate.of(2026, 5, 18)), SATURDAY_BEFORE_VICTORIA_DAY))
        .isEmpty();
  }

  @Test
  void two_business_day_window_from_friday_lands_on_tuesday_after_victoria_day() {
    WorkLists twoDaysAhead =
        new WorkLists(
            ConfirmationWindows.businessDaysAhead(2), EscalationRules.from(OomConfig.defaults()));

    assertThat(
            twoDaysAhead.itemFor(
                WorkListKind.CONFIRMATION,
                bookedFor(LocalDate.of(2026, 5, 19)),
                calendar,
                FRIDAY_BEFORE_VICTORIA_DAY))
        .isPresent();
    assertThat(
            twoDaysAhead.itemFor(
                WorkListKind.CONFIRMATION,
                bookedFor(LocalDate.of(2026, 5, 18)),
                calendar,
                FRIDAY_BEFORE_VICTORIA_DAY))
        .isEmpty();
  }

  @Test
  void on_a_day_the_store_is_closed_it_is_due_when_the_store_next_opens() {
    Instant sunday = Instant.parse("2026-05-17T15:00:00Z");

    WorkItem item = confirmationItem(bookedFor(LocalDate.of(2026, 5, 19)), sunday).orElseThrow();

    // Monday May 18 is Victoria Day: the store next opens Tuesday 09:00 in Winnipeg (CDT).
    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-05-19T14:00:00Z"));
  }

  @Test
  void once_the_guest_was_reached_today_only_their_answer_is_missing() {
    OpenOrder order =
        bookedFor(TOMORROW).toBuilder()
            .addAttempt(
                com.oom.core.testing.Orders.reachedCall(
                    MOBILE, Instant.parse("2026-11-30T15:30:00Z")))
            .build();

    WorkItem item = confirmationItem(order, NOW).orElseThrow();

    assertThat(item.missing()).containsExactly("record the guest's answer");
  }

  @Test
  void missing_lists_only_the_phone_not_attempted_today() {
    OpenOrder order =
        bookedFor(TOMORROW).toBuilder()
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-30T15:30:00Z")))
            .build();

    WorkItem item = confirmationItem(order, NOW).orElseThrow();

    assertThat(item.missing()).containsExactly("attempt on " + HOME.masked());
  }

  @Test
  void attempt_yesterday_does_not_count_for_today() {
    OpenOrder order =
        bookedFor(TOMORROW).toBuilder()
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-29T20:00:00Z")))
            .build();

    WorkItem item = confirmationItem(order, NOW).orElseThrow();

    assertThat(item.missing()).containsExactly("attempt on +1******42", "attempt on +1******99");
  }

  @Test
  void evening_attempt_counts_for_the_local_day_even_when_utc_is_already_tomorrow() {
    Instant mondayEvening = Instant.parse("2026-12-01T02:30:00Z");
    OpenOrder order =
        bookedFor(TOMORROW).toBuilder().addAttempt(unansweredCall(HOME, mondayEvening)).build();

    WorkItem item = confirmationItem(order, mondayEvening.plusSeconds(600)).orElseThrow();

    assertThat(item.missing()).containsExactly("attempt on +1******42");
  }

  @Test
  void once_every_number_is_tried_the_unconfirmed_order_stays_listed_with_nothing_missing() {
    OpenOrder order =
        bookedFor(TOMORROW).toBuilder()
            .addAttempt(unansweredCall(MOBILE, Instant.parse("2026-11-30T15:30:00Z")))
            .addAttempt(unansweredCall(HOME, Instant.parse("2026-11-30T15:35:00Z")))
            .build();

    WorkItem item = confirmationItem(order, NOW).orElseThrow();

    assertThat(item.missing()).isEmpty();
  }
}
