package com.oom.core.order;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An appointment booked in OOM that no snapshot has shown yet.
 *
 * @param since when OOM booked it
 * @param reportedOverdueAt when the sweep reported it not echoed in time, or null
 * @param superseded the appointments OOM's bookings replaced since the ERP last showed OOM's: a
 *     snapshot still showing one of them has not seen the booking yet
 */
public record PendingBooking(
    Appointment appointment,
    Instant since,
    Instant reportedOverdueAt,
    List<Appointment> superseded) {
  public PendingBooking {
    Objects.requireNonNull(appointment, "appointment");
    Objects.requireNonNull(since, "since");
    superseded = superseded == null ? List.of() : List.copyOf(superseded);
  }

  public PendingBooking reported(Instant at) {
    return new PendingBooking(appointment, since, at, superseded);
  }
}
