package com.oom.core.worklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One line of a work list as the index keeps it: the item the list shows (with its next step and
 * promotion) and its {@link Rank} in the list.
 */
public record ListEntry(WorkItem item, String rank) {
  public ListEntry {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(rank, "rank");
  }

  static ListEntry of(WorkItem item) {
    return new ListEntry(item, Rank.of(item));
  }

  public WorkListKind kind() {
    return item.list();
  }

  /** The entry's key in the index: list, store and rank (the rank ends with the order id). */
  public String key() {
    return "L|" + item.list().slug() + "|" + item.storeId() + "|" + rank;
  }

  /** A digest of everything the line shows, so an unchanged line is not rewritten. */
  public String fingerprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(item.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
