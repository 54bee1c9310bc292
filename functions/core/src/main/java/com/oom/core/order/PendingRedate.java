package com.oom.core.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A fulfilment date set in OOM (the past-due fix) that no snapshot has shown yet.
 *
 * @param since when OOM re-dated the order
 * @param reportedOverdueAt when the sweep reported it not echoed in time, or null
 * @param superseded the dates OOM's re-dates replaced since the ERP last showed OOM's: a snapshot
 *     still showing one of them has not seen the re-date yet
 */
public record PendingRedate(
    LocalDate date, Instant since, Instant reportedOverdueAt, List<LocalDate> superseded) {
  public PendingRedate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(since, "since");
    superseded = superseded == null ? List.of() : List.copyOf(superseded);
  }

  public PendingRedate reported(Instant at) {
    return new PendingRedate(date, since, at, superseded);
  }
}
