package com.oom.core.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A store's holidays for any year: the rules of its jurisdiction (federal, or its province),
 * computed lazily per year and cached, plus the days the retailer adds or removes for the store.
 * Immutable apart from the cache; equal when jurisdiction, fixed days and adjustments are equal.
 */
public final class Holidays {

  private static final String FEDERAL = "federal";
  private static final String FIXED = "fixed";

  private final String jurisdiction;
  private final List<HolidayRule> rules;
  private final Set<LocalDate> added;
  private final Set<LocalDate> removed;
  private final Map<Integer, ObservedHolidays> byYear = new ConcurrentHashMap<>();

  private Holidays(
      String jurisdiction, List<HolidayRule> rules, Set<LocalDate> added, Set<LocalDate> removed) {
    this.jurisdiction = jurisdiction;
    this.rules = List.copyOf(rules);
    added.forEach(date -> Objects.requireNonNull(date, "holidays must not contain null"));
    removed.forEach(date -> Objects.requireNonNull(date, "removed days must not contain null"));
    this.added = Set.copyOf(added);
    this.removed = Set.copyOf(removed);
  }

  /** Canadian federal statutory holidays (Canada Labour Code), any year. */
  public static Holidays federal() {
    return new Holidays(FEDERAL, HolidayRules.federal(), Set.of(), Set.of());
  }

  /** The province's or territory's general holidays, any year. */
  public static Holidays of(Province province) {
    Objects.requireNonNull(province, "province must not be null");
    return new Holidays(province.code(), HolidayRules.of(province), Set.of(), Set.of());
  }

  /** The federal holidays, or the province's when there is one. */
  public static Holidays forProvince(Optional<Province> province) {
    return province.map(Holidays::of).orElseGet(Holidays::federal);
  }

  /** Exactly these days and no rule (tests, fixed calendars). */
  public static Holidays exactly(Set<LocalDate> days) {
    Objects.requireNonNull(days, "holidays must not be null");
    return new Holidays(FIXED, List.of(), days, Set.of());
  }

  /** "federal", a province code, or "fixed". */
  public String jurisdiction() {
    return jurisdiction;
  }

  public boolean isHoliday(LocalDate date) {
    if (removed.contains(date)) {
      return false;
    }
    return added.contains(date) || inYear(date.getYear()).dates().contains(date);
  }

  /** The rule-based holidays of {@code year} (before the store's adjustments), cached. */
  public ObservedHolidays inYear(int year) {
    return byYear.computeIfAbsent(year, y -> ObservedHolidays.of(rules, y));
  }

  /** Every holiday date of {@code year} after the store's adjustments. */
  public Set<LocalDate> datesIn(int year) {
    Set<LocalDate> dates = new HashSet<>(inYear(year).dates());
    added.stream().filter(date -> date.getYear() == year).forEach(dates::add);
    dates.removeAll(removed);
    return Set.copyOf(dates);
  }

  /**
   * These holidays with a store's own adjustments: {@code closed} days are holidays too, {@code
   * open} days are not (a store that opens on a holiday); a day in both is refused.
   */
  public Holidays adjusted(Set<LocalDate> closed, Set<LocalDate> open) {
    Objects.requireNonNull(closed, "closed must not be null");
    Objects.requireNonNull(open, "open must not be null");
    closed.stream()
        .filter(open::contains)
        .findFirst()
        .ifPresent(
            date -> {
              throw new IllegalArgumentException(date + " cannot be both closed and open");
            });
    Set<LocalDate> newAdded = new HashSet<>(added);
    newAdded.removeAll(open);
    newAdded.addAll(closed);
    Set<LocalDate> newRemoved = new HashSet<>(removed);
    newRemoved.removeAll(closed);
    newRemoved.addAll(open);
    return new Holidays(jurisdiction, rules, newAdded, newRemoved);
  }

  /** These holidays plus {@code date} (a store's own closing day). */
  public Holidays plus(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    Set<LocalDate> newAdded = new HashSet<>(added);
    newAdded.add(date);
    Set<LocalDate> newRemoved = new HashSet<>(removed);
    newRemoved.remove(date);
    return new Holidays(jurisdiction, rules, newAdded, newRemoved);
  }

  /** These holidays without {@code date} (a store that opens on a holiday). */
  public Holidays minus(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    Set<LocalDate> newAdded = new HashSet<>(added);
    newAdded.remove(date);
    Set<LocalDate> newRemoved = new HashSet<>(removed);
    newRemoved.add(date);
    return new Holidays(jurisdiction, rules, newAdded, newRemoved);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Holidays that
        && jurisdiction.equals(that.jurisdiction)
        && added.equals(that.added)
        && removed.equals(that.removed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jurisdiction, added, removed);
  }

  @Override
  public String toString() {
    return "Holidays[" + jurisdiction + ", added=" + added + ", removed=" + removed + "]";
  }
}
