package com.oom.core.sms;

import static com.oom.core.testing.Theories.qt;
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
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever the window, zone, day (weekends, holidays, DST changes) and lead: the time frame goes
 * out at an allowed instant, not after window start − lead, and no allowed minute lies between the
 * two (it is the latest allowed).
 */
class TimeFrameTimingProperties {
  private static final Predicate<LocalDate> FEDERAL_HOLIDAY =
      CanadianFederalHolidays.defaults()::contains;
  private static final QuietHours QUIET_HOURS = QuietHours.defaults();
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/Winnipeg"), ZoneId.of("America/Regina"), ZoneId.of("America/Toronto"));
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

  @Test
  void the_time_frame_goes_out_at_the_latest_allowed_instant_at_or_before_start_minus_lead() {
    qt(1000)
        .forAll(appointments(), SourceDSL.arbitrary().pick(ZONES), leads())
        .checkAssert(
            (appointment, zone, lead) -> {
              Instant latest = TimeFrameTiming.windowStart(appointment, zone).minus(lead);

              Instant sendAt =
                  new TimeFrameTiming(QUIET_HOURS, lead, Duration.ofMinutes(5))
                      .sendAt(appointment, zone, FEDERAL_HOLIDAY)
                      .orElseThrow();

              assertThat(QUIET_HOURS.allows(sendAt, zone, FEDERAL_HOLIDAY)).isTrue();
              assertThat(sendAt).isBeforeOrEqualTo(latest);
              for (Instant minute = sendAt.plus(Duration.ofMinutes(1));
                  !minute.isAfter(latest);
                  minute = minute.plus(Duration.ofMinutes(1))) {
                assertThat(QUIET_HOURS.allows(minute, zone, FEDERAL_HOLIDAY))
                    .as("%s is allowed, after %s and not after %s", minute, sendAt, latest)
                    .isFalse();
              }
            });
  }

  /** Deliveries over 2026–2027, starting on any quarter hour, one to four hours long. */
  private static Gen<Appointment> appointments() {
    Gen<LocalDate> days = SourceDSL.integers().between(0, 729).map(d -> FROM.plusDays(d));
    Gen<Integer> quarters = SourceDSL.integers().between(0, 19 * 4);
    Gen<Integer> hours = SourceDSL.integers().between(1, 4);
    return days.zip(
        quarters,
        hours,
        (day, quarter, length) -> {
          LocalTime start = LocalTime.of(0, 0).plusMinutes(15L * quarter);
          return new Appointment(day, start, start.plusHours(length), AppointmentKind.DELIVERY);
        });
  }

  private static Gen<Duration> leads() {
    return SourceDSL.integers().between(0, 180).map(minutes -> Duration.ofMinutes(minutes));
  }
}
