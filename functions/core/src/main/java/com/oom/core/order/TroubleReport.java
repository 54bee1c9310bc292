package com.oom.core.order;

import java.time.Instant;
import java.util.Objects;

/** An agent reported the merchandise faulty or not fitting. */
public record TroubleReport(TroubleReason reason, String agent, String comment, Instant at) {
  public TroubleReport {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(at, "at");
  }
}
