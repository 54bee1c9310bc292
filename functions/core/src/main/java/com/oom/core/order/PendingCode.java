package com.oom.core.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A contact status and date set in OOM that no snapshot has shown yet.
 *
 * @param since when OOM set them
 * @param reportedOverdueAt when the sweep reported them not echoed in time, or null
 */
public record PendingCode(
    ContactStatus status, LocalDate contactDate, Instant since, Instant reportedOverdueAt) {
  public PendingCode {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
  }

  public PendingCode reported(Instant at) {
    return new PendingCode(status, contactDate, since, at);
  }

  public boolean matches(ContactStatus otherStatus, LocalDate otherDate) {
    return status == otherStatus && Objects.equals(contactDate, otherDate);
  }
}
