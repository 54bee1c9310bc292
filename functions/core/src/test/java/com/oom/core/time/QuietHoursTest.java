package com.oom.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

  private static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  private static final ZoneId REGINA = ZoneId.of("America/Regina");
  private static final Predicate<LocalDate> FEDERAL_HOLIDAY =
      CanadianFederalHolidays.defaults()::contains;

  private final QuietHours quietHours = QuietHours.defaults();

  @Test
  void defaults_allow_weekdays_nine_to_nine_and_weekends_ten_to_six() {
    assertThat(quietHours)
        .isEqualTo(
            new QuietHours(
                LocalTime.of(9, 0), LocalTime.of(21, 0), LocalTime.of(10, 0), LocalTime.of(18, 0)));
  }

  @Test
  void weekday_afternoon_is_allowed_and_sent_at_once() {
    Instant tuesdayNoon = toronto("2026-05-19T12:00");

    assertThat(quietHours.allows(tuesdayNoon, TORONTO, FEDERAL_HOLIDAY)).isTrue();
    assertThat(quietHours.nextAllowed(tuesdayNoon, TORONTO, FEDERAL_HOLIDAY))
        .isEqualTo(tuesdayNoon);
  }

  @Test
  void window_start_is_allowed_and_the_minute_before_waits_for_it() {
    assertThat(quietHours.allows(toronto("2026-05-19T09:00"), TORONTO, FEDERAL_HOLIDAY)).isTrue();
    assertThat(quietHours.allows(toronto("2026-05-19T08:59"), TORONTO, FEDERAL_HOLIDAY)).isFalse();
    assertThat(nextAllowedInToronto("2026-05-19T08:59")).isEqualTo(toronto("2026-05-19T09:00"));
  }

  @Test
  void weekday_nine_pm_exactly_is_quiet_and_deferred_to_next_morning_at_nine() {
    Instant tuesdayNinePm = toronto("2026-05-19T21:00");

    assertThat(quietHours.allows(tuesdayNinePm, TORONTO, FEDERAL_HOLIDAY)).isFalse();
    assertThat(quietHours.allows(tuesdayNinePm.minusNanos(1), TORONTO, FEDERAL_HOLIDAY)).isTrue();
    assertThat(quietHours.nextAllowed(tuesdayNinePm, TORONTO, FEDERAL_HOLIDAY))
        .isEqualTo(toronto("2026-05-20T09:00"));
  }

  @Test
  void friday_ten_pm_is_deferred_to_saturday_at_ten() {
    assertThat(nextAllowedInToronto("2026-05-22T22:00")).isEqualTo(toronto("2026-05-23T10:00"));
  }

  @Test
  void saturday_morning_waits_for_the_weekend_start_at_ten() {
    assertThat(quietHours.allows(toronto("2026-05-23T09:30"), TORONTO, FEDERAL_HOLIDAY)).isFalse();
    assertThat(nextAllowedInToronto("2026-05-23T09:30")).isEqualTo(toronto("2026-05-23T10:00"));
  }

  @Test
  void saturday_half_past_six_pm_is_deferred_to_sunday_at_ten() {
    assertThat(nextAllowedInToronto("2026-05-23T18:30")).isEqualTo(toronto("2026-05-24T10:00"));
  }

  @Test
  void sunday_seven_pm_is_deferred_to_monday_at_nine() {
    assertThat(nextAllowedInToronto("2026-05-24T19:00")).isEqualTo(toronto("2026-05-25T09:00"));
  }

  @Test
  void sunday_before_a_holiday_monday_is_deferred_to_the_holiday_weekend_start() {
    assertThat(nextAllowedInToronto("2026-05-17T19:00")).isEqualTo(toronto("2026-05-18T10:00"));
  }

  @Test
  void friday_night_before_a_holiday_monday_rolls_through_the_long_weekend_on_weekend_hours() {
    assertThat(nextAllowedInToronto("2026-05-15T22:00")).isEqualTo(toronto("2026-05-16T10:00"));
    assertThat(quietHours.allows(toronto("2026-05-18T09:30"), TORONTO, FEDERAL_HOLIDAY)).isFalse();
    assertThat(quietHours.allows(toronto("2026-05-18T17:59"), TORONTO, FEDERAL_HOLIDAY)).isTrue();
    assertThat(nextAllowedInToronto("2026-05-18T18:30")).isEqualTo(toronto("2026-05-19T09:00"));
  }

  @Test
  void deferral_crosses_midnight_to_the_same_next_morning() {
    assertThat(nextAllowedInToronto("2026-05-19T23:59")).isEqualTo(toronto("2026-05-20T09:00"));
    assertThat(nextAllowedInToronto("2026-05-20T00:30")).isEqualTo(toronto("2026-05-20T09:00"));
  }

  @Test
  void winnipeg_saturday_evening_before_spring_forward_waits_for_sunday_ten_daylight_time() {
    Instant saturdaySevenPmCst = Instant.parse("2027-03-14T01:00:00Z");
    Instant sundayOneThirtyCst = Instant.parse("2027-03-14T07:30:00Z");
    Instant sundayTenCdt = Instant.parse("2027-03-14T15:00:00Z");

    assertThat(quietHours.nextAllowed(saturdaySevenPmCst, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(sundayTenCdt);
    assertThat(quietHours.nextAllowed(sundayOneThirtyCst, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(sundayTenCdt);
  }

  @Test
  void winnipeg_spring_forward_sunday_evening_waits_for_monday_nine_daylight_time() {
    Instant sundaySevenPmCdt = Instant.parse("2027-03-15T00:00:00Z");

    assertThat(quietHours.nextAllowed(sundaySevenPmCdt, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(Instant.parse("2027-03-15T14:00:00Z"));
  }

  @Test
  void toronto_saturday_evening_before_spring_forward_waits_for_sunday_ten_daylight_time() {
    Instant saturdaySevenPmEst = Instant.parse("2027-03-14T00:00:00Z");

    assertThat(quietHours.nextAllowed(saturdaySevenPmEst, TORONTO, FEDERAL_HOLIDAY))
        .isEqualTo(Instant.parse("2027-03-14T14:00:00Z"));
  }

  @Test
  void winnipeg_saturday_evening_before_fall_back_waits_for_sunday_ten_standard_time() {
    Instant saturdaySevenPmCdt = Instant.parse("2026-11-01T00:00:00Z");
    Instant secondOneThirtyCst = Instant.parse("2026-11-01T07:30:00Z");
    Instant sundayTenCst = Instant.parse("2026-11-01T16:00:00Z");

    assertThat(quietHours.nextAllowed(saturdaySevenPmCdt, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(sundayTenCst);
    assertThat(quietHours.nextAllowed(secondOneThirtyCst, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(sundayTenCst);
  }

  @Test
  void toronto_fall_back_sunday_window_is_ten_to_six_standard_time() {
    Instant saturdaySevenPmEdt = Instant.parse("2026-10-31T23:00:00Z");

    assertThat(quietHours.nextAllowed(saturdaySevenPmEdt, TORONTO, FEDERAL_HOLIDAY))
        .isEqualTo(Instant.parse("2026-11-01T15:00:00Z"));
    assertThat(quietHours.allows(Instant.parse("2026-11-01T22:59:00Z"), TORONTO, FEDERAL_HOLIDAY))
        .isTrue();
    assertThat(quietHours.allows(Instant.parse("2026-11-01T23:00:00Z"), TORONTO, FEDERAL_HOLIDAY))
        .isFalse();
  }

  @Test
  void regina_keeps_standard_time_through_the_spring_forward_weekend() {
    Instant saturdaySevenPmCst = Instant.parse("2027-03-14T01:00:00Z");

    assertThat(quietHours.nextAllowed(saturdaySevenPmCst, REGINA, FEDERAL_HOLIDAY))
        .isEqualTo(Instant.parse("2027-03-14T16:00:00Z"));
    assertThat(
            quietHours.nextAllowed(Instant.parse("2027-03-15T01:00:00Z"), REGINA, FEDERAL_HOLIDAY))
        .isEqualTo(Instant.parse("2027-03-15T15:00:00Z"));
  }

  @Test
  void same_instant_is_allowed_in_toronto_but_quiet_in_regina() {
    Instant halfPastNineInToronto = Instant.parse("2026-05-19T13:30:00Z");

    assertThat(quietHours.allows(halfPastNineInToronto, TORONTO, FEDERAL_HOLIDAY)).isTrue();
    assertThat(quietHours.allows(halfPastNineInToronto, REGINA, FEDERAL_HOLIDAY)).isFalse();
    assertThat(quietHours.nextAllowed(halfPastNineInToronto, REGINA, FEDERAL_HOLIDAY))
        .isEqualTo(Instant.parse("2026-05-19T15:00:00Z"));
  }

  @Test
  void window_start_inside_a_dst_gap_opens_once_the_clocks_have_sprung_forward() {
    QuietHours earlyWeekend =
        new QuietHours(
            LocalTime.of(9, 0), LocalTime.of(21, 0), LocalTime.of(2, 30), LocalTime.of(18, 0));
    Instant sundayOneAmCst = Instant.parse("2027-03-14T07:00:00Z");
    Instant threeThirtyCdt = Instant.parse("2027-03-14T08:30:00Z");

    assertThat(earlyWeekend.nextAllowed(sundayOneAmCst, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(threeThirtyCdt);
    assertThat(earlyWeekend.allows(threeThirtyCdt.minusSeconds(1), WINNIPEG, FEDERAL_HOLIDAY))
        .isFalse();
  }

  @Test
  void next_window_opening_is_strictly_after_the_given_instant() {
    assertThat(quietHours.nextWindowOpening(toronto("2026-05-19T09:00"), TORONTO, FEDERAL_HOLIDAY))
        .isEqualTo(toronto("2026-05-20T09:00"));
    assertThat(quietHours.nextWindowOpening(toronto("2026-05-19T08:00"), TORONTO, FEDERAL_HOLIDAY))
        .isEqualTo(toronto("2026-05-19T09:00"));
  }

  @Test
  void rejects_windows_that_end_before_they_start() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new QuietHours(
                    LocalTime.of(21, 0),
                    LocalTime.of(9, 0),
                    LocalTime.of(10, 0),
                    LocalTime.of(18, 0)))
        .withMessage("weekdayStart (21:00) must be before weekdayEnd (09:00)");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new QuietHours(
                    LocalTime.of(9, 0),
                    LocalTime.of(21, 0),
                    LocalTime.of(18, 0),
                    LocalTime.of(18, 0)))
        .withMessage("weekendStart (18:00) must be before weekendEnd (18:00)");
  }

  @Test
  void rejects_missing_arguments() {
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new QuietHours(LocalTime.of(9, 0), null, LocalTime.of(10, 0), LocalTime.of(18, 0)))
        .withMessage("weekdayEnd must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> quietHours.nextAllowed(null, TORONTO, FEDERAL_HOLIDAY))
        .withMessage("at must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> quietHours.allows(Instant.EPOCH, TORONTO, null))
        .withMessage("isHoliday must not be null");
  }

  private Instant nextAllowedInToronto(String localDateTime) {
    return quietHours.nextAllowed(toronto(localDateTime), TORONTO, FEDERAL_HOLIDAY);
  }

  private static Instant toronto(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), TORONTO).toInstant();
  }
}
