package com.oom.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Where a weekday's "day" slot starts and its "night" slot starts (defaults 08:00 and 17:00). Times
 * before dayStarts also count as WEEKDAY_NIGHT.
 */
public record SlotBoundaries(LocalTime dayStarts, LocalTime nightStarts) {

  public SlotBoundaries {
    Objects.requireNonNull(dayStarts, "dayStarts must not be null");
    Objects.requireNonNull(nightStarts, "nightStarts must not be null");
    if (!dayStarts.isBefore(nightStarts)) {
      throw new IllegalArgumentException(
          "dayStarts (" + dayStarts + ") must be before nightStarts (" + nightStarts + ")");
    }
  }

  public static SlotBoundaries defaults() {
    return new SlotBoundaries(LocalTime.of(8, 0), LocalTime.of(17, 0));
  }

  /**
   * Classifies an attempt instant in the guest's zone. Saturday, Sunday and any date where
   * isHoliday is true -> WEEKEND.
   */
  public ContactSlot classify(Instant at, ZoneId zone, Predicate<LocalDate> isHoliday) {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(isHoliday, "isHoliday must not be null");
    ZonedDateTime local = at.atZone(zone);
    if (RestDays.includes(local.toLocalDate(), isHoliday)) {
      return ContactSlot.WEEKEND;
    }
    LocalTime time = local.toLocalTime();
    boolean daytime = !time.isBefore(dayStarts) && time.isBefore(nightStarts);
    return daytime ? ContactSlot.WEEKDAY_DAY : ContactSlot.WEEKDAY_NIGHT;
  }

  /**
   * The first instant at or after {@code from} that {@link #classify} puts in {@code slot}: an
   * attempt made then covers it. Weekend and weekday-day slots start at {@code dayStarts}, the
   * night slot at {@code nightStarts}; searched over the next four weeks.
   */
  public Instant firstInstantOf(
      ContactSlot slot, Instant from, ZoneId zone, Predicate<LocalDate> isHoliday) {
    Objects.requireNonNull(slot, "slot must not be null");
    if (classify(from, zone, isHoliday) == slot) {
      return from;
    }
    LocalDate date = LocalDate.ofInstant(from, zone);
    for (int days = 0; days < 28; days++, date = date.plusDays(1)) {
      boolean restDay = RestDays.includes(date, isHoliday);
      LocalTime starts =
          switch (slot) {
            case WEEKEND -> restDay ? dayStarts : null;
            case WEEKDAY_DAY -> restDay ? null : dayStarts;
            case WEEKDAY_NIGHT -> restDay ? null : nightStarts;
          };
      if (starts == null) {
        continue;
      }
      Instant candidate = ZonedDateTime.of(date, starts, zone).toInstant();
      if (!candidate.isBefore(from)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no " + slot + " slot within four weeks of " + from);
  }
}
