package com.oom.core.order;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable ids derived from the command that caused them: the same message redelivered yields the
 * same event, audit and outbox ids, which keeps the outbox and FIFO deduplication exact.
 */
public final class DerivedId {
  private DerivedId() {}

  public static String of(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
