package com.oom.core.sms;

import static com.oom.core.testing.Orders.local;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.time.CanadianFederalHolidays;
import com.oom.core.time.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TimeFrameTimingTest {
  private static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");
  private static final ZoneId REGINA = ZoneId.of("America/Regina");
  private static final Predicate<LocalDate> FEDERAL_HOLIDAY =
      CanadianFederalHolidays.defaults()::contains;

  private final TimeFrameTiming timing =
      new TimeFrameTiming(QuietHours.defaults(), Duration.ofHours(1), Duration.ofMinutes(5));

  private static Appointment delivery(String date, int startHour, int endHour) {
    return new Appointment(
        LocalDate.parse(date),
        LocalTime.of(startHour, 0),
        LocalTime.of(endHour, 0),
        AppointmentKind.DELIVERY);
  }

  private Instant sendAt(Appointment appointment, ZoneId zone) {
    return timing.sendAt(appointment, zone, FEDERAL_HOLIDAY).orElseThrow();
  }

  @Test
  void a_weekday_afternoon_window_is_texted_one_hour_before_it_opens() {
    assertThat(sendAt(delivery("2026-12-08", 13, 17), WINNIPEG))
        .isEqualTo(local("2026-12-08T12:00", WINNIPEG));
  }

  @Test
  void a_ten_oclock_weekday_window_is_texted_when_quiet_hours_end() {
    assertThat(sendAt(delivery("2026-12-08", 10, 14), WINNIPEG))
        .isEqualTo(local("2026-12-08T09:00", WINNIPEG));
  }

  @Test
  void an_eight_oclock_window_is_texted_the_weekday_evening_before_at_the_last_allowed_minute() {
    // Tuesday 08:00: Monday evening, 20:59 (exactly 21:00 is quiet)
    assertThat(sendAt(delivery("2026-12-08", 8, 12), WINNIPEG))
        .isEqualTo(local("2026-12-07T20:59", WINNIPEG));
  }

  @Test
  void an_eight_oclock_monday_window_is_texted_on_sunday_evening_at_weekend_hours() {
    assertThat(sendAt(delivery("2026-12-07", 8, 12), WINNIPEG))
        .isEqualTo(local("2026-12-06T17:59", WINNIPEG));
  }

  @Test
  void a_window_the_morning_after_a_holiday_is_texted_at_the_holidays_weekend_close() {
    // Christmas Day 2026 is a Friday, with weekend hours; Saturday 09:00 window
    assertThat(sendAt(delivery("2026-12-26", 9, 13), WINNIPEG))
        .isEqualTo(local("2026-12-25T17:59", WINNIPEG));
  }

  @Test
  void a_ten_oclock_saturday_window_is_texted_friday_evening() {
    // a weekend window opens at 10:00: 09:00 is quiet on Saturday, so Friday 20:59
    assertThat(sendAt(delivery("2026-12-12", 10, 14), WINNIPEG))
        .isEqualTo(local("2026-12-11T20:59", WINNIPEG));
  }

  @Test
  void an_early_window_on_the_spring_forward_day_is_texted_the_evening_before_in_standard_time() {
    // Sunday 2026-03-08, clocks go 02:00 -> 03:00 in Winnipeg; Saturday 17:59 CST
    assertThat(sendAt(delivery("2026-03-08", 8, 12), WINNIPEG))
        .isEqualTo(Instant.parse("2026-03-07T23:59:00Z"));
    // the afternoon window that day is in daylight time: 12:00 CDT
    assertThat(sendAt(delivery("2026-03-08", 13, 17), WINNIPEG))
        .isEqualTo(Instant.parse("2026-03-08T17:00:00Z"));
  }

  @Test
  void an_early_window_the_day_after_fall_back_is_texted_on_the_fall_back_evening() {
    // Sunday 2026-11-01, clocks go 02:00 -> 01:00; Monday 08:00 window: Sunday 17:59 CST
    assertThat(sendAt(delivery("2026-11-02", 8, 12), WINNIPEG))
        .isEqualTo(Instant.parse("2026-11-01T23:59:00Z"));
  }

  @Test
  void regina_has_no_daylight_saving_time() {
    assertThat(sendAt(delivery("2026-03-10", 8, 12), REGINA))
        .isEqualTo(Instant.parse("2026-03-10T02:59:00Z"));
    assertThat(sendAt(delivery("2026-07-14", 13, 17), REGINA))
        .isEqualTo(Instant.parse("2026-07-14T18:00:00Z"));
  }

  @Test
  void a_technician_visit_gets_a_time_frame_and_a_pick_up_does_not() {
    Appointment technician =
        new Appointment(
            LocalDate.parse("2026-12-08"),
            LocalTime.of(13, 0),
            LocalTime.of(17, 0),
            AppointmentKind.TECHNICIAN);
    Appointment pickUp =
        new Appointment(
            LocalDate.parse("2026-12-08"),
            LocalTime.of(13, 0),
            LocalTime.of(17, 0),
            AppointmentKind.PICKUP);

    assertThat(timing.sendAt(technician, WINNIPEG, FEDERAL_HOLIDAY))
        .contains(local("2026-12-08T12:00", WINNIPEG));
    assertThat(timing.sendAt(pickUp, WINNIPEG, FEDERAL_HOLIDAY)).isEmpty();
  }

  @Test
  void the_timer_requests_it_one_sweep_period_ahead_so_the_run_that_does_is_never_late() {
    assertThat(timing.requestFrom(delivery("2026-12-08", 8, 12), WINNIPEG, FEDERAL_HOLIDAY))
        .contains(local("2026-12-07T20:54", WINNIPEG));
    assertThat(
            timing.requestFrom(
                new Appointment(
                    LocalDate.parse("2026-12-08"),
                    LocalTime.of(13, 0),
                    LocalTime.of(17, 0),
                    AppointmentKind.PICKUP),
                WINNIPEG,
                FEDERAL_HOLIDAY))
        .isEmpty();
  }

  @Test
  void the_lead_is_configurable() {
    TimeFrameTiming twoHours =
        new TimeFrameTiming(QuietHours.defaults(), Duration.ofHours(2), Duration.ZERO);

    assertThat(twoHours.sendAt(delivery("2026-12-08", 13, 17), WINNIPEG, FEDERAL_HOLIDAY))
        .contains(local("2026-12-08T11:00", WINNIPEG));
  }
}
