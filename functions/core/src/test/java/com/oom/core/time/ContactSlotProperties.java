package com.oom.core.time;

import static com.oom.core.testing.Theories.qt;
import static com.oom.core.time.TimeGenerators.FEDERAL_HOLIDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ContactSlotProperties {

  private static final SlotBoundaries DEFAULTS = SlotBoundaries.defaults();

  @Test
  void every_instant_gets_a_slot_and_it_is_weekend_exactly_on_saturdays_sundays_and_holidays() {
    qt(1000)
        .forAll(TimeGenerators.instants(), TimeGenerators.zones())
        .checkAssert(ContactSlotProperties::weekendExactlyOnRestDays);
  }

  private static void weekendExactlyOnRestDays(Instant at, ZoneId zone) {
    LocalDate localDate = LocalDate.ofInstant(at, zone);
    boolean restDay =
        localDate.getDayOfWeek() == DayOfWeek.SATURDAY
            || localDate.getDayOfWeek() == DayOfWeek.SUNDAY
            || FEDERAL_HOLIDAY.test(localDate);

    ContactSlot slot = DEFAULTS.classify(at, zone, FEDERAL_HOLIDAY);

    assertThat(slot).isNotNull();
    assertThat(slot == ContactSlot.WEEKEND).isEqualTo(restDay);
  }

  @Test
  void weekday_slot_is_day_exactly_between_day_start_and_night_start_local_time() {
    qt(1000)
        .forAll(TimeGenerators.instants(), TimeGenerators.zones())
        .checkAssert(ContactSlotProperties::dayExactlyBetweenDayStartAndNightStart);
  }

  private static void dayExactlyBetweenDayStartAndNightStart(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    ContactSlot slot = DEFAULTS.classify(at, zone, FEDERAL_HOLIDAY);

    if (slot != ContactSlot.WEEKEND) {
      boolean daytime = !time.isBefore(LocalTime.of(8, 0)) && time.isBefore(LocalTime.of(17, 0));
      assertThat(slot).isEqualTo(daytime ? ContactSlot.WEEKDAY_DAY : ContactSlot.WEEKDAY_NIGHT);
    }
  }
}
