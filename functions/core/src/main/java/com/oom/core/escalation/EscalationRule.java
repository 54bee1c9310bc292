package com.oom.core.escalation;

import com.oom.core.order.EscalationReason;
import com.oom.core.order.OpenOrder;
import java.time.Instant;

/** One reason to hand an order to its store, as a pure function of the order and the instant. */
public interface EscalationRule {
  EscalationReason reason();

  EscalationDecision evaluate(OpenOrder order, Instant now);
}
