package com.oom.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/** Saturdays, Sundays and holidays: the days guests are treated as being off work. */
final class RestDays {

  private RestDays() {}

  static boolean includes(LocalDate date, Predicate<LocalDate> isHoliday) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || isHoliday.test(date);
  }
}
