package com.oom.core.escalation;

import com.oom.core.order.EscalationReason;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.TroubleReason;
import java.time.Instant;

/** FAULTY and NO_FIT: an agent's trouble report escalates at once. */
public record TroubleRule(TroubleReason trouble) implements EscalationRule {

  @Override
  public EscalationReason reason() {
    return EscalationReason.of(trouble);
  }

  @Override
  public EscalationDecision evaluate(OpenOrder order, Instant now) {
    if (!order.isWorkedByOom() || order.trouble() == null || order.trouble().reason() != trouble) {
      return new EscalationDecision.DoesNotApply(reason());
    }
    String label =
        trouble == TroubleReason.FAULTY ? "faulty merchandise" : "merchandise does not fit";
    return new EscalationDecision.Escalate(reason(), "Agent reported " + label);
  }
}
