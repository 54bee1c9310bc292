package com.oom.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanadianFederalHolidaysTest {

  @Test
  void lists_every_2026_holiday_with_boxing_day_observed_on_monday() {
    assertThat(CanadianFederalHolidays.forYear(2026))
        .containsExactlyInAnyOrder(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 5, 18),
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 9, 7),
            LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26),
            LocalDate.of(2026, 12, 28));
  }

  @Test
  void lists_every_2027_holiday_with_christmas_and_boxing_day_observed_monday_and_tuesday() {
    assertThat(CanadianFederalHolidays.forYear(2027))
        .containsExactlyInAnyOrder(
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 5, 24),
            LocalDate.of(2027, 7, 1),
            LocalDate.of(2027, 9, 6),
            LocalDate.of(2027, 9, 30),
            LocalDate.of(2027, 10, 11),
            LocalDate.of(2027, 11, 11),
            LocalDate.of(2027, 12, 25),
            LocalDate.of(2027, 12, 26),
            LocalDate.of(2027, 12, 27),
            LocalDate.of(2027, 12, 28));
  }

  @Test
  void victoria_day_labour_day_and_thanksgiving_are_mondays_in_their_weeks() {
    for (int year = 2000; year <= 2050; year++) {
      Set<LocalDate> holidays = CanadianFederalHolidays.forYear(year);
      assertThat(onlyHolidayIn(holidays, year, 5, 1, 31))
          .isBetween(day(year, 5, 18), day(year, 5, 24));
      assertThat(onlyHolidayIn(holidays, year, 9, 1, 7))
          .isBetween(day(year, 9, 1), day(year, 9, 7));
      assertThat(onlyHolidayIn(holidays, year, 10, 8, 31))
          .isBetween(day(year, 10, 8), day(year, 10, 14));
    }
  }

  @Test
  void good_friday_is_two_days_before_easter_sunday() {
    for (int year = 2000; year <= 2050; year++) {
      LocalDate goodFriday = CanadianFederalHolidays.easterSunday(year).minusDays(2);
      assertThat(goodFriday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
      assertThat(CanadianFederalHolidays.forYear(year)).contains(goodFriday);
    }
  }

  @Test
  void victoria_day_is_may_24_when_that_is_a_monday() {
    assertThat(CanadianFederalHolidays.forYear(2027)).contains(LocalDate.of(2027, 5, 24));
    assertThat(CanadianFederalHolidays.forYear(2027)).doesNotContain(LocalDate.of(2027, 5, 17));
  }

  @Test
  void easter_sunday_matches_known_dates() {
    assertThat(CanadianFederalHolidays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(CanadianFederalHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(CanadianFederalHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(CanadianFederalHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(CanadianFederalHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(CanadianFederalHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(CanadianFederalHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
  }

  @Test
  void christmas_on_sunday_keeps_boxing_day_on_monday_and_observes_christmas_on_tuesday() {
    assertThat(CanadianFederalHolidays.forYear(2022))
        .contains(
            LocalDate.of(2022, 12, 25), LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27))
        .doesNotContain(LocalDate.of(2022, 12, 28));
  }

  @Test
  void weekend_holidays_are_also_observed_on_the_following_monday() {
    assertThat(CanadianFederalHolidays.forYear(2028))
        .contains(
            LocalDate.of(2028, 1, 1),
            LocalDate.of(2028, 1, 3),
            LocalDate.of(2028, 7, 1),
            LocalDate.of(2028, 7, 3),
            LocalDate.of(2028, 9, 30),
            LocalDate.of(2028, 10, 2),
            LocalDate.of(2028, 11, 11),
            LocalDate.of(2028, 11, 13));
    assertThat(CanadianFederalHolidays.forYear(2029))
        .contains(
            LocalDate.of(2029, 7, 1),
            LocalDate.of(2029, 7, 2),
            LocalDate.of(2029, 9, 30),
            LocalDate.of(2029, 10, 1),
            LocalDate.of(2029, 11, 11),
            LocalDate.of(2029, 11, 12));
  }

  @Test
  void truth_and_reconciliation_day_is_a_holiday_only_from_2021() {
    assertThat(CanadianFederalHolidays.forYear(2020)).doesNotContain(LocalDate.of(2020, 9, 30));
    assertThat(CanadianFederalHolidays.forYear(2021)).contains(LocalDate.of(2021, 9, 30));
  }

  @Test
  void defaults_are_the_2026_and_2027_holidays_together() {
    Set<LocalDate> defaults = CanadianFederalHolidays.defaults();

    assertThat(defaults)
        .hasSize(23)
        .containsAll(CanadianFederalHolidays.forYear(2026))
        .containsAll(CanadianFederalHolidays.forYear(2027));
  }

  @Test
  void holiday_sets_cannot_be_modified() {
    Set<LocalDate> holidays = CanadianFederalHolidays.forYear(2026);

    assertThatThrownBy(() -> holidays.add(LocalDate.of(2026, 2, 16)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static LocalDate onlyHolidayIn(
      Set<LocalDate> holidays, int year, int month, int fromDay, int toDay) {
    List<LocalDate> matches =
        holidays.stream()
            .filter(date -> !date.isBefore(day(year, month, fromDay)))
            .filter(date -> !date.isAfter(day(year, month, toDay)))
            .toList();
    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    return matches.get(0);
  }

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }
}
