package com.oom.core.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A transfer of the order's merchandise from one location to another (e.g. from the distribution
 * centre 888 to the store), booked by an agent in OOM. OOM owns it: it is written back to the ERP,
 * and OOM recognises its arrival from the ERP's snapshots (the order at {@code toLocationId} with
 * every line available).
 *
 * @param expectedDate the day the merchandise is expected at the destination, in the order's zone
 * @param bookedAt when the transfer was booked (each booking is its own transfer)
 * @param arrivedAt when OOM saw the merchandise at the destination; null until then
 */
public record Transfer(
    String fromLocationId,
    String toLocationId,
    LocalDate expectedDate,
    Instant bookedAt,
    Actor bookedBy,
    Instant arrivedAt) {

  public Transfer {
    Objects.requireNonNull(fromLocationId, "fromLocationId");
    Objects.requireNonNull(toLocationId, "toLocationId");
    Objects.requireNonNull(expectedDate, "expectedDate");
    Objects.requireNonNull(bookedAt, "bookedAt");
    Objects.requireNonNull(bookedBy, "bookedBy");
  }

  /** A transfer just booked, not arrived. */
  public static Transfer booked(
      String fromLocationId,
      String toLocationId,
      LocalDate expectedDate,
      Instant bookedAt,
      Actor bookedBy) {
    return new Transfer(fromLocationId, toLocationId, expectedDate, bookedAt, bookedBy, null);
  }

  /** Whether the merchandise has not been seen at the destination yet. */
  public boolean isPending() {
    return arrivedAt == null;
  }

  /** Whether it moves the same merchandise between the same places on the same expected date. */
  public boolean sameMoveAs(String from, String to, LocalDate expected) {
    return fromLocationId.equals(from) && toLocationId.equals(to) && expectedDate.equals(expected);
  }

  /** The same transfer, arrived at {@code at}. */
  public Transfer arrived(Instant at) {
    return new Transfer(fromLocationId, toLocationId, expectedDate, bookedAt, bookedBy, at);
  }

  /** Names this transfer among the order's transfers (the touch point's dedupe trigger). */
  public String key() {
    return fromLocationId + ">" + toLocationId + "@" + bookedAt;
  }

  /** In words for the audit trail, e.g. {@code 888 → 101 expected 2026-12-10}. */
  public String describe() {
    return fromLocationId + " → " + toLocationId + " expected " + expectedDate;
  }
}
