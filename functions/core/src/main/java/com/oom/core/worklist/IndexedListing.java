package com.oom.core.worklist;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the index holds for one order, as stored with its state: every index key (an entry of a
 * list, its appointment day, its lack of a next step) with the fingerprint of what it shows, and
 * when the order's listing changes next with no change to the order (null: never).
 */
public record IndexedListing(Map<String, String> index, Instant refreshAt) {
  public IndexedListing {
    index = Map.copyOf(Objects.requireNonNull(index, "index"));
  }
}
