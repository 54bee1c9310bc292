package com.oom.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulesTest {
  @Test
  void consecutiveDaysBecomeARange() {
    assertThat(
            Schedules.cronDays(
                List.of(
                    DayOfWeek.FRIDAY,
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY)))
        .isEqualTo("MON-FRI");
  }

  @Test
  void scatteredOrFewDaysAreListed() {
    assertThat(Schedules.cronDays(List.of(DayOfWeek.SATURDAY))).isEqualTo("SAT");
    assertThat(Schedules.cronDays(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)))
        .isEqualTo("MON,WED");
  }
}
