package com.oom.core.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A store's business calendar in its own time zone: opening hours per weekday and the store's
 * {@link Holidays} (by rule, any year). Immutable; the map is defensively copied.
 */
public record BusinessCalendar(
    String storeId, ZoneId zone, Map<DayOfWeek, OpeningHours> openingHours, Holidays holidays) {

  private static final int MAX_DAYS_SEARCHED = 366;

  public BusinessCalendar {
    Objects.requireNonNull(storeId, "storeId must not be null");
    if (storeId.isBlank()) {
      throw new IllegalArgumentException("storeId must not be blank");
    }
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(openingHours, "openingHours must not be null");
    Objects.requireNonNull(holidays, "holidays must not be null");
    openingHours.forEach(
        (day, hours) -> {
          Objects.requireNonNull(day, "openingHours must not contain a null day");
          Objects.requireNonNull(hours, () -> "openingHours for " + day + " must not be null");
        });
    openingHours = Map.copyOf(openingHours);
  }

  /** A calendar whose holidays are exactly {@code holidays} (no rule): for tests. */
  public BusinessCalendar(
      String storeId,
      ZoneId zone,
      Map<DayOfWeek, OpeningHours> openingHours,
      Set<LocalDate> holidays) {
    this(
        storeId,
        zone,
        openingHours,
        Holidays.exactly(Objects.requireNonNull(holidays, "holidays must not be null")));
  }

  /**
   * Default: Mon–Fri 09:00–21:00, Sat 09:00–18:00, Sun closed, Canadian federal holidays of any
   * year.
   */
  public static BusinessCalendar standard(String storeId, ZoneId zone) {
    return withStandardHours(storeId, zone, Holidays.federal());
  }

  /** The standard hours with the general holidays of the store's province, any year. */
  public static BusinessCalendar standard(String storeId, ZoneId zone, Province province) {
    return withStandardHours(storeId, zone, Holidays.of(province));
  }

  private static BusinessCalendar withStandardHours(
      String storeId, ZoneId zone, Holidays holidays) {
    OpeningHours weekday = new OpeningHours(LocalTime.of(9, 0), LocalTime.of(21, 0));
    Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      hours.put(day, weekday);
    }
    hours.put(DayOfWeek.SATURDAY, new OpeningHours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
    return new BusinessCalendar(storeId, zone, hours, holidays);
  }

  /** The store's local date at {@code now}. */
  public LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, zone);
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.isHoliday(date);
  }

  /** The store has opening hours that day and it is not a holiday. */
  public boolean isBusinessDay(LocalDate date) {
    return openingHours.containsKey(date.getDayOfWeek()) && !isHoliday(date);
  }

  /**
   * The first business day strictly after {@code date}.
   *
   * @throws IllegalStateException if there is none within a year, i.e. the store never opens
   */
  public LocalDate nextBusinessDay(LocalDate date) {
    for (int days = 1; days <= MAX_DAYS_SEARCHED; days++) {
      LocalDate candidate = date.plusDays(days);
      if (isBusinessDay(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "store "
            + storeId
            + " has no business day within "
            + MAX_DAYS_SEARCHED
            + " days of "
            + date);
  }

  public LocalDate businessDayOnOrAfter(LocalDate date) {
    return isBusinessDay(date) ? date : nextBusinessDay(date);
  }

  /** The {@code count}th business day after {@code date} (0: {@code date} itself). */
  public LocalDate plusBusinessDays(LocalDate date, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    LocalDate day = date;
    for (int i = 0; i < count; i++) {
      day = nextBusinessDay(day);
    }
    return day;
  }

  /**
   * Business days after {@code from} up to and including {@code to}: 0 when {@code to} is not after
   * {@code from}. Counts at most a year and a day (beyond that the answer is "more").
   */
  public int businessDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    LocalDate day = from.plusDays(1);
    for (int days = 0;
        !day.isAfter(to) && days <= MAX_DAYS_SEARCHED;
        days++, day = day.plusDays(1)) {
      if (isBusinessDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The start of the business day on or after {@code date}. */
  public Instant openingOnOrAfter(LocalDate date) {
    return startOfBusinessDay(businessDayOnOrAfter(date));
  }

  /** The start of the first business day after {@code date}: "the next business morning". */
  public Instant nextBusinessMorning(LocalDate date) {
    return startOfBusinessDay(nextBusinessDay(date));
  }

  /** {@code at} itself when the store is open then, else the next time it opens. */
  public Instant openAtOrAfter(Instant at) {
    return plusBusinessTime(at, Duration.ZERO);
  }

  /** The instant the store opens on {@code date}, which must be a business day. */
  public Instant startOfBusinessDay(LocalDate date) {
    return ZonedDateTime.of(date, hoursOf(date).opens(), zone).toInstant();
  }

  /** The instant the store closes on {@code date}, which must be a business day. */
  public Instant endOfBusinessDay(LocalDate date) {
    return ZonedDateTime.of(date, hoursOf(date).closes(), zone).toInstant();
  }

  /**
   * The instant {@code amount} of opening hours after {@code from}: time when the store is closed
   * does not count (4 business hours from Friday 19:00 with a 21:00 close and Saturday 09:00
   * opening is Saturday 11:00).
   *
   * @throws IllegalStateException if the store has no business day within a year
   */
  public Instant plusBusinessTime(Instant from, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative");
    }
    Duration left = amount;
    LocalDate day = today(from);
    for (int days = 0; days <= MAX_DAYS_SEARCHED; days++, day = day.plusDays(1)) {
      if (!isBusinessDay(day)) {
        continue;
      }
      Instant opens = startOfBusinessDay(day);
      Instant closes = endOfBusinessDay(day);
      Instant start = from.isAfter(opens) ? from : opens;
      if (!start.isBefore(closes)) {
        continue;
      }
      Duration open = Duration.between(start, closes);
      if (open.compareTo(left) >= 0) {
        return start.plus(left);
      }
      left = left.minus(open);
    }
    throw new IllegalStateException(
        "store " + storeId + " has no business day within " + MAX_DAYS_SEARCHED + " days");
  }

  /** The same store with exactly these holidays (no rule): for tests. */
  public BusinessCalendar withHolidays(Set<LocalDate> holidays) {
    return new BusinessCalendar(storeId, zone, openingHours, holidays);
  }

  /** The same store with these holidays. */
  public BusinessCalendar withHolidays(Holidays holidays) {
    return new BusinessCalendar(storeId, zone, openingHours, holidays);
  }

  /** The same store closed on {@code date} as well (a retailer's own holiday for this store). */
  public BusinessCalendar withHolidayAdded(LocalDate date) {
    return withHolidays(holidays.plus(date));
  }

  /** The same store with {@code date} no longer a holiday (it opens that day). */
  public BusinessCalendar withHolidayRemoved(LocalDate date) {
    return withHolidays(holidays.minus(date));
  }

  private OpeningHours hoursOf(LocalDate date) {
    if (!isBusinessDay(date)) {
      throw new IllegalArgumentException(date + " is not a business day for store " + storeId);
    }
    return openingHours.get(date.getDayOfWeek());
  }
}
