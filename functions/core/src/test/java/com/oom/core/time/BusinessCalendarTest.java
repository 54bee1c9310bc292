package com.oom.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  private static final ZoneId REGINA = ZoneId.of("America/Regina");

  private static final LocalDate SATURDAY_BEFORE_VICTORIA_DAY = LocalDate.of(2026, 5, 16);
  private static final LocalDate SUNDAY_BEFORE_VICTORIA_DAY = LocalDate.of(2026, 5, 17);
  private static final LocalDate VICTORIA_DAY = LocalDate.of(2026, 5, 18);
  private static final LocalDate TUESDAY_AFTER_VICTORIA_DAY = LocalDate.of(2026, 5, 19);

  private final BusinessCalendar winnipeg = BusinessCalendar.standard("101", WINNIPEG);

  @Test
  void standard_calendar_opens_weekdays_nine_to_nine_saturday_nine_to_six_and_never_sunday() {
    OpeningHours weekday = new OpeningHours(LocalTime.of(9, 0), LocalTime.of(21, 0));

    assertThat(winnipeg.openingHours())
        .hasSize(6)
        .containsEntry(DayOfWeek.MONDAY, weekday)
        .containsEntry(DayOfWeek.FRIDAY, weekday)
        .containsEntry(
            DayOfWeek.SATURDAY, new OpeningHours(LocalTime.of(9, 0), LocalTime.of(18, 0)))
        .doesNotContainKey(DayOfWeek.SUNDAY);
    assertThat(winnipeg.holidays()).isEqualTo(Holidays.federal());
    assertThat(winnipeg.holidays().datesIn(2026)).isEqualTo(CanadianFederalHolidays.forYear(2026));
  }

  @Test
  void holiday_monday_is_not_a_business_day() {
    assertThat(winnipeg.isHoliday(VICTORIA_DAY)).isTrue();
    assertThat(winnipeg.isBusinessDay(VICTORIA_DAY)).isFalse();
  }

  @Test
  void sunday_is_closed_without_being_a_holiday() {
    assertThat(winnipeg.isHoliday(SUNDAY_BEFORE_VICTORIA_DAY)).isFalse();
    assertThat(winnipeg.isBusinessDay(SUNDAY_BEFORE_VICTORIA_DAY)).isFalse();
  }

  @Test
  void ordinary_saturday_is_a_business_day() {
    assertThat(winnipeg.isBusinessDay(SATURDAY_BEFORE_VICTORIA_DAY)).isTrue();
  }

  @Test
  void next_business_day_after_saturday_skips_sunday_and_holiday_monday() {
    assertThat(winnipeg.nextBusinessDay(SATURDAY_BEFORE_VICTORIA_DAY))
        .isEqualTo(TUESDAY_AFTER_VICTORIA_DAY);
  }

  @Test
  void next_business_day_is_strictly_after_a_business_day() {
    assertThat(winnipeg.nextBusinessDay(TUESDAY_AFTER_VICTORIA_DAY))
        .isEqualTo(LocalDate.of(2026, 5, 20));
  }

  @Test
  void next_business_day_after_christmas_eve_2026_skips_to_tuesday_29th() {
    assertThat(winnipeg.nextBusinessDay(LocalDate.of(2026, 12, 24)))
        .isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void business_day_on_or_after_keeps_a_business_day_and_moves_a_closed_one() {
    assertThat(winnipeg.businessDayOnOrAfter(TUESDAY_AFTER_VICTORIA_DAY))
        .isEqualTo(TUESDAY_AFTER_VICTORIA_DAY);
    assertThat(winnipeg.businessDayOnOrAfter(SUNDAY_BEFORE_VICTORIA_DAY))
        .isEqualTo(TUESDAY_AFTER_VICTORIA_DAY);
  }

  @Test
  void store_that_never_opens_has_no_next_business_day() {
    BusinessCalendar closed = new BusinessCalendar("999", WINNIPEG, Map.of(), Set.of());

    assertThatIllegalStateException()
        .isThrownBy(() -> closed.nextBusinessDay(VICTORIA_DAY))
        .withMessageContaining("store 999 has no business day within 366 days");
  }

  @Test
  void winnipeg_business_day_boundaries_follow_the_spring_forward_week() {
    LocalDate fridayBefore = LocalDate.of(2027, 3, 12);
    LocalDate saturdayBefore = LocalDate.of(2027, 3, 13);
    LocalDate mondayAfter = LocalDate.of(2027, 3, 15);

    assertThat(winnipeg.startOfBusinessDay(fridayBefore))
        .isEqualTo(Instant.parse("2027-03-12T15:00:00Z"));
    assertThat(winnipeg.endOfBusinessDay(fridayBefore))
        .isEqualTo(Instant.parse("2027-03-13T03:00:00Z"));
    assertThat(winnipeg.endOfBusinessDay(saturdayBefore))
        .isEqualTo(Instant.parse("2027-03-14T00:00:00Z"));
    assertThat(winnipeg.startOfBusinessDay(mondayAfter))
        .isEqualTo(Instant.parse("2027-03-15T14:00:00Z"));
    assertThat(winnipeg.endOfBusinessDay(mondayAfter))
        .isEqualTo(Instant.parse("2027-03-16T02:00:00Z"));
  }

  @Test
  void toronto_business_day_boundaries_follow_the_fall_back_week() {
    BusinessCalendar toronto = BusinessCalendar.standard("202", TORONTO);

    assertThat(toronto.startOfBusinessDay(LocalDate.of(2026, 10, 31)))
        .isEqualTo(Instant.parse("2026-10-31T13:00:00Z"));
    assertThat(toronto.endOfBusinessDay(LocalDate.of(2026, 10, 31)))
        .isEqualTo(Instant.parse("2026-10-31T22:00:00Z"));
    assertThat(toronto.startOfBusinessDay(LocalDate.of(2026, 11, 2)))
        .isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
    assertThat(toronto.endOfBusinessDay(LocalDate.of(2026, 11, 2)))
        .isEqualTo(Instant.parse("2026-11-03T02:00:00Z"));
  }

  @Test
  void regina_business_day_boundaries_do_not_move_across_the_spring_forward_week() {
    BusinessCalendar regina = BusinessCalendar.standard("303", REGINA);

    assertThat(regina.startOfBusinessDay(LocalDate.of(2027, 3, 12)))
        .isEqualTo(Instant.parse("2027-03-12T15:00:00Z"));
    assertThat(regina.startOfBusinessDay(LocalDate.of(2027, 3, 15)))
        .isEqualTo(Instant.parse("2027-03-15T15:00:00Z"));
    assertThat(regina.endOfBusinessDay(LocalDate.of(2027, 3, 15)))
        .isEqualTo(Instant.parse("2027-03-16T03:00:00Z"));
  }

  @Test
  void start_and_end_of_business_day_reject_a_closed_day() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> winnipeg.startOfBusinessDay(VICTORIA_DAY))
        .withMessage("2026-05-18 is not a business day for store 101");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> winnipeg.endOfBusinessDay(SUNDAY_BEFORE_VICTORIA_DAY))
        .withMessage("2026-05-17 is not a business day for store 101");
  }

  @Test
  void today_near_midnight_utc_depends_on_the_store_zone() {
    Instant halfPastFourUtc = Instant.parse("2026-06-02T04:30:00Z");

    assertThat(BusinessCalendar.standard("202", TORONTO).today(halfPastFourUtc))
        .isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(winnipeg.today(halfPastFourUtc)).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(BusinessCalendar.standard("303", REGINA).today(halfPastFourUtc))
        .isEqualTo(LocalDate.of(2026, 6, 1));
  }

  @Test
  void with_holidays_replaces_the_holidays_and_leaves_the_original_alone() {
    BusinessCalendar noHolidays = winnipeg.withHolidays(Set.of());

    assertThat(noHolidays.isBusinessDay(VICTORIA_DAY)).isTrue();
    assertThat(noHolidays.openingHours()).isEqualTo(winnipeg.openingHours());
    assertThat(winnipeg.isBusinessDay(VICTORIA_DAY)).isFalse();
  }

  @Test
  void later_changes_to_the_given_collections_do_not_reach_the_calendar() {
    Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
    hours.put(DayOfWeek.MONDAY, new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    Set<LocalDate> holidays = new HashSet<>();
    BusinessCalendar calendar = new BusinessCalendar("101", WINNIPEG, hours, holidays);

    hours.put(DayOfWeek.SUNDAY, new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    holidays.add(LocalDate.of(2026, 5, 25));

    assertThat(calendar.isBusinessDay(SUNDAY_BEFORE_VICTORIA_DAY)).isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 5, 25))).isTrue();
    assertThat(calendar.holidays().datesIn(2026)).isEmpty();
    assertThatThrownBy(() -> calendar.openingHours().remove(DayOfWeek.MONDAY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_missing_or_blank_arguments() {
    assertThatNullPointerException()
        .isThrownBy(() -> BusinessCalendar.standard("101", null))
        .withMessage("zone must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new BusinessCalendar(null, WINNIPEG, Map.of(), Set.of()))
        .withMessage("storeId must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BusinessCalendar.standard(" ", WINNIPEG))
        .withMessage("storeId must not be blank");
    assertThatNullPointerException()
        .isThrownBy(() -> winnipeg.withHolidays((Set<LocalDate>) null))
        .withMessage("holidays must not be null");
  }
}
