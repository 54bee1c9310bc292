package com.oom.core.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Canadian federal statutory holidays (Canada Labour Code): New Year's Day, Good Friday, Victoria
 * Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Thanksgiving, Remembrance
 * Day, Christmas Day and Boxing Day.
 *
 * <p>When a holiday falls on a weekend, its observed weekday substitute is included as well as the
 * day itself. The National Day for Truth and Reconciliation is only included from 2021, the year it
 * was first observed. The rules are {@link HolidayRules#federal()}; a calendar for any year is
 * {@link Holidays#federal()}.
 */
public final class CanadianFederalHolidays {

  private CanadianFederalHolidays() {}

  /** Every holiday of {@code year}, plus the observed substitutes for those on a weekend. */
  public static Set<LocalDate> forYear(int year) {
    return ObservedHolidays.of(HolidayRules.federal(), year).dates();
  }

  /** The holidays of 2026 and 2027, the years the system is first operated in. */
  public static Set<LocalDate> defaults() {
    Set<LocalDate> holidays = new HashSet<>(forYear(2026));
    holidays.addAll(forYear(2027));
    return Set.copyOf(holidays);
  }

  /** Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
