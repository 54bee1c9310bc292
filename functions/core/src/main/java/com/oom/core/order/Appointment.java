package com.oom.core.order;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A booked delivery, pick-up or technician visit: a local date and a time window. */
public record Appointment(
    LocalDate date, LocalTime windowStart, LocalTime windowEnd, AppointmentKind kind) {
  public Appointment {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(windowEnd, "windowEnd");
    Objects.requireNonNull(kind, "kind");
    if (!windowStart.isBefore(windowEnd)) {
      throw new IllegalArgumentException("windowStart must be before windowEnd");
    }
  }
}
