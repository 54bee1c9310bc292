package com.oom.core.time;

import static com.oom.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * No year between 2026 and 2100 makes a store lose a holiday its province (or, without one, the
 * federal jurisdiction) observes: every rule yields exactly one observed day, in that year, on its
 * own date or the weekday after it, distinct from every other rule's, and the store's calendar
 * answers it as a holiday that is not a business day.
 */
class HolidayYearsProperties {

  private static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");
  private static final int FIRST_YEAR = 2026;
  private static final int LAST_YEAR = 2100;

  /** Empty for the federal jurisdiction. */
  private static final Gen<Optional<Province>> JURISDICTIONS =
      SourceDSL.integers()
          .between(0, Province.values().length)
          .map(i -> i == 0 ? Optional.empty() : Optional.of(Province.values()[i - 1]));

  private static final Gen<Integer> YEARS = SourceDSL.integers().between(FIRST_YEAR, LAST_YEAR);

  @Test
  void every_rule_of_every_jurisdiction_is_observed_once_in_every_year() {
    qt(2_000).forAll(JURISDICTIONS, YEARS).checkAssert(HolidayYearsProperties::keepsEveryHoliday);
  }

  @Test
  void exhaustively_for_every_year_2026_to_2100_and_every_jurisdiction() {
    List<Optional<Province>> jurisdictions = new ArrayList<>();
    jurisdictions.add(Optional.empty());
    for (Province province : Province.values()) {
      jurisdictions.add(Optional.of(province));
    }
    for (Optional<Province> jurisdiction : jurisdictions) {
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        keepsEveryHoliday(jurisdiction, year);
      }
    }
  }

  private static void keepsEveryHoliday(Optional<Province> province, int year) {
    List<HolidayRule> rules =
        province.map(HolidayRules::of).orElseGet(HolidayRules::federal).stream()
            .filter(rule -> rule.appliesIn(year))
            .toList();
    BusinessCalendar store =
        province
            .map(p -> BusinessCalendar.standard("101", WINNIPEG, p))
            .orElseGet(() -> BusinessCalendar.standard("101", WINNIPEG));
    ObservedHolidays observed = store.holidays().inYear(year);
    String where = province.map(Province::code).orElse("federal") + " " + year;

    assertThat(observed.observed()).as(where).hasSize(rules.size());
    Set<LocalDate> distinct = new HashSet<>();
    for (HolidayRule rule : rules) {
      LocalDate own = rule.dateIn(year);
      LocalDate day = observed.observed().get(rule.name());
      String what = where + " " + rule.name();
      assertThat(day).as(what).isNotNull();
      assertThat(day.getYear()).as(what).isEqualTo(year);
      assertThat(day).as(what).isBetween(own, own.plusDays(3));
      assertThat(distinct.add(day)).as(what + " shares its day " + day).isTrue();
      assertThat(store.isHoliday(day)).as(what).isTrue();
      assertThat(store.isHoliday(own)).as(what + " own date").isTrue();
      assertThat(store.isBusinessDay(day)).as(what).isFalse();
      if (rule.substitution() == HolidaySubstitution.NEXT_FREE_WEEKDAY) {
        assertThat(day.getDayOfWeek()).as(what).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      }
    }
  }
}
