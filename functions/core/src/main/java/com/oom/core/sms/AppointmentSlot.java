package com.oom.core.sms;

import com.oom.core.order.Appointment;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The appointment a booking, reminder or time-frame text was triggered for, as its trigger writes
 * it ({@code 2026-12-08T08:00-12:00}): the one place that writes and reads it back.
 */
public record AppointmentSlot(LocalDate date, LocalTime windowStart, LocalTime windowEnd) {

  public AppointmentSlot {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(windowEnd, "windowEnd");
  }

  public static AppointmentSlot of(Appointment appointment) {
    return new AppointmentSlot(
        appointment.date(), appointment.windowStart(), appointment.windowEnd());
  }

  /** The trigger text: {@code 2026-12-08T08:00-12:00}. */
  public String text() {
    return date + "T" + windowStart + "-" + windowEnd;
  }

  /** Whether {@code appointment} (may be null) is this slot's date and window. */
  public boolean isSlotOf(Appointment appointment) {
    return appointment != null && equals(of(appointment));
  }

  /** {@code 2026-12-08 08:00–12:00}, as the audit trail shows it. */
  public String readable() {
    return date + " " + windowStart + "–" + windowEnd;
  }

  /**
   * The slot at the start of {@code text} (a trigger after its prefix; anything after the slot,
   * such as a booking's {@code @commandId}, is ignored), or empty when it does not start with one.
   */
  public static Optional<AppointmentSlot> parse(String text) {
    int t = text.indexOf('T');
    if (t < 0) {
      return Optional.empty();
    }
    int dash = text.indexOf('-', t);
    if (dash < 0) {
      return Optional.empty();
    }
    int at = text.indexOf('@', dash);
    String end = at < 0 ? text.substring(dash + 1) : text.substring(dash + 1, at);
    try {
      return Optional.of(
          new AppointmentSlot(
              LocalDate.parse(text.substring(0, t)),
              LocalTime.parse(text.substring(t + 1, dash)),
              LocalTime.parse(end)));
    } catch (DateTimeParseException notASlot) {
      return Optional.empty();
    }
  }
}
