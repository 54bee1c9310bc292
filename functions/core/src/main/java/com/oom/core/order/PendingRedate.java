package com.oom.core.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A fulfilment date set in OOM (the past-due fix) that no snapshot has shown yet.
 *
 * @param since when OOM re-dated the order
 * @param reportedOverdueAt when the sweep reported it not echoed in time, or null
 */
public record PendingRedate(LocalDate date, Instant since, Instant reportedOverdueAt) {
  public PendingRedate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(since, "since");
  }
}
