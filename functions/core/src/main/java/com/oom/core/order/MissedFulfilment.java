package com.oom.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * The visit failed and an agent must act: the guest was not home or did not come for the pick-up
 * (rebook), or refused the merchandise (report it FAULTY or NO_FIT, or rebook). Cleared when a new
 * booking is made.
 */
public record MissedFulfilment(FulfilmentOutcomeKind outcome, Instant at) {
  public MissedFulfilment {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
    if (!outcome.needsAnAgent()) {
      throw new IllegalArgumentException(outcome + " does not leave the order to an agent");
    }
  }

  public boolean refused() {
    return outcome == FulfilmentOutcomeKind.REFUSED;
  }
}
