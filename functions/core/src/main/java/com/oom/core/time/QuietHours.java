package com.oom.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * When automated SMS may be sent, in the guest's local time (defaults weekdays 09:00–21:00,
 * weekends 10:00–18:00; holidays use weekend hours). Window is [start, end): exactly `end` is
 * quiet.
 *
 * <p>Each local date's window is resolved to instants with {@link ZonedDateTime#of}, so a boundary
 * that falls in a daylight-saving gap moves forward by the gap and one in an overlap takes the
 * earlier offset. Allowed instants are exactly those inside the window of their own local date.
 */
public record QuietHours(
    LocalTime weekdayStart, LocalTime weekdayEnd, LocalTime weekendStart, LocalTime weekendEnd) {

  /** Far more than needed: every day has a window unless DST swallows a tiny one whole. */
  private static final int MAX_DAYS_SEARCHED = 8;

  private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

  public QuietHours {
    requireWindow("weekday", weekdayStart, weekdayEnd);
    requireWindow("weekend", weekendStart, weekendEnd);
  }

  public static QuietHours defaults() {
    return new QuietHours(
        LocalTime.of(9, 0), LocalTime.of(21, 0), LocalTime.of(10, 0), LocalTime.of(18, 0));
  }

  public boolean allows(Instant at, ZoneId zone, Predicate<LocalDate> isHoliday) {
    requireArguments(at, zone, isHoliday);
    return windowOf(LocalDate.ofInstant(at, zone), zone, isHoliday).contains(at);
  }

  /**
   * `at` itself when allowed; otherwise the earliest allowed instant after it (same day's window
   * start if before it, else the next day's window start). Never earlier than `at`.
   */
  public Instant nextAllowed(Instant at, ZoneId zone, Predicate<LocalDate> isHoliday) {
    requireArguments(at, zone, isHoliday);
    LocalDate date = LocalDate.ofInstant(at, zone);
    for (int days = 0; days < MAX_DAYS_SEARCHED; days++) {
      Window window = windowOf(date.plusDays(days), zone, isHoliday);
      if (window.contains(at)) {
        return at;
      }
      if (window.opensAfter(at)) {
        return window.start();
      }
    }
    throw noWindowNear(at, zone);
  }

  /**
   * `at` itself when allowed; otherwise the latest allowed minute before it: the last minute of the
   * window that closed most recently (20:59 for a 21:00 close, since exactly the end is quiet).
   * Never later than `at`. Minute resolution: the answer is at a whole minute unless it is `at`.
   */
  public Instant latestAllowedAtOrBefore(Instant at, ZoneId zone, Predicate<LocalDate> isHoliday) {
    requireArguments(at, zone, isHoliday);
    LocalDate date = LocalDate.ofInstant(at, zone);
    for (int days = 0; days < MAX_DAYS_SEARCHED; days++) {
      Window window = windowOf(date.minusDays(days), zone, isHoliday);
      if (window.contains(at)) {
        return at;
      }
      Instant lastMinute = window.end().minus(ONE_MINUTE);
      if (!lastMinute.isBefore(window.start()) && lastMinute.isBefore(at)) {
        return lastMinute;
      }
    }
    throw noWindowNear(at, zone);
  }

  /** The next window opening strictly after `at` (used by tests/properties as an upper bound). */
  public Instant nextWindowOpening(Instant at, ZoneId zone, Predicate<LocalDate> isHoliday) {
    requireArguments(at, zone, isHoliday);
    LocalDate date = LocalDate.ofInstant(at, zone);
    for (int days = 0; days < MAX_DAYS_SEARCHED; days++) {
      Window window = windowOf(date.plusDays(days), zone, isHoliday);
      if (window.opensAfter(at)) {
        return window.start();
      }
    }
    throw noWindowNear(at, zone);
  }

  private Window windowOf(LocalDate date, ZoneId zone, Predicate<LocalDate> isHoliday) {
    boolean restDay = RestDays.includes(date, isHoliday);
    LocalTime start = restDay ? weekendStart : weekdayStart;
    LocalTime end = restDay ? weekendEnd : weekdayEnd;
    return new Window(
        ZonedDateTime.of(date, start, zone).toInstant(),
        ZonedDateTime.of(date, end, zone).toInstant());
  }

  /** [start, end); empty when a DST gap pushes start to or past end. */
  private record Window(Instant start, Instant end) {

    boolean contains(Instant at) {
      return !at.isBefore(start) && at.isBefore(end);
    }

    boolean opensAfter(Instant at) {
      return start.isBefore(end) && start.isAfter(at);
    }
  }

  private static IllegalStateException noWindowNear(Instant at, ZoneId zone) {
    return new IllegalStateException(
        "no SMS window within " + MAX_DAYS_SEARCHED + " days of " + at + " in " + zone);
  }

  private static void requireArguments(Instant at, ZoneId zone, Predicate<LocalDate> isHoliday) {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(isHoliday, "isHoliday must not be null");
  }

  private static void requireWindow(String name, LocalTime start, LocalTime end) {
    Objects.requireNonNull(start, name + "Start must not be null");
    Objects.requireNonNull(end, name + "End must not be null");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          name + "Start (" + start + ") must be before " + name + "End (" + end + ")");
    }
  }
}
