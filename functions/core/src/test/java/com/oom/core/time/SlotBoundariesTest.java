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

class SlotBoundariesTest {

  private static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  private static final ZoneId REGINA = ZoneId.of("America/Regina");
  private static final Predicate<LocalDate> FEDERAL_HOLIDAY =
      CanadianFederalHolidays.defaults()::contains;

  private final SlotBoundaries slots = SlotBoundaries.defaults();

  @Test
  void defaults_start_the_day_at_eight_and_the_night_at_five() {
    assertThat(slots.dayStarts()).isEqualTo(LocalTime.of(8, 0));
    assertThat(slots.nightStarts()).isEqualTo(LocalTime.of(17, 0));
  }

  @Test
  void weekday_eight_oclock_starts_the_day_slot() {
    assertThat(classifyInToronto("2026-05-19T08:00")).isEqualTo(ContactSlot.WEEKDAY_DAY);
  }

  @Test
  void weekday_one_minute_before_five_is_still_day() {
    assertThat(classifyInToronto("2026-05-19T16:59")).isEqualTo(ContactSlot.WEEKDAY_DAY);
  }

  @Test
  void weekday_five_oclock_starts_the_night_slot() {
    assertThat(classifyInToronto("2026-05-19T17:00")).isEqualTo(ContactSlot.WEEKDAY_NIGHT);
  }

  @Test
  void weekday_early_morning_before_eight_counts_as_night() {
    assertThat(classifyInToronto("2026-05-19T07:59")).isEqualTo(ContactSlot.WEEKDAY_NIGHT);
    assertThat(classifyInToronto("2026-05-19T00:00")).isEqualTo(ContactSlot.WEEKDAY_NIGHT);
  }

  @Test
  void saturday_and_sunday_count_as_weekend_at_any_hour() {
    assertThat(classifyInToronto("2026-05-23T12:00")).isEqualTo(ContactSlot.WEEKEND);
    assertThat(classifyInToronto("2026-05-23T20:00")).isEqualTo(ContactSlot.WEEKEND);
    assertThat(classifyInToronto("2026-05-24T07:00")).isEqualTo(ContactSlot.WEEKEND);
  }

  @Test
  void holiday_monday_counts_as_weekend() {
    assertThat(classifyInToronto("2026-05-18T12:00")).isEqualTo(ContactSlot.WEEKEND);
  }

  @Test
  void the_holiday_predicate_decides_which_weekdays_are_holidays() {
    Instant victoriaDayNoon = local("2026-05-18T12:00", TORONTO);

    assertThat(slots.classify(victoriaDayNoon, TORONTO, date -> false))
        .isEqualTo(ContactSlot.WEEKDAY_DAY);
  }

  @Test
  void same_instant_is_night_in_toronto_but_day_in_regina() {
    Instant tuesdayAfternoon = Instant.parse("2026-05-19T21:30:00Z");

    assertThat(slots.classify(tuesdayAfternoon, TORONTO, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKDAY_NIGHT);
    assertThat(slots.classify(tuesdayAfternoon, REGINA, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKDAY_DAY);
  }

  @Test
  void same_instant_is_weekend_in_toronto_but_friday_night_in_regina() {
    Instant saturdayInToronto = Instant.parse("2026-05-23T04:30:00Z");

    assertThat(slots.classify(saturdayInToronto, TORONTO, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKEND);
    assertThat(slots.classify(saturdayInToronto, REGINA, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKDAY_NIGHT);
  }

  @Test
  void winnipeg_spring_forward_moves_the_same_utc_time_from_night_to_day() {
    Instant mondayBefore = Instant.parse("2027-03-08T13:30:00Z");
    Instant mondayAfter = Instant.parse("2027-03-15T13:30:00Z");

    assertThat(slots.classify(mondayBefore, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKDAY_NIGHT);
    assertThat(slots.classify(mondayAfter, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKDAY_DAY);
  }

  @Test
  void winnipeg_fall_back_moves_the_same_utc_time_from_day_to_night() {
    Instant mondayBefore = Instant.parse("2026-10-26T13:30:00Z");
    Instant mondayAfter = Instant.parse("2026-11-02T13:30:00Z");

    assertThat(slots.classify(mondayBefore, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKDAY_DAY);
    assertThat(slots.classify(mondayAfter, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKDAY_NIGHT);
  }

  @Test
  void winnipeg_dst_change_days_are_sundays_and_so_weekend() {
    Instant justAfterSpringForward = Instant.parse("2027-03-14T08:30:00Z");
    Instant secondHalfPastOneOnFallBack = Instant.parse("2026-11-01T07:30:00Z");

    assertThat(slots.classify(justAfterSpringForward, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKEND);
    assertThat(slots.classify(secondHalfPastOneOnFallBack, WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKEND);
  }

  @Test
  void custom_boundaries_move_the_slots() {
    SlotBoundaries lateDay = new SlotBoundaries(LocalTime.of(10, 0), LocalTime.of(19, 0));

    assertThat(lateDay.classify(local("2026-05-19T09:00", TORONTO), TORONTO, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKDAY_NIGHT);
    assertThat(lateDay.classify(local("2026-05-19T18:00", TORONTO), TORONTO, FEDERAL_HOLIDAY))
        .isEqualTo(ContactSlot.WEEKDAY_DAY);
  }

  @Test
  void rejects_night_starting_before_day() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SlotBoundaries(LocalTime.of(17, 0), LocalTime.of(8, 0)))
        .withMessage("dayStarts (17:00) must be before nightStarts (08:00)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SlotBoundaries(LocalTime.of(8, 0), LocalTime.of(8, 0)));
  }

  @Test
  void rejects_missing_arguments() {
    assertThatNullPointerException()
        .isThrownBy(() -> new SlotBoundaries(null, LocalTime.of(17, 0)))
        .withMessage("dayStarts must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> slots.classify(Instant.EPOCH, null, FEDERAL_HOLIDAY))
        .withMessage("zone must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> slots.classify(Instant.EPOCH, TORONTO, null))
        .withMessage("isHoliday must not be null");
  }

  private ContactSlot classifyInToronto(String localDateTime) {
    return slots.classify(local(localDateTime, TORONTO), TORONTO, FEDERAL_HOLIDAY);
  }

  private static Instant local(String localDateTime, ZoneId zone) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
  }
}
