package com.oom.core.sms;

import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.time.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * When the time-frame text of a delivery or technician visit goes out: the latest instant quiet
 * hours allow (in the guest's zone, holidays with weekend hours) at or before {@code lead} before
 * the window starts. A weekday 13:00 window with a one-hour lead is texted at 12:00; a 10:00 window
 * at 09:00; an 08:00 window (before quiet hours end) the evening before at the last allowed minute
 * (20:59 on a weekday evening, 17:59 on a weekend or holiday evening). A pick-up has no time-frame
 * text: the guest comes in the window the booking and the reminder already named.
 *
 * <p>The order's timer asks for the text {@code sweepEvery} before that instant ({@link
 * #requestFrom}): the sweep runs that often, so the run that requests it comes at or before the
 * send instant, never after it (20:59 would otherwise become a 21:00 run, inside quiet hours, and
 * the text would wait for the next morning, after an 08:00 window began).
 */
public record TimeFrameTiming(QuietHours quietHours, Duration lead, Duration sweepEvery) {

  public TimeFrameTiming {
    Objects.requireNonNull(quietHours, "quietHours");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(sweepEvery, "sweepEvery");
    if (lead.isNegative()) {
      throw new IllegalArgumentException("lead must not be negative");
    }
    if (sweepEvery.isNegative()) {
      throw new IllegalArgumentException("sweepEvery must not be negative");
    }
  }

  /** Deliveries and technician visits get a time-frame text; pick-ups do not. */
  public static boolean appliesTo(Appointment appointment) {
    return appointment.kind() != AppointmentKind.PICKUP;
  }

  /**
   * The instant the time frame of {@code appointment} goes out, empty for a pick-up.
   *
   * @param zone the guest's zone (the appointment's window is local to it)
   */
  public Optional<Instant> sendAt(
      Appointment appointment, ZoneId zone, Predicate<LocalDate> isHoliday) {
    if (!appliesTo(appointment)) {
      return Optional.empty();
    }
    Instant latest = windowStart(appointment, zone).minus(lead);
    return Optional.of(quietHours.latestAllowedAtOrBefore(latest, zone, isHoliday));
  }

  /**
   * From when the order's timer requests the time frame: {@link #sendAt} less one sweep period,
   * empty for a pick-up.
   */
  public Optional<Instant> requestFrom(
      Appointment appointment, ZoneId zone, Predicate<LocalDate> isHoliday) {
    return sendAt(appointment, zone, isHoliday).map(at -> at.minus(sweepEvery));
  }

  public static Instant windowStart(Appointment appointment, ZoneId zone) {
    return ZonedDateTime.of(appointment.date(), appointment.windowStart(), zone).toInstant();
  }

  /** The instant the visit's window ends: after it, the appointment has passed. */
  public static Instant windowEnd(Appointment appointment, ZoneId zone) {
    return ZonedDateTime.of(appointment.date(), appointment.windowEnd(), zone).toInstant();
  }
}
