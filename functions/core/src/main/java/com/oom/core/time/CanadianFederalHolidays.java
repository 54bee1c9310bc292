package com.oom.core.time;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.next;
import static java.time.temporal.TemporalAdjusters.previousOrSame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;

/**
 * Canadian federal statutory holidays (Canada Labour Code): New Year's Day, Good Friday, Victoria
 * Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Thanksgiving, Remembrance
 * Day, Christmas Day and Boxing Day.
 *
 * <p>When a holiday falls on a weekend, its observed weekday substitute is included as well as the
 * day itself. The National Day for Truth and Reconciliation is only included from 2021, the year it
 * was first observed.
 */
public final class CanadianFederalHolidays {

  private static final int FIRST_TRUTH_AND_RECONCILIATION_YEAR = 2021;

  private CanadianFederalHolidays() {}

  /** Every holiday of {@code year}, plus the observed substitutes for those on a weekend. */
  public static Set<LocalDate> forYear(int year) {
    Set<LocalDate> holidays = new HashSet<>();
    addWithMondaySubstitute(holidays, LocalDate.of(year, Month.JANUARY, 1));
    holidays.add(easterSunday(year).minusDays(2));
    holidays.add(victoriaDay(year));
    addWithMondaySubstitute(holidays, LocalDate.of(year, Month.JULY, 1));
    holidays.add(LocalDate.of(year, Month.SEPTEMBER, 1).with(firstInMonth(DayOfWeek.MONDAY)));
    if (year >= FIRST_TRUTH_AND_RECONCILIATION_YEAR) {
      addWithMondaySubstitute(holidays, LocalDate.of(year, Month.SEPTEMBER, 30));
    }
    holidays.add(LocalDate.of(year, Month.OCTOBER, 1).with(dayOfWeekInMonth(2, DayOfWeek.MONDAY)));
    addWithMondaySubstitute(holidays, LocalDate.of(year, Month.NOVEMBER, 11));
    addChristmasAndBoxingDay(holidays, year);
    return Set.copyOf(holidays);
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

  /** The Monday before May 25. */
  private static LocalDate victoriaDay(int year) {
    return LocalDate.of(year, Month.MAY, 24).with(previousOrSame(DayOfWeek.MONDAY));
  }

  private static void addWithMondaySubstitute(Set<LocalDate> holidays, LocalDate holiday) {
    holidays.add(holiday);
    if (isWeekend(holiday)) {
      holidays.add(holiday.with(next(DayOfWeek.MONDAY)));
    }
  }

  /**
   * Christmas and Boxing Day are substituted together so that their observed days never collide:
   * Christmas on Saturday gives Monday 27 and Tuesday 28; Christmas on Sunday keeps Boxing Day on
   * Monday 26 and observes Christmas on Tuesday 27; Boxing Day on Saturday is observed Monday 28.
   */
  private static void addChristmasAndBoxingDay(Set<LocalDate> holidays, int year) {
    LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
    LocalDate boxingDay = christmas.plusDays(1);
    holidays.add(christmas);
    holidays.add(boxingDay);
    switch (christmas.getDayOfWeek()) {
      case FRIDAY -> holidays.add(boxingDay.plusDays(2));
      case SATURDAY -> {
        holidays.add(christmas.plusDays(2));
        holidays.add(boxingDay.plusDays(2));
      }
      case SUNDAY -> holidays.add(christmas.plusDays(2));
      default -> {}
    }
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
