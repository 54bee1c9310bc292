package com.oom.core.escalation;

import com.oom.core.order.EscalationReason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one escalation rule says about an order at an instant. */
public sealed interface EscalationDecision {
  EscalationReason reason();

  /** Hand the order to the store now. */
  record Escalate(EscalationReason reason, String explanation) implements EscalationDecision {
    public Escalate {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * The rule is running but cannot fire yet.
   *
   * @param missing conditions other than time that still have to hold (e.g. "weekend attempt
   *     missing"); empty when only time is missing
   * @param earliestAt the earliest instant it can fire, or null when it fires as soon as the
   *     missing conditions hold
   */
  record NotYet(EscalationReason reason, List<String> missing, Instant earliestAt)
      implements EscalationDecision {
    public NotYet {
      Objects.requireNonNull(reason, "reason");
      missing = List.copyOf(missing);
    }

    /** When only time is missing the rule fires at {@link #earliestAt}: a timer is armed. */
    public Optional<Instant> timerDueAt() {
      return missing.isEmpty() ? Optional.ofNullable(earliestAt) : Optional.empty();
    }
  }

  /** The rule does not concern this order (not coded for it, resolved, or not worked by OOM). */
  record DoesNotApply(EscalationReason reason) implements EscalationDecision {}
}
