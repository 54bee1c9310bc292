package com.oom.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * An appointment booked in OOM that no snapshot has shown yet.
 *
 * @param since when OOM booked it
 * @param reportedOverdueAt when the sweep reported it not echoed in time, or null
 */
public record PendingBooking(Appointment appointment, Instant since, Instant reportedOverdueAt) {
  public PendingBooking {
    Objects.requireNonNull(appointment, "appointment");
    Objects.requireNonNull(since, "since");
  }
}
