package com.oom.core.time;

import java.time.LocalTime;
import java.util.Objects;

/** Opening hours of one day, opens < closes. */
public record OpeningHours(LocalTime opens, LocalTime closes) {

  public OpeningHours {
    Objects.requireNonNull(opens, "opens must not be null");
    Objects.requireNonNull(closes, "closes must not be null");
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException(
          "opens (" + opens + ") must be before closes (" + closes + ")");
    }
  }
}
