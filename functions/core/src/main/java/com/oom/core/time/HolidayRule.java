package com.oom.core.time;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.previousOrSame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One holiday: how its date is found in a year, what happens when it falls on a weekend, and the
 * first year it is kept (e.g. the National Day for Truth and Reconciliation from 2021).
 */
public record HolidayRule(
    String name, IntFunction<LocalDate> dateIn, HolidaySubstitution substitution, int firstYear) {

  public HolidayRule {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(dateIn, "dateIn must not be null");
    Objects.requireNonNull(substitution, "substitution must not be null");
  }

  /** Whether the holiday is kept in {@code year}. */
  public boolean appliesIn(int year) {
    return year >= firstYear;
  }

  /** The calendar date of the holiday in {@code year} (before any weekend substitution). */
  public LocalDate dateIn(int year) {
    return dateIn.apply(year);
  }

  public HolidayRule from(int year) {
    return new HolidayRule(name, dateIn, substitution, year);
  }

  public HolidayRule substituted(HolidaySubstitution other) {
    return new HolidayRule(name, dateIn, other, firstYear);
  }

  /** The same day of the same month every year, moved to a weekday when on a weekend. */
  public static HolidayRule fixed(String name, Month month, int day) {
    return new HolidayRule(
        name,
        year -> LocalDate.of(year, month, day),
        HolidaySubstitution.NEXT_FREE_WEEKDAY,
        Integer.MIN_VALUE);
  }

  /** The {@code n}th Monday of {@code month} (Labour Day: the first Monday of September). */
  public static HolidayRule nthMonday(String name, Month month, int n) {
    return new HolidayRule(
        name,
        year -> LocalDate.of(year, month, 1).with(dayOfWeekInMonth(n, DayOfWeek.MONDAY)),
        HolidaySubstitution.NONE,
        Integer.MIN_VALUE);
  }

  /** The first Monday of {@code month}. */
  public static HolidayRule firstMonday(String name, Month month) {
    return new HolidayRule(
        name,
        year -> LocalDate.of(year, month, 1).with(firstInMonth(DayOfWeek.MONDAY)),
        HolidaySubstitution.NONE,
        Integer.MIN_VALUE);
  }

  /** The Monday before May 25 (Victoria Day; Québec's Journée nationale des patriotes). */
  public static HolidayRule mondayBeforeMay25(String name) {
    return new HolidayRule(
        name,
        year -> LocalDate.of(year, Month.MAY, 24).with(previousOrSame(DayOfWeek.MONDAY)),
        HolidaySubstitution.NONE,
        Integer.MIN_VALUE);
  }

  /** Easter Sunday plus {@code days} (Good Friday: -2). */
  public static HolidayRule fromEaster(String name, int days) {
    return new HolidayRule(
        name,
        year -> CanadianFederalHolidays.easterSunday(year).plusDays(days),
        HolidaySubstitution.NONE,
        Integer.MIN_VALUE);
  }
}
