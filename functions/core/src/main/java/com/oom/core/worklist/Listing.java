package com.oom.core.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the work-list index holds for one order at an instant: its entry on each list it is
 * on, the day of its appointment (the daily plan and the confirmation audit read orders by day),
 * whether it lacks a next step (the safety net), and when this listing next changes with no change
 * to the order ({@code refreshAt}: a list joined or left, a line or a rank that changes with the
 * day; null for a closed order). The order's timer fires then, so the index is rewritten only when
 * what it shows changes. {@code pickup} is its line on its distribution centre's pick-up desk and
 * {@code reserved} its place in the location's reserved stock (each null when it has none).
 */
public record Listing(
    String orderId,
    String storeId,
    List<ListEntry> entries,
    LocalDate appointmentDate,
    boolean withoutNextStep,
    Instant refreshAt,
    PickupDeskItem pickup,
    ReservedStock reserved) {

  public Listing {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(storeId, "storeId");
    entries = List.copyOf(entries);
  }

  /** A listing on no pick-up desk and in no reserved stock. */
  public Listing(
      String orderId,
      String storeId,
      List<ListEntry> entries,
      LocalDate appointmentDate,
      boolean withoutNextStep,
      Instant refreshAt) {
    this(orderId, storeId, entries, appointmentDate, withoutNextStep, refreshAt, null, null);
  }

  /** An order on no list, with nothing to index (closed, or of a store not in the directory). */
  public static Listing none(String orderId, String storeId) {
    return new Listing(orderId, storeId, List.of(), null, false, null);
  }

  /** The index keys and fingerprints of this listing (see {@link IndexKeys}). */
  public Map<String, String> index() {
    Map<String, String> index = new LinkedHashMap<>();
    for (ListEntry entry : entries) {
      index.put(entry.key(), entry.fingerprint());
    }
    if (appointmentDate != null) {
      index.put(IndexKeys.appointment(storeId, appointmentDate, orderId), "");
    }
    if (withoutNextStep) {
      index.put(IndexKeys.withoutNextStep(storeId, orderId), "");
    }
    if (pickup != null) {
      index.put(pickup.key(), pickup.fingerprint());
    }
    if (reserved != null) {
      index.put(reserved.key(), "");
    }
    return index;
  }

  public IndexedListing indexed() {
    return new IndexedListing(index(), refreshAt);
  }

  /**
   * Whether the index must be written: never written ({@code stored} null), something it shows
   * changed, or its refresh time has come.
   */
  public boolean needsWriteOver(IndexedListing stored, Instant now) {
    return stored == null
        || !stored.index().equals(index())
        || (stored.refreshAt() != null && !now.isBefore(stored.refreshAt()));
  }
}
