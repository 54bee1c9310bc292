package com.oom.catalogue;

import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.Holidays;
import com.oom.core.time.OpeningHours;
import com.oom.core.time.Province;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One store of the directory ({@link StoreDirectoryDocument}): what the functions, the CDK app and
 * the local runner know of it.
 *
 * @param id the ERP's store id (also part of its hand-off queue's and role's names)
 * @param name what people call it, for the stack's descriptions and the demo
 * @param zone its IANA time zone: its business days, quiet hours and schedules run in it
 * @param province whose general holidays it keeps; empty: the federal ones
 * @param hours opening hours per weekday; a day without is a closed day
 * @param endOfBusinessDay when the OOM team's day ends there (the confirmation audit runs five
 *     minutes before); empty: each day's closing time
 * @param closures the retailer's own closed days for this store (a date or a range)
 * @param opensOn holidays of its province on which it opens anyway
 * @param pickupLocationId the distribution centre or location where its guests pick up
 * @param handOffQueue the FIFO queue its CWC orders are handed to
 */
public record Store(
    String id,
    String name,
    ZoneId zone,
    Optional<Province> province,
    Map<DayOfWeek, OpeningHours> hours,
    Optional<LocalTime> endOfBusinessDay,
    List<Closure> closures,
    List<LocalDate> opensOn,
    Optional<String> pickupLocationId,
    String handOffQueue) {

  private static final Pattern LOCATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
  private static final Pattern FIFO_QUEUE = Pattern.compile("[A-Za-z0-9_-]{1,75}\\.fifo");

  /**
   * Days the retailer closes one store, {@code first} to {@code last} inclusive.
   *
   * @param first the first closed day
   * @param last the last closed day (the same as {@code first} for a single day)
   */
  public record Closure(LocalDate first, LocalDate last) {
    /** A store closed for longer should leave the directory: its timers would find no next day. */
    public static final long MAX_DAYS = 366;

    public Closure {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException(
            "closure " + first + "/" + last + " ends before it starts");
      }
      if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
        throw new IllegalArgumentException(
            "closure "
                + first
                + "/"
                + last
                + " is longer than "
                + MAX_DAYS
                + " days: take the store out of the directory instead");
      }
    }

    /** One closed day. */
    public static Closure on(LocalDate day) {
      return new Closure(day, day);
    }

    /** Every day of the closure. */
    public List<LocalDate> days() {
      return first.datesUntil(last.plusDays(1)).toList();
    }

    @Override
    public String toString() {
      return first.equals(last) ? first.toString() : first + "/" + last;
    }
  }

  public Store {
    Queues.defaultHandOff(id); // refuses an id no queue can be named after
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(where(id) + "name is required");
    }
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(province, "province");
    hours = Map.copyOf(hours);
    if (hours.isEmpty()) {
      throw new IllegalArgumentException(where(id) + "it opens on no day of the week");
    }
    Objects.requireNonNull(endOfBusinessDay, "endOfBusinessDay");
    for (Map.Entry<DayOfWeek, OpeningHours> day : new EnumMap<>(hours).entrySet()) {
      endOfBusinessDay.ifPresent(
          end -> {
            OpeningHours open = day.getValue();
            LocalTime auditRun = end.minus(Schedules.BEFORE_CLOSING);
            if (end.isAfter(open.closes()) || auditRun.isBefore(open.opens())) {
              throw new IllegalArgumentException(
                  where(id)
                      + "endOfBusinessDay "
                      + end
                      + " is outside its "
                      + day.getKey()
                      + " hours "
                      + open.opens()
                      + "-"
                      + open.closes()
                      + " (it must be at least "
                      + Schedules.BEFORE_CLOSING.toMinutes()
                      + " minutes after opening and not after closing)");
            }
          });
    }
    closures = List.copyOf(closures);
    opensOn = List.copyOf(opensOn);
    Holidays holidays = Holidays.forProvince(province);
    Set<LocalDate> closed = closedDays(closures);
    for (LocalDate day : opensOn) {
      if (closed.contains(day)) {
        throw new IllegalArgumentException(where(id) + day + " is both in closures and in opensOn");
      }
      if (!holidays.isHoliday(day)) {
        throw new IllegalArgumentException(
            where(id)
                + "opensOn "
                + day
                + " is not one of its "
                + holidays.jurisdiction()
                + " holidays");
      }
    }
    Objects.requireNonNull(pickupLocationId, "pickupLocationId");
    pickupLocationId.ifPresent(
        location -> {
          if (!LOCATION_ID.matcher(location).matches()) {
            throw new IllegalArgumentException(
                where(id)
                    + "pickupLocationId '"
                    + location
                    + "' is not 1 to 40 letters, digits, '-' or '_'");
          }
        });
    if (handOffQueue == null || !FIFO_QUEUE.matcher(handOffQueue).matches()) {
      throw new IllegalArgumentException(
          where(id)
              + "handOffQueue '"
              + handOffQueue
              + "' is not a FIFO queue name (1 to 75 letters, digits, '-' or '_', then .fifo)");
    }
  }

  /**
   * A store with the standard hours (Mon–Fri 09:00–21:00, Sat 09:00–18:00), its province's
   * holidays, no closures, its own hand-off queue: tests and the simplest directories.
   */
  public static Store standard(String id, ZoneId zone, Optional<Province> province) {
    return new Store(
        id,
        "Store " + id,
        zone,
        province,
        BusinessCalendar.standard(id, zone).openingHours(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        Queues.defaultHandOff(id));
  }

  /** Its business calendar: its hours, its province's holidays, its closures and openings. */
  public BusinessCalendar calendar() {
    Holidays holidays =
        Holidays.forProvince(province).adjusted(closedDays(closures), Set.copyOf(opensOn));
    return new BusinessCalendar(id, zone, hours, holidays);
  }

  /** When its day ends on {@code day}, which must be one it opens. */
  public LocalTime endOfBusinessDay(DayOfWeek day) {
    OpeningHours open = hours.get(day);
    if (open == null) {
      throw new IllegalArgumentException(where(id) + "it does not open on " + day);
    }
    return endOfBusinessDay.orElse(open.closes());
  }

  private static Set<LocalDate> closedDays(List<Closure> closures) {
    Set<LocalDate> days = new HashSet<>();
    closures.forEach(closure -> days.addAll(closure.days()));
    return days;
  }

  private static String where(String id) {
    return "store " + id + ": ";
  }
}
