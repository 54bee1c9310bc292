package com.oom.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class QuietHoursLatestAllowedTest {

  private static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");
  private static final ZoneId REGINA = ZoneId.of("America/Regina");
  private static final Predicate<LocalDate> FEDERAL_HOLIDAY =
      CanadianFederalHolidays.defaults()::contains;

  private final QuietHours quietHours = QuietHours.defaults();

  private static Instant local(String localDateTime, ZoneId zone) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
  }

  private Instant latest(String localDateTime, ZoneId zone) {
    return quietHours.latestAllowedAtOrBefore(local(localDateTime, zone), zone, FEDERAL_HOLIDAY);
  }

  @Test
  void an_allowed_instant_is_its_own_latest_allowed() {
    assertThat(latest("2026-12-08T12:00", WINNIPEG)).isEqualTo(local("2026-12-08T12:00", WINNIPEG));
    assertThat(latest("2026-12-08T09:00", WINNIPEG)).isEqualTo(local("2026-12-08T09:00", WINNIPEG));
  }

  @Test
  void before_a_weekday_window_opens_it_is_the_last_minute_of_the_evening_before() {
    // Tuesday 07:00: Monday's window closed at 21:00, exactly 21:00 is quiet
    assertThat(latest("2026-12-08T07:00", WINNIPEG)).isEqualTo(local("2026-12-07T20:59", WINNIPEG));
  }

  @Test
  void exactly_the_end_of_a_window_is_quiet_so_the_minute_before_is_the_latest() {
    assertThat(latest("2026-12-08T21:00", WINNIPEG)).isEqualTo(local("2026-12-08T20:59", WINNIPEG));
    assertThat(latest("2026-12-08T23:30", WINNIPEG)).isEqualTo(local("2026-12-08T20:59", WINNIPEG));
  }

  @Test
  void after_a_weekend_evening_it_is_the_last_minute_before_six() {
    // Monday 07:00: Sunday's weekend window closed at 18:00
    assertThat(latest("2026-12-07T07:00", WINNIPEG)).isEqualTo(local("2026-12-06T17:59", WINNIPEG));
    // Sunday 09:00 (weekend window opens at 10:00): Saturday's closed at 18:00
    assertThat(latest("2026-12-06T09:00", WINNIPEG)).isEqualTo(local("2026-12-05T17:59", WINNIPEG));
  }

  @Test
  void a_holiday_evening_closes_at_weekend_hours() {
    // Christmas Day 2026 is a Friday holiday: Saturday 08:00 looks back to Friday 17:59
    assertThat(latest("2026-12-26T08:00", WINNIPEG)).isEqualTo(local("2026-12-25T17:59", WINNIPEG));
    // the morning after Christmas Eve (a Thursday, weekday hours) but before 10:00 on the holiday
    assertThat(latest("2026-12-25T09:30", WINNIPEG)).isEqualTo(local("2026-12-24T20:59", WINNIPEG));
  }

  @Test
  void across_spring_forward_the_evening_before_is_in_standard_time() {
    // 2026-03-08 is the spring-forward Sunday in Winnipeg (02:00 -> 03:00)
    Instant latest = latest("2026-03-08T08:00", WINNIPEG);
    assertThat(latest).isEqualTo(local("2026-03-07T17:59", WINNIPEG));
    assertThat(latest).isEqualTo(Instant.parse("2026-03-07T23:59:00Z"));
  }

  @Test
  void across_fall_back_the_evening_before_is_in_daylight_time() {
    // 2026-11-01 is the fall-back Sunday in Winnipeg (02:00 -> 01:00)
    Instant latest = latest("2026-11-01T08:00", WINNIPEG);
    assertThat(latest).isEqualTo(Instant.parse("2026-10-31T22:59:00Z"));
    assertThat(latest("2026-11-02T08:00", WINNIPEG))
        .isEqualTo(Instant.parse("2026-11-01T23:59:00Z"));
  }

  @Test
  void regina_keeps_standard_time_all_year() {
    // UTC-6 before and after the days Winnipeg changes: Monday 20:59 is 02:59Z on Tuesday
    assertThat(latest("2026-03-10T08:00", REGINA)).isEqualTo(Instant.parse("2026-03-10T02:59:00Z"));
    assertThat(latest("2026-11-03T08:00", REGINA)).isEqualTo(Instant.parse("2026-11-03T02:59:00Z"));
    // the spring-forward Sunday elsewhere is an ordinary weekend day here
    assertThat(latest("2026-03-09T08:00", REGINA)).isEqualTo(Instant.parse("2026-03-08T23:59:00Z"));
  }

  @Test
  void the_answer_is_never_after_the_instant_asked_about() {
    Instant at = local("2026-12-08T21:00", WINNIPEG).plusSeconds(30);
    assertThat(quietHours.latestAllowedAtOrBefore(at, WINNIPEG, FEDERAL_HOLIDAY)).isBefore(at);
    assertThat(
            new QuietHours(
                    LocalTime.of(9, 0),
                    LocalTime.of(9, 1),
                    LocalTime.of(10, 0),
                    LocalTime.of(10, 1))
                .latestAllowedAtOrBefore(
                    local("2026-12-08T09:01", WINNIPEG), WINNIPEG, FEDERAL_HOLIDAY))
        .isEqualTo(local("2026-12-08T09:00", WINNIPEG));
  }
}
