package com.oom.core.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the pick-up desk recorded about the order's pick-up on {@code appointmentDate}: when the
 * guest arrived, when the merchandise was released, or when the guest was recorded as a no-show
 * (each null until it happens). A rebooked pick-up starts afresh: the record belongs to the day it
 * names.
 */
public record PickupDesk(
    LocalDate appointmentDate, Instant arrivedAt, Instant releasedAt, Instant noShowAt) {
  public PickupDesk {
    Objects.requireNonNull(appointmentDate, "appointmentDate");
  }

  /** Nothing recorded yet for the pick-up of {@code day}. */
  public static PickupDesk of(LocalDate day) {
    return new PickupDesk(day, null, null, null);
  }

  /** Whether this record is about the pick-up booked for {@code day}. */
  public boolean isFor(LocalDate day) {
    return appointmentDate.equals(day);
  }

  public PickupDesk arrived(Instant at) {
    return new PickupDesk(appointmentDate, at, releasedAt, noShowAt);
  }

  public PickupDesk released(Instant at) {
    return new PickupDesk(appointmentDate, arrivedAt, at, noShowAt);
  }

  public PickupDesk noShow(Instant at) {
    return new PickupDesk(appointmentDate, arrivedAt, releasedAt, at);
  }
}
