package com.oom.core.order;

import java.time.Instant;
import java.util.Objects;

/** The guest was not home, or did not come for the pick-up; cleared when a new booking is made. */
public record MissedFulfilment(FulfilmentOutcomeKind outcome, Instant at) {
  public MissedFulfilment {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
    if (!outcome.isMissed()) {
      throw new IllegalArgumentException(outcome + " is not a missed fulfilment");
    }
  }
}
