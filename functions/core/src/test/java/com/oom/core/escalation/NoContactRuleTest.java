package com.oom.core.escalation;

import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.REGINA;
import static com.oom.core.testing.Orders.TORONTO;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.local;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.rules.ContactAttempts;
import com.oom.core.rules.ContactStatusChanges;
import com.oom.core.testing.Orders;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.ContactSlot;
import com.oom.core.time.SlotBoundaries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoContactRuleTest {

  private static final SlotBoundaries SLOTS = SlotBoundaries.defaults();
  private static final Predicate<LocalDate> FEDERAL_HOLIDAYS =
      BusinessCalendar.standard("101", WINNIPEG)::isHoliday;
  private static final Predicate<LocalDate> NO_HOLIDAYS = date -> false;

  private static final OomConfig CONFIG = OomConfig.defaults();

  private final NoContactRule rule =
      new NoContactRule(
          CONFIG.noContactMinAttempts(), CONFIG.noContactSpan(), CONFIG.noContactSlots());

  // The default week in Winnipeg (CST, no DST change): HOLD on Monday 30 November 2026.
  private static final Instant HOLD_SINCE = winnipeg("2026-11-30T09:00");
  private static final Instant MON_DAY = winnipeg("2026-11-30T10:00");
  private static final Instant MON_NIGHT = winnipeg("2026-11-30T19:00");
  private static final Instant TUE_DAY = winnipeg("2026-12-01T10:00");
  private static final Instant WED_NIGHT = winnipeg("2026-12-02T20:00");
  private static final Instant SAT_WEEKEND = winnipeg("2026-12-05T11:00");

  @Test
  void the_default_rule_needs_five_attempts_over_seven_days_in_every_slot() {
    assertThat(rule.minAttempts()).isEqualTo(5);
    assertThat(rule.span()).isEqualTo(Duration.ofHours(168));
    assertThat(rule.requiredSlots()).containsExactlyInAnyOrder(ContactSlot.values());
  }

  @Test
  void five_attempts_over_exactly_seven_days_covering_all_slots_escalates() {
    OpenOrder order =
        inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, TUE_DAY, WED_NIGHT, SAT_WEEKEND);

    EscalationDecision decision = rule.evaluate(order, MON_DAY.plus(Duration.ofDays(7)));

    assertThat(decision).isInstanceOf(EscalationDecision.Escalate.class);
    EscalationDecision.Escalate escalate = (EscalationDecision.Escalate) decision;
    assertThat(escalate.reason()).isEqualTo(EscalationReason.NO_CONTACT);
    assertThat(escalate.explanation()).contains("5 unsuccessful attempts").contains("2026-11-30");
  }

  @Test
  void at_six_days_twenty_three_hours_it_is_not_yet_and_the_timer_is_due_a_week_after_the_first() {
    OpenOrder order =
        inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, TUE_DAY, WED_NIGHT, SAT_WEEKEND);

    EscalationDecision decision =
        rule.evaluate(order, MON_DAY.plus(Duration.ofDays(6)).plus(Duration.ofHours(23)));

    EscalationDecision.NotYet notYet = notYet(decision);
    assertThat(notYet.missing()).isEmpty();
    assertThat(notYet.earliestAt()).isEqualTo(winnipeg("2026-12-07T10:00"));
    assertThat(notYet.timerDueAt()).contains(winnipeg("2026-12-07T10:00"));
  }

  @Test
  void one_second_before_the_week_is_complete_it_is_not_yet() {
    OpenOrder order =
        inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, TUE_DAY, WED_NIGHT, SAT_WEEKEND);

    assertThat(rule.evaluate(order, MON_DAY.plus(Duration.ofDays(7)).minusSeconds(1)))
        .isInstanceOf(EscalationDecision.NotYet.class);
  }

  @Test
  void four_attempts_after_eight_days_is_not_yet_with_one_more_attempt_needed_and_no_timer() {
    OpenOrder order = inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, WED_NIGHT, SAT_WEEKEND);

    EscalationDecision decision = rule.evaluate(order, MON_DAY.plus(Duration.ofDays(8)));

    EscalationDecision.NotYet notYet = notYet(decision);
    assertThat(notYet.missing()).containsExactly("1 more unsuccessful attempt(s) needed (4 of 5)");
    assertThat(notYet.earliestAt()).isNull();
    assertThat(notYet.timerDueAt()).isEmpty();
  }

  @Test
  void four_attempts_within_the_week_show_when_it_could_fire_but_arm_no_timer() {
    OpenOrder order = inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, WED_NIGHT, SAT_WEEKEND);

    EscalationDecision.NotYet notYet = notYet(rule.evaluate(order, SAT_WEEKEND.plusSeconds(60)));

    assertThat(notYet.missing()).containsExactly("1 more unsuccessful attempt(s) needed (4 of 5)");
    assertThat(notYet.earliestAt()).isEqualTo(MON_DAY.plus(Duration.ofDays(7)));
    assertThat(notYet.timerDueAt()).isEmpty();
  }

  @Test
  void a_fifth_attempt_made_after_the_week_escalates_as_soon_as_it_is_recorded() {
    OpenOrder fourAttempts =
        inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, WED_NIGHT, SAT_WEEKEND);
    Instant ninthDay = winnipeg("2026-12-08T10:00");

    OpenOrder fiveAttempts = record(fourAttempts, ninthDay, AttemptOutcome.VOICEMAIL);

    assertThat(rule.evaluate(fourAttempts, ninthDay)).isInstanceOf(EscalationDecision.NotYet.class);
    assertThat(rule.evaluate(fiveAttempts, ninthDay))
        .isInstanceOf(EscalationDecision.Escalate.class);
  }

  @Test
  void attempts_all_on_weekdays_do_not_escalate_and_report_the_weekend_attempt_missing() {
    OpenOrder order =
        inHold(
            WINNIPEG,
            HOLD_SINCE,
            MON_DAY,
            MON_NIGHT,
            TUE_DAY,
            WED_NIGHT,
            winnipeg("2026-12-04T10:00"),
            winnipeg("2026-12-07T19:00"));

    EscalationDecision decision = rule.evaluate(order, MON_DAY.plus(Duration.ofDays(10)));

    EscalationDecision.NotYet notYet = notYet(decision);
    assertThat(notYet.missing()).containsExactly("weekend attempt missing");
    assertThat(notYet.timerDueAt()).isEmpty();
  }

  @Test
  void attempts_only_in_daytime_report_the_night_and_weekend_attempts_missing() {
    OpenOrder order =
        inHold(
            WINNIPEG,
            HOLD_SINCE,
            MON_DAY,
            TUE_DAY,
            winnipeg("2026-12-02T10:00"),
            winnipeg("2026-12-03T10:00"),
            winnipeg("2026-12-04T10:00"));

    EscalationDecision.NotYet notYet = notYet(rule.evaluate(order, winnipeg("2026-12-09T10:00")));

    assertThat(notYet.missing())
        .containsExactly("weekday night attempt missing", "weekend attempt missing");
  }

  @Test
  void an_order_in_hold_without_attempts_needs_five_attempts_in_every_slot_and_has_no_timer() {
    OpenOrder order = inHold(WINNIPEG, HOLD_SINCE);

    EscalationDecision.NotYet notYet = notYet(rule.evaluate(order, HOLD_SINCE.plusSeconds(60)));

    assertThat(notYet.missing())
        .containsExactly(
            "5 more unsuccessful attempt(s) needed (0 of 5)",
            "weekday day attempt missing",
            "weekday night attempt missing",
            "weekend attempt missing");
    assertThat(notYet.earliestAt()).isNull();
    assertThat(notYet.timerDueAt()).isEmpty();
  }

  @Test
  void a_reached_attempt_resets_the_count_and_the_week() {
    OpenOrder covered =
        inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, TUE_DAY, WED_NIGHT, SAT_WEEKEND);
    Instant reachedAt = winnipeg("2026-12-06T12:00");
    OpenOrder reached = record(covered, reachedAt, AttemptOutcome.REACHED);

    EscalationDecision.NotYet afterReached =
        notYet(rule.evaluate(reached, winnipeg("2026-12-08T10:00")));
    assertThat(afterReached.missing()).contains("5 more unsuccessful attempt(s) needed (0 of 5)");

    Instant firstAfterReached = winnipeg("2026-12-07T10:00");
    OpenOrder twoMore =
        record(
            record(reached, firstAfterReached, AttemptOutcome.NO_ANSWER),
            winnipeg("2026-12-07T19:00"),
            AttemptOutcome.BUSY);
    EscalationDecision.NotYet afterTwoMore =
        notYet(rule.evaluate(twoMore, winnipeg("2026-12-08T10:00")));
    assertThat(afterTwoMore.missing())
        .containsExactly(
            "3 more unsuccessful attempt(s) needed (2 of 5)", "weekend attempt missing");
    assertThat(afterTwoMore.earliestAt()).isEqualTo(firstAfterReached.plus(Duration.ofDays(7)));
  }

  @Test
  void leaving_hold_and_entering_it_again_restarts_the_count() {
    OpenOrder covered =
        inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, TUE_DAY, WED_NIGHT, SAT_WEEKEND);
    OpenOrder callback =
        ContactStatusChanges.set(
                covered,
                ContactStatus.CALLBACK,
                null,
                "Guest will call back",
                Orders.agent("callback", winnipeg("2026-12-06T09:00")))
            .after();
    OpenOrder attemptWhileCallback =
        record(callback, winnipeg("2026-12-06T10:00"), AttemptOutcome.NO_ANSWER);
    Instant holdAgain = winnipeg("2026-12-06T12:00");
    OpenOrder backInHold =
        ContactStatusChanges.set(
                attemptWhileCallback,
                ContactStatus.HOLD,
                null,
                "Guest did not call back",
                Orders.agent("hold-again", holdAgain))
            .after();

    assertThat(backInHold.contactStatusSince()).isEqualTo(holdAgain);
    assertThat(backInHold.attempts()).hasSize(6);
    EscalationDecision.NotYet notYet =
        notYet(rule.evaluate(backInHold, winnipeg("2026-12-15T10:00")));
    assertThat(notYet.missing()).contains("5 more unsuccessful attempt(s) needed (0 of 5)");
  }

  @Test
  void attempts_made_before_the_order_entered_hold_do_not_count() {
    OpenOrder noStatus = defaultOrder().firstSeenAt(HOLD_SINCE.minus(Duration.ofDays(30))).build();
    OpenOrder attempted = noStatus;
    for (Instant at : List.of(MON_DAY, MON_NIGHT, TUE_DAY, WED_NIGHT, SAT_WEEKEND)) {
      attempted = record(attempted, at, AttemptOutcome.NO_ANSWER);
    }
    OpenOrder hold =
        attempted.toBuilder()
            .contactStatus(ContactStatus.HOLD, winnipeg("2026-12-06T09:00"))
            .build();

    EscalationDecision.NotYet notYet = notYet(rule.evaluate(hold, winnipeg("2026-12-15T10:00")));

    assertThat(notYet.missing()).contains("5 more unsuccessful attempt(s) needed (0 of 5)");
  }

  @Test
  void an_attempt_at_the_very_instant_the_order_entered_hold_counts() {
    OpenOrder order =
        inHold(WINNIPEG, MON_DAY, MON_DAY, MON_NIGHT, TUE_DAY, WED_NIGHT, SAT_WEEKEND);

    assertThat(rule.evaluate(order, MON_DAY.plus(Duration.ofDays(7))))
        .isInstanceOf(EscalationDecision.Escalate.class);
  }

  @ParameterizedTest
  @EnumSource(value = ContactStatus.class, names = "HOLD", mode = EnumSource.Mode.EXCLUDE)
  void an_order_not_in_hold_does_not_apply(ContactStatus status) {
    OpenOrder order =
        inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, TUE_DAY, WED_NIGHT, SAT_WEEKEND)
            .toBuilder()
            .contactStatus(status, HOLD_SINCE)
            .build();

    assertThat(rule.evaluate(order, MON_DAY.plus(Duration.ofDays(8))))
        .isEqualTo(new EscalationDecision.DoesNotApply(EscalationReason.NO_CONTACT));
  }

  @ParameterizedTest
  @EnumSource(
      value = FulfilmentStatus.class,
      names = {"EST", "SCH"},
      mode = EnumSource.Mode.EXCLUDE)
  void a_cwc_or_closed_order_does_not_apply(FulfilmentStatus status) {
    OpenOrder order =
        inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, TUE_DAY, WED_NIGHT, SAT_WEEKEND);
    OpenOrder notWorked = order.toBuilder().details(order.details().withStatus(status)).build();

    assertThat(rule.evaluate(notWorked, MON_DAY.plus(Duration.ofDays(8))))
        .isEqualTo(new EscalationDecision.DoesNotApply(EscalationReason.NO_CONTACT));
  }

  @Test
  void a_scheduled_order_in_hold_escalates_like_an_estimated_one() {
    OpenOrder order =
        inHold(WINNIPEG, HOLD_SINCE, MON_DAY, MON_NIGHT, TUE_DAY, WED_NIGHT, SAT_WEEKEND);
    OpenOrder scheduled =
        order.toBuilder().details(order.details().withStatus(FulfilmentStatus.SCH)).build();

    assertThat(rule.evaluate(scheduled, MON_DAY.plus(Duration.ofDays(7))))
        .isInstanceOf(EscalationDecision.Escalate.class);
  }

  /**
   * Winnipeg falls back on Sunday 1 November 2026 (02:00 CDT becomes 01:00 CST). The week is 168
   * hours of elapsed time, not seven calendar days at the same wall-clock time: a first attempt at
   * 10:00 CDT on Thursday escalates at 09:00 CST the next Thursday.
   */
  @Test
  void across_the_fall_back_in_winnipeg_seven_days_are_168_elapsed_hours() {
    Instant first = winnipeg("2026-10-29T10:00");
    OpenOrder order =
        inHold(
            WINNIPEG,
            winnipeg("2026-10-29T09:00"),
            first,
            winnipeg("2026-10-29T19:00"),
            winnipeg("2026-10-31T11:00"),
            winnipeg("2026-11-02T10:00"),
            winnipeg("2026-11-03T20:00"));

    EscalationDecision.NotYet before = notYet(rule.evaluate(order, first.plusSeconds(3600)));

    assertThat(before.earliestAt()).isEqualTo(first.plus(Duration.ofHours(168)));
    assertThat(localTime(before.earliestAt(), WINNIPEG))
        .isEqualTo(LocalDateTime.parse("2026-11-05T09:00"));
    assertThat(rule.evaluate(order, winnipeg("2026-11-05T08:59")))
        .isInstanceOf(EscalationDecision.NotYet.class);
    assertThat(rule.evaluate(order, winnipeg("2026-11-05T09:00")))
        .isInstanceOf(EscalationDecision.Escalate.class);
  }

  /**
   * Winnipeg springs forward on Sunday 14 March 2027 (02:00 CST becomes 03:00 CDT): 10:00 CDT on
   * the next Thursday is only 167 hours after a first attempt at 10:00 CST; it escalates at 11:00
   * CDT.
   */
  @Test
  void across_the_spring_forward_in_winnipeg_seven_days_are_168_elapsed_hours() {
    Instant first = winnipeg("2027-03-11T10:00");
    OpenOrder order =
        inHold(
            WINNIPEG,
            winnipeg("2027-03-11T09:00"),
            first,
            winnipeg("2027-03-11T19:00"),
            winnipeg("2027-03-13T11:00"),
            winnipeg("2027-03-15T10:00"),
            winnipeg("2027-03-15T20:00"));

    assertThat(notYet(rule.evaluate(order, first)).timerDueAt())
        .contains(winnipeg("2027-03-18T11:00"));
    assertThat(rule.evaluate(order, winnipeg("2027-03-18T10:00")))
        .isInstanceOf(EscalationDecision.NotYet.class);
    assertThat(rule.evaluate(order, winnipeg("2027-03-18T11:00")))
        .isInstanceOf(EscalationDecision.Escalate.class);
  }

  @Test
  void across_the_fall_back_in_toronto_seven_days_are_168_elapsed_hours() {
    Instant first = local("2026-10-29T10:00", TORONTO);
    OpenOrder order =
        inHold(
            TORONTO,
            local("2026-10-29T09:00", TORONTO),
            first,
            local("2026-10-29T19:00", TORONTO),
            local("2026-10-31T11:00", TORONTO),
            local("2026-11-02T10:00", TORONTO),
            local("2026-11-03T20:00", TORONTO));

    assertThat(notYet(rule.evaluate(order, first)).timerDueAt())
        .contains(local("2026-11-05T09:00", TORONTO));
    assertThat(rule.evaluate(order, local("2026-11-05T08:59", TORONTO)))
        .isInstanceOf(EscalationDecision.NotYet.class);
    assertThat(rule.evaluate(order, local("2026-11-05T09:00", TORONTO)))
        .isInstanceOf(EscalationDecision.Escalate.class);
  }

  @Test
  void across_the_spring_forward_in_toronto_seven_days_are_168_elapsed_hours() {
    Instant first = local("2027-03-11T10:00", TORONTO);
    OpenOrder order =
        inHold(
            TORONTO,
            local("2027-03-11T09:00", TORONTO),
            first,
            local("2027-03-11T19:00", TORONTO),
            local("2027-03-13T11:00", TORONTO),
            local("2027-03-15T10:00", TORONTO),
            local("2027-03-15T20:00", TORONTO));

    assertThat(notYet(rule.evaluate(order, first)).timerDueAt())
        .contains(local("2027-03-18T11:00", TORONTO));
    assertThat(rule.evaluate(order, local("2027-03-18T10:59", TORONTO)))
        .isInstanceOf(EscalationDecision.NotYet.class);
  }

  /** Regina keeps CST all year: the week ends at the wall-clock time of the first attempt. */
  @Test
  void in_regina_without_dst_the_week_ends_at_the_same_local_time() {
    Instant first = local("2026-10-29T10:00", REGINA);
    OpenOrder order =
        inHold(
            REGINA,
            local("2026-10-29T09:00", REGINA),
            first,
            local("2026-10-29T19:00", REGINA),
            local("2026-10-31T11:00", REGINA),
            local("2026-11-02T10:00", REGINA),
            local("2026-11-03T20:00", REGINA));

    assertThat(notYet(rule.evaluate(order, first)).timerDueAt())
        .contains(local("2026-11-05T10:00", REGINA));
    assertThat(rule.evaluate(order, local("2026-11-05T09:59", REGINA)))
        .isInstanceOf(EscalationDecision.NotYet.class);
    assertThat(rule.evaluate(order, local("2026-11-05T10:00", REGINA)))
        .isInstanceOf(EscalationDecision.Escalate.class);
  }

  @Test
  void in_regina_a_summer_attempt_at_half_past_four_is_a_day_attempt_an_hour_behind_winnipeg() {
    Instant at = Instant.parse("2026-10-29T22:30:00Z");
    OpenOrder regina = inHold(REGINA, at.minusSeconds(60), at);
    OpenOrder inWinnipeg = inHold(WINNIPEG, at.minusSeconds(60), at);

    assertThat(regina.attempts().getFirst().slot()).isEqualTo(ContactSlot.WEEKDAY_DAY);
    assertThat(inWinnipeg.attempts().getFirst().slot()).isEqualTo(ContactSlot.WEEKDAY_NIGHT);
  }

  /** Thanksgiving, Monday 12 October 2026, is a federal holiday: guests are off work. */
  @Test
  void an_attempt_on_a_holiday_monday_counts_as_the_weekend_attempt() {
    Instant[] attempts = {
      winnipeg("2026-10-07T10:00"),
      winnipeg("2026-10-07T19:00"),
      winnipeg("2026-10-08T10:00"),
      winnipeg("2026-10-09T19:00"),
      winnipeg("2026-10-12T11:00")
    };
    Instant weekLater = winnipeg("2026-10-14T10:00");

    OpenOrder withHolidays =
        inHold(WINNIPEG, winnipeg("2026-10-07T09:00"), FEDERAL_HOLIDAYS, attempts);
    OpenOrder withoutHolidays =
        inHold(WINNIPEG, winnipeg("2026-10-07T09:00"), NO_HOLIDAYS, attempts);

    assertThat(withHolidays.attempts().getLast().slot()).isEqualTo(ContactSlot.WEEKEND);
    assertThat(rule.evaluate(withHolidays, weekLater))
        .isInstanceOf(EscalationDecision.Escalate.class);
    assertThat(notYet(rule.evaluate(withoutHolidays, weekLater)).missing())
        .containsExactly("weekend attempt missing");
  }

  @Test
  void thresholds_come_from_the_configuration() {
    NoContactRule lenient =
        new NoContactRule(3, Duration.ofDays(2), EnumSet.of(ContactSlot.WEEKDAY_DAY));
    OpenOrder order = inHold(WINNIPEG, HOLD_SINCE, MON_DAY, TUE_DAY, winnipeg("2026-12-02T10:00"));

    assertThat(lenient.evaluate(order, MON_DAY.plus(Duration.ofDays(2))))
        .isInstanceOf(EscalationDecision.Escalate.class);
    assertThat(rule.evaluate(order, MON_DAY.plus(Duration.ofDays(2))))
        .isInstanceOf(EscalationDecision.NotYet.class);
  }

  @Test
  void the_order_in_which_attempts_were_stored_does_not_matter() {
    OpenOrder order =
        defaultOrder().build().toBuilder()
            .contactStatus(ContactStatus.HOLD, HOLD_SINCE)
            .addAttempt(Orders.attempt(SAT_WEEKEND, ContactSlot.WEEKEND))
            .addAttempt(Orders.attempt(WED_NIGHT, ContactSlot.WEEKDAY_NIGHT))
            .addAttempt(Orders.attempt(TUE_DAY, ContactSlot.WEEKDAY_DAY))
            .addAttempt(Orders.attempt(MON_NIGHT, ContactSlot.WEEKDAY_NIGHT))
            .addAttempt(Orders.attempt(MON_DAY, ContactSlot.WEEKDAY_DAY))
            .build();

    assertThat(notYet(rule.evaluate(order, MON_DAY)).timerDueAt())
        .contains(MON_DAY.plus(Duration.ofDays(7)));
  }

  // --- helpers --------------------------------------------------------------------------------

  private static EscalationDecision.NotYet notYet(EscalationDecision decision) {
    assertThat(decision).isInstanceOf(EscalationDecision.NotYet.class);
    EscalationDecision.NotYet notYet = (EscalationDecision.NotYet) decision;
    assertThat(notYet.reason()).isEqualTo(EscalationReason.NO_CONTACT);
    return notYet;
  }

  private static LocalDateTime localTime(Instant at, ZoneId zone) {
    return LocalDateTime.ofInstant(at, zone);
  }

  private static OpenOrder inHold(ZoneId zone, Instant holdSince, Instant... unsuccessful) {
    return inHold(zone, holdSince, FEDERAL_HOLIDAYS, unsuccessful);
  }

  /**
   * An order in {@code zone}, coded HOLD at {@code holdSince}, with attempts recorded by agents.
   */
  private static OpenOrder inHold(
      ZoneId zone, Instant holdSince, Predicate<LocalDate> isHoliday, Instant... unsuccessful) {
    OpenOrder order =
        defaultOrder()
            .zone(zone)
            .firstSeenAt(holdSince.minus(Duration.ofDays(30)))
            .build()
            .toBuilder()
            .contactStatus(ContactStatus.HOLD, holdSince)
            .build();
    for (Instant at : unsuccessful) {
      order = record(order, at, AttemptOutcome.NO_ANSWER, isHoliday);
    }
    return order;
  }

  private static OpenOrder record(OpenOrder order, Instant at, AttemptOutcome outcome) {
    return record(order, at, outcome, FEDERAL_HOLIDAYS);
  }

  private static OpenOrder record(
      OpenOrder order, Instant at, AttemptOutcome outcome, Predicate<LocalDate> isHoliday) {
    return ContactAttempts.record(
            order,
            MOBILE,
            ContactChannel.PHONE,
            outcome,
            "Called the guest: " + outcome,
            Orders.agent("attempt-" + at, at),
            SLOTS,
            isHoliday)
        .after();
  }
}
