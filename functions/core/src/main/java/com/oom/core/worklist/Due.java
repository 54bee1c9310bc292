package com.oom.core.worklist;

import java.time.Instant;

/** Small helpers for due times. */
final class Due {
  private Due() {}

  static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
