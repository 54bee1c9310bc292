package com.oom.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** From 2028 on the store calendars still keep their holidays (they once stopped after 2027). */
class BusinessCalendarAnyYearTest {

  private static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  private static final LocalDate CHRISTMAS_2028 = LocalDate.of(2028, 12, 25);

  @Test
  void christmas_2028_is_not_a_business_day_for_a_store_without_a_province() {
    BusinessCalendar federal = BusinessCalendar.standard("101", WINNIPEG);

    assertThat(federal.isHoliday(CHRISTMAS_2028)).isTrue();
    assertThat(federal.isBusinessDay(CHRISTMAS_2028)).isFalse();
    assertThat(federal.isBusinessDay(LocalDate.of(2028, 12, 26))).isFalse(); // Boxing Day
    assertThat(federal.nextBusinessDay(LocalDate.of(2028, 12, 23)))
        .isEqualTo(LocalDate.of(2028, 12, 27));
    assertThat(federal.isBusinessDay(LocalDate.of(2028, 12, 27))).isTrue();
  }

  @Test
  void a_manitoba_store_opens_on_boxing_day_2028_and_closes_on_louis_riel_day() {
    BusinessCalendar manitoba = BusinessCalendar.standard("101", WINNIPEG, Province.MB);

    assertThat(manitoba.isBusinessDay(CHRISTMAS_2028)).isFalse();
    assertThat(manitoba.isBusinessDay(LocalDate.of(2028, 12, 26))).isTrue();
    assertThat(manitoba.isBusinessDay(LocalDate.of(2028, 2, 21))).isFalse();
    assertThat(manitoba.nextBusinessDay(LocalDate.of(2028, 2, 19)))
        .isEqualTo(LocalDate.of(2028, 2, 22));
  }

  @Test
  void an_ontario_store_counts_family_day_and_boxing_day_in_2100() {
    BusinessCalendar ontario = BusinessCalendar.standard("303", TORONTO, Province.ON);

    assertThat(ontario.isHoliday(LocalDate.of(2100, 2, 15))).isTrue(); // third Monday
    // Christmas 2100 is a Saturday: observed Monday 27, Boxing Day (Sunday) Tuesday 28.
    assertThat(ontario.isHoliday(LocalDate.of(2100, 12, 25))).isTrue();
    assertThat(ontario.isBusinessDay(LocalDate.of(2100, 12, 27))).isFalse();
    assertThat(ontario.isBusinessDay(LocalDate.of(2100, 12, 28))).isFalse();
    assertThat(ontario.isBusinessDay(LocalDate.of(2100, 12, 29))).isTrue();
  }

  @Test
  void business_time_skips_a_2028_holiday() {
    BusinessCalendar federal = BusinessCalendar.standard("101", WINNIPEG);
    // Friday 22 December 2028, 20:00 Winnipeg (CST, UTC-6); Christmas and Boxing Day are closed.
    Instant friday = Instant.parse("2028-12-23T02:00:00Z");

    assertThat(federal.plusBusinessTime(friday, Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2028-12-23T16:00:00Z")); // Saturday 10:00
    assertThat(federal.nextBusinessMorning(LocalDate.of(2028, 12, 23)))
        .isEqualTo(Instant.parse("2028-12-27T15:00:00Z")); // Wednesday 09:00
  }

  @Test
  void the_store_can_add_or_remove_a_day() {
    BusinessCalendar store =
        BusinessCalendar.standard("101", WINNIPEG, Province.MB)
            .withHolidayAdded(LocalDate.of(2028, 12, 27))
            .withHolidayRemoved(LocalDate.of(2028, 11, 13));

    assertThat(store.isBusinessDay(LocalDate.of(2028, 12, 27))).isFalse();
    assertThat(store.isBusinessDay(LocalDate.of(2028, 11, 13))).isTrue();
    assertThat(store.nextBusinessDay(LocalDate.of(2028, 12, 23)))
        .isEqualTo(LocalDate.of(2028, 12, 26));
  }
}
