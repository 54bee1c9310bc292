package com.oom.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each jurisdiction's holidays against the published calendars (the provinces' employment-standards
 * lists of general holidays for the year; weekend substitutes as the public service observes them).
 * Every expected date is written out by hand.
 */
class ProvincialHolidaysTest {

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static Map<String, LocalDate> days(Object... nameThenDate) {
    Map<String, LocalDate> days = new LinkedHashMap<>();
    for (int i = 0; i < nameThenDate.length; i += 2) {
      days.put((String) nameThenDate[i], (LocalDate) nameThenDate[i + 1]);
    }
    return days;
  }

  private static Map<String, LocalDate> federal(int year) {
    return ObservedHolidays.of(HolidayRules.federal(), year).observed();
  }

  private static Map<String, LocalDate> of(Province province, int year) {
    return ObservedHolidays.of(HolidayRules.of(province), year).observed();
  }

  @Test
  void federal_2026_observes_boxing_day_on_monday_28() {
    assertThat(federal(2026))
        .isEqualTo(
            days(
                "New Year's Day", d(2026, 1, 1),
                "Good Friday", d(2026, 4, 3),
                "Victoria Day", d(2026, 5, 18),
                "Canada Day", d(2026, 7, 1),
                "Labour Day", d(2026, 9, 7),
                "National Day for Truth and Reconciliation", d(2026, 9, 30),
                "Thanksgiving", d(2026, 10, 12),
                "Remembrance Day", d(2026, 11, 11),
                "Christmas Day", d(2026, 12, 25),
                "Boxing Day", d(2026, 12, 28)));
  }

  @Test
  void federal_2027_observes_christmas_on_monday_27_and_boxing_day_on_tuesday_28() {
    assertThat(federal(2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Good Friday", d(2027, 3, 26),
                "Victoria Day", d(2027, 5, 24),
                "Canada Day", d(2027, 7, 1),
                "Labour Day", d(2027, 9, 6),
                "National Day for Truth and Reconciliation", d(2027, 9, 30),
                "Thanksgiving", d(2027, 10, 11),
                "Remembrance Day", d(2027, 11, 11),
                "Christmas Day", d(2027, 12, 27),
                "Boxing Day", d(2027, 12, 28)));
  }

  @Test
  void federal_2028_moves_every_saturday_holiday_to_the_monday() {
    assertThat(federal(2028))
        .isEqualTo(
            days(
                "New Year's Day", d(2028, 1, 3),
                "Good Friday", d(2028, 4, 14),
                "Victoria Day", d(2028, 5, 22),
                "Canada Day", d(2028, 7, 3),
                "Labour Day", d(2028, 9, 4),
                "National Day for Truth and Reconciliation", d(2028, 10, 2),
                "Thanksgiving", d(2028, 10, 9),
                "Remembrance Day", d(2028, 11, 13),
                "Christmas Day", d(2028, 12, 25),
                "Boxing Day", d(2028, 12, 26)));
    assertThat(CanadianFederalHolidays.forYear(2028))
        .contains(d(2028, 1, 1), d(2028, 1, 3), d(2028, 7, 1), d(2028, 7, 3));
  }

  @Test
  void manitoba_2026_has_louis_riel_day_and_truth_and_reconciliation_but_no_boxing_day() {
    assertThat(of(Province.MB, 2026))
        .isEqualTo(
            days(
                "New Year's Day", d(2026, 1, 1),
                "Louis Riel Day", d(2026, 2, 16),
                "Good Friday", d(2026, 4, 3),
                "Victoria Day", d(2026, 5, 18),
                "Canada Day", d(2026, 7, 1),
                "Labour Day", d(2026, 9, 7),
                "National Day for Truth and Reconciliation", d(2026, 9, 30),
                "Thanksgiving", d(2026, 10, 12),
                "Remembrance Day", d(2026, 11, 11),
                "Christmas Day", d(2026, 12, 25)));
  }

  @Test
  void manitoba_2027_observes_christmas_on_monday_27() {
    assertThat(of(Province.MB, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Louis Riel Day", d(2027, 2, 15),
                "Good Friday", d(2027, 3, 26),
                "Victoria Day", d(2027, 5, 24),
                "Canada Day", d(2027, 7, 1),
                "Labour Day", d(2027, 9, 6),
                "National Day for Truth and Reconciliation", d(2027, 9, 30),
                "Thanksgiving", d(2027, 10, 11),
                "Remembrance Day", d(2027, 11, 11),
                "Christmas Day", d(2027, 12, 27)));
  }

  @Test
  void manitoba_2028() {
    assertThat(of(Province.MB, 2028))
        .isEqualTo(
            days(
                "New Year's Day", d(2028, 1, 3),
                "Louis Riel Day", d(2028, 2, 21),
                "Good Friday", d(2028, 4, 14),
                "Victoria Day", d(2028, 5, 22),
                "Canada Day", d(2028, 7, 3),
                "Labour Day", d(2028, 9, 4),
                "National Day for Truth and Reconciliation", d(2028, 10, 2),
                "Thanksgiving", d(2028, 10, 9),
                "Remembrance Day", d(2028, 11, 13),
                "Christmas Day", d(2028, 12, 25)));
  }

  @Test
  void saskatchewan_2026_has_family_day_and_saskatchewan_day() {
    assertThat(of(Province.SK, 2026))
        .isEqualTo(
            days(
                "New Year's Day", d(2026, 1, 1),
                "Family Day", d(2026, 2, 16),
                "Good Friday", d(2026, 4, 3),
                "Victoria Day", d(2026, 5, 18),
                "Canada Day", d(2026, 7, 1),
                "Saskatchewan Day", d(2026, 8, 3),
                "Labour Day", d(2026, 9, 7),
                "Thanksgiving", d(2026, 10, 12),
                "Remembrance Day", d(2026, 11, 11),
                "Christmas Day", d(2026, 12, 25)));
  }

  @Test
  void saskatchewan_2027() {
    assertThat(of(Province.SK, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Family Day", d(2027, 2, 15),
                "Good Friday", d(2027, 3, 26),
                "Victoria Day", d(2027, 5, 24),
                "Canada Day", d(2027, 7, 1),
                "Saskatchewan Day", d(2027, 8, 2),
                "Labour Day", d(2027, 9, 6),
                "Thanksgiving", d(2027, 10, 11),
                "Remembrance Day", d(2027, 11, 11),
                "Christmas Day", d(2027, 12, 27)));
  }

  @Test
  void saskatchewan_2028() {
    assertThat(of(Province.SK, 2028))
        .isEqualTo(
            days(
                "New Year's Day", d(2028, 1, 3),
                "Family Day", d(2028, 2, 21),
                "Good Friday", d(2028, 4, 14),
                "Victoria Day", d(2028, 5, 22),
                "Canada Day", d(2028, 7, 3),
                "Saskatchewan Day", d(2028, 8, 7),
                "Labour Day", d(2028, 9, 4),
                "Thanksgiving", d(2028, 10, 9),
                "Remembrance Day", d(2028, 11, 13),
                "Christmas Day", d(2028, 12, 25)));
  }

  @Test
  void ontario_2026_has_family_day_and_boxing_day_but_no_remembrance_day() {
    assertThat(of(Province.ON, 2026))
        .isEqualTo(
            days(
                "New Year's Day", d(2026, 1, 1),
                "Family Day", d(2026, 2, 16),
                "Good Friday", d(2026, 4, 3),
                "Victoria Day", d(2026, 5, 18),
                "Canada Day", d(2026, 7, 1),
                "Labour Day", d(2026, 9, 7),
                "Thanksgiving", d(2026, 10, 12),
                "Christmas Day", d(2026, 12, 25),
                "Boxing Day", d(2026, 12, 28)));
  }

  @Test
  void ontario_2027_observes_boxing_day_on_tuesday_when_christmas_takes_monday() {
    assertThat(of(Province.ON, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Family Day", d(2027, 2, 15),
                "Good Friday", d(2027, 3, 26),
                "Victoria Day", d(2027, 5, 24),
                "Canada Day", d(2027, 7, 1),
                "Labour Day", d(2027, 9, 6),
                "Thanksgiving", d(2027, 10, 11),
                "Christmas Day", d(2027, 12, 27),
                "Boxing Day", d(2027, 12, 28)));
  }

  @Test
  void ontario_2028() {
    assertThat(of(Province.ON, 2028))
        .isEqualTo(
            days(
                "New Year's Day", d(2028, 1, 3),
                "Family Day", d(2028, 2, 21),
                "Good Friday", d(2028, 4, 14),
                "Victoria Day", d(2028, 5, 22),
                "Canada Day", d(2028, 7, 3),
                "Labour Day", d(2028, 9, 4),
                "Thanksgiving", d(2028, 10, 9),
                "Christmas Day", d(2028, 12, 25),
                "Boxing Day", d(2028, 12, 26)));
  }

  @Test
  void quebec_2026_has_the_patriots_day_and_the_fete_nationale() {
    assertThat(of(Province.QC, 2026))
        .isEqualTo(
            days(
                "New Year's Day", d(2026, 1, 1),
                "Good Friday", d(2026, 4, 3),
                "Journée nationale des patriotes", d(2026, 5, 18),
                "Fête nationale (Saint-Jean-Baptiste)", d(2026, 6, 24),
                "Canada Day", d(2026, 7, 1),
                "Labour Day", d(2026, 9, 7),
                "Thanksgiving", d(2026, 10, 12),
                "Christmas Day", d(2026, 12, 25)));
  }

  @Test
  void quebec_2027_does_not_move_christmas_off_saturday() {
    assertThat(of(Province.QC, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Good Friday", d(2027, 3, 26),
                "Journée nationale des patriotes", d(2027, 5, 24),
                "Fête nationale (Saint-Jean-Baptiste)", d(2027, 6, 24),
                "Canada Day", d(2027, 7, 1),
                "Labour Day", d(2027, 9, 6),
                "Thanksgiving", d(2027, 10, 11),
                "Christmas Day", d(2027, 12, 25)));
  }

  @Test
  void quebec_2028_keeps_saturday_holidays_on_saturday() {
    assertThat(of(Province.QC, 2028))
        .isEqualTo(
            days(
                "New Year's Day", d(2028, 1, 1),
                "Good Friday", d(2028, 4, 14),
                "Journée nationale des patriotes", d(2028, 5, 22),
                "Fête nationale (Saint-Jean-Baptiste)", d(2028, 6, 24),
                "Canada Day", d(2028, 7, 1),
                "Labour Day", d(2028, 9, 4),
                "Thanksgiving", d(2028, 10, 9),
                "Christmas Day", d(2028, 12, 25)));
  }

  @Test
  void quebec_moves_canada_day_and_the_fete_nationale_from_sunday_to_monday() {
    // 2029: 24 June and 1 July are Sundays.
    assertThat(of(Province.QC, 2029))
        .containsEntry("Fête nationale (Saint-Jean-Baptiste)", d(2029, 6, 25))
        .containsEntry("Canada Day", d(2029, 7, 2));
    assertThat(ObservedHolidays.of(HolidayRules.of(Province.QC), 2029).dates())
        .contains(d(2029, 6, 24), d(2029, 6, 25), d(2029, 7, 1), d(2029, 7, 2));
  }

  @Test
  void far_year_2099_follows_easter_and_the_mondays() {
    assertThat(federal(2099))
        .isEqualTo(
            days(
                "New Year's Day", d(2099, 1, 1),
                "Good Friday", d(2099, 4, 10),
                "Victoria Day", d(2099, 5, 18),
                "Canada Day", d(2099, 7, 1),
                "Labour Day", d(2099, 9, 7),
                "National Day for Truth and Reconciliation", d(2099, 9, 30),
                "Thanksgiving", d(2099, 10, 12),
                "Remembrance Day", d(2099, 11, 11),
                "Christmas Day", d(2099, 12, 25),
                "Boxing Day", d(2099, 12, 28)));
    assertThat(of(Province.MB, 2099)).containsEntry("Louis Riel Day", d(2099, 2, 16));
    assertThat(of(Province.SK, 2099)).containsEntry("Saskatchewan Day", d(2099, 8, 3));
    assertThat(of(Province.QC, 2099))
        .containsEntry("Journée nationale des patriotes", d(2099, 5, 18));
  }

  @Test
  void a_day_created_later_is_not_kept_before_it() {
    assertThat(of(Province.BC, 2022))
        .doesNotContainKey("National Day for Truth and Reconciliation");
    assertThat(of(Province.BC, 2023))
        .containsEntry("National Day for Truth and Reconciliation", d(2023, 10, 2));
    assertThat(federal(2020)).doesNotContainKey("National Day for Truth and Reconciliation");
  }

  @Test
  void
      manitoba_keeps_truth_and_reconciliation_from_2024_as_its_act_was_assented_in_december_2023() {
    // S.M. 2023, c. 50, assented to 7 December 2023: 30 September 2023 had passed.
    assertThat(of(Province.MB, 2023))
        .doesNotContainKey("National Day for Truth and Reconciliation");
    assertThat(of(Province.MB, 2024))
        .containsEntry("National Day for Truth and Reconciliation", d(2024, 9, 30));
  }

  @Test
  void nova_scotia_2026_has_heritage_day_and_remembrance_day_but_no_victoria_day_or_thanksgiving() {
    assertThat(of(Province.NS, 2026))
        .isEqualTo(
            days(
                "New Year's Day", d(2026, 1, 1),
                "Nova Scotia Heritage Day", d(2026, 2, 16),
                "Good Friday", d(2026, 4, 3),
                "Canada Day", d(2026, 7, 1),
                "Labour Day", d(2026, 9, 7),
                "Remembrance Day", d(2026, 11, 11),
                "Christmas Day", d(2026, 12, 25)));
  }

  @Test
  void nova_scotia_2027_closes_on_remembrance_day_and_observes_christmas_on_monday_27() {
    assertThat(of(Province.NS, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Nova Scotia Heritage Day", d(2027, 2, 15),
                "Good Friday", d(2027, 3, 26),
                "Canada Day", d(2027, 7, 1),
                "Labour Day", d(2027, 9, 6),
                "Remembrance Day", d(2027, 11, 11),
                "Christmas Day", d(2027, 12, 27)));
  }

  @Test
  void nova_scotia_2028_keeps_the_saturday_remembrance_day_and_observes_it_on_monday_13() {
    assertThat(of(Province.NS, 2028))
        .isEqualTo(
            days(
                "New Year's Day", d(2028, 1, 3),
                "Nova Scotia Heritage Day", d(2028, 2, 21),
                "Good Friday", d(2028, 4, 14),
                "Canada Day", d(2028, 7, 3),
                "Labour Day", d(2028, 9, 4),
                "Remembrance Day", d(2028, 11, 13),
                "Christmas Day", d(2028, 12, 25)));
    assertThat(ObservedHolidays.of(HolidayRules.of(Province.NS), 2028).dates())
        .contains(d(2028, 11, 11), d(2028, 11, 13), d(2028, 7, 1));
  }

  @Test
  void
      new_brunswick_2027_has_its_eight_paid_holidays_without_victoria_day_thanksgiving_or_truth_and_reconciliation() {
    assertThat(of(Province.NB, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Family Day", d(2027, 2, 15),
                "Good Friday", d(2027, 3, 26),
                "Canada Day", d(2027, 7, 1),
                "New Brunswick Day", d(2027, 8, 2),
                "Labour Day", d(2027, 9, 6),
                "Remembrance Day", d(2027, 11, 11),
                "Christmas Day", d(2027, 12, 27)));
  }

  @Test
  void newfoundland_2027_has_only_the_six_labour_standards_act_holidays() {
    assertThat(of(Province.NL, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Good Friday", d(2027, 3, 26),
                "Canada Day", d(2027, 7, 1),
                "Labour Day", d(2027, 9, 6),
                "Remembrance Day", d(2027, 11, 11),
                "Christmas Day", d(2027, 12, 27)));
  }

  @Test
  void nunavut_2027_has_nunavut_day_and_the_civic_holiday_but_no_boxing_day() {
    assertThat(of(Province.NU, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Good Friday", d(2027, 3, 26),
                "Victoria Day", d(2027, 5, 24),
                "Canada Day", d(2027, 7, 1),
                "Nunavut Day", d(2027, 7, 9),
                "Civic Holiday", d(2027, 8, 2),
                "Labour Day", d(2027, 9, 6),
                "National Day for Truth and Reconciliation", d(2027, 9, 30),
                "Thanksgiving", d(2027, 10, 11),
                "Remembrance Day", d(2027, 11, 11),
                "Christmas Day", d(2027, 12, 27)));
  }

  @Test
  void nunavut_2028_observes_the_sunday_nunavut_day_on_monday_10() {
    assertThat(of(Province.NU, 2028))
        .isEqualTo(
            days(
                "New Year's Day", d(2028, 1, 3),
                "Good Friday", d(2028, 4, 14),
                "Victoria Day", d(2028, 5, 22),
                "Canada Day", d(2028, 7, 3),
                "Nunavut Day", d(2028, 7, 10),
                "Civic Holiday", d(2028, 8, 7),
                "Labour Day", d(2028, 9, 4),
                "National Day for Truth and Reconciliation", d(2028, 10, 2),
                "Thanksgiving", d(2028, 10, 9),
                "Remembrance Day", d(2028, 11, 13),
                "Christmas Day", d(2028, 12, 25)));
  }

  @Test
  void
      prince_edward_island_2027_has_islander_day_and_truth_and_reconciliation_but_no_victoria_day() {
    assertThat(of(Province.PE, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Islander Day", d(2027, 2, 15),
                "Good Friday", d(2027, 3, 26),
                "Canada Day", d(2027, 7, 1),
                "Labour Day", d(2027, 9, 6),
                "National Day for Truth and Reconciliation", d(2027, 9, 30),
                "Remembrance Day", d(2027, 11, 11),
                "Christmas Day", d(2027, 12, 27)));
  }

  @Test
  void northwest_territories_2027_has_indigenous_peoples_day_and_the_first_monday_of_august() {
    assertThat(of(Province.NT, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Good Friday", d(2027, 3, 26),
                "Victoria Day", d(2027, 5, 24),
                "National Indigenous Peoples Day", d(2027, 6, 21),
                "Canada Day", d(2027, 7, 1),
                "Civic Holiday", d(2027, 8, 2),
                "Labour Day", d(2027, 9, 6),
                "National Day for Truth and Reconciliation", d(2027, 9, 30),
                "Thanksgiving", d(2027, 10, 11),
                "Remembrance Day", d(2027, 11, 11),
                "Christmas Day", d(2027, 12, 27)));
  }

  @Test
  void yukon_2027_has_discovery_day_on_the_third_monday_of_august_and_no_boxing_day() {
    assertThat(of(Province.YT, 2027))
        .isEqualTo(
            days(
                "New Year's Day", d(2027, 1, 1),
                "Good Friday", d(2027, 3, 26),
                "Victoria Day", d(2027, 5, 24),
                "National Indigenous Peoples Day", d(2027, 6, 21),
                "Canada Day", d(2027, 7, 1),
                "Discovery Day", d(2027, 8, 16),
                "Labour Day", d(2027, 9, 6),
                "National Day for Truth and Reconciliation", d(2027, 9, 30),
                "Thanksgiving", d(2027, 10, 11),
                "Remembrance Day", d(2027, 11, 11),
                "Christmas Day", d(2027, 12, 27)));
  }
}
