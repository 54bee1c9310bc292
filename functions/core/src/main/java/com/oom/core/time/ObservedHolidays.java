package com.oom.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The holidays of one year under a list of rules: for each rule kept that year, the day it is
 * observed, and every holiday date (each holiday's own date and its observed substitute).
 *
 * @param year the year
 * @param observed each rule's name to the day it is observed (its own date when a weekday)
 * @param dates the holiday dates: own dates and observed substitutes
 */
public record ObservedHolidays(int year, Map<String, LocalDate> observed, Set<LocalDate> dates) {

  public ObservedHolidays {
    observed = Map.copyOf(observed);
    dates = Set.copyOf(dates);
  }

  /**
   * Applies {@code rules} to {@code year}. Rules are taken in date order, so a substitute never
   * lands on another holiday: Christmas on Saturday with Boxing Day gives Monday 27 and Tuesday 28;
   * Christmas on Sunday keeps Boxing Day on Monday 26 and observes Christmas on Tuesday 27.
   */
  public static ObservedHolidays of(List<HolidayRule> rules, int year) {
    List<HolidayRule> kept =
        rules.stream()
            .filter(rule -> rule.appliesIn(year))
            .sorted(Comparator.comparing(rule -> rule.dateIn(year)))
            .toList();
    Set<LocalDate> taken = new HashSet<>();
    kept.forEach(rule -> taken.add(rule.dateIn(year)));
    Map<String, LocalDate> observed = new LinkedHashMap<>();
    for (HolidayRule rule : kept) {
      LocalDate day = observedDay(rule.dateIn(year), rule.substitution(), taken);
      taken.add(day);
      observed.put(rule.name(), day);
    }
    return new ObservedHolidays(year, observed, taken);
  }

  private static LocalDate observedDay(
      LocalDate date, HolidaySubstitution substitution, Set<LocalDate> taken) {
    return switch (substitution) {
      case NONE -> date;
      case SUNDAY_TO_MONDAY -> date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
      case NEXT_FREE_WEEKDAY -> {
        if (!isWeekend(date)) {
          yield date;
        }
        LocalDate day = date.plusDays(1);
        while (isWeekend(day) || taken.contains(day)) {
          day = day.plusDays(1);
        }
        yield day;
      }
    };
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
