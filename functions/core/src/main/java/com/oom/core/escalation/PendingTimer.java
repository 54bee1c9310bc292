package com.oom.core.escalation;

import com.oom.core.order.EscalationReason;
import java.time.Instant;
import java.util.Objects;

/** An escalation that will fire at {@code dueAt} unless something changes before then. */
public record PendingTimer(EscalationReason reason, Instant dueAt, String whatHappens) {
  public PendingTimer {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
