package com.oom.core.worklist;

import com.oom.core.escalation.EscalationDecision;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rule 2: coded orders with their timers visible: what each escalation still needs, and when the
 * next one fires.
 */
record CodedListRule(EscalationRules escalationRules) implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    if (!order.contactStatus().isCoded()) {
      return Optional.empty();
    }
    List<String> missing =
        escalationRules.evaluate(order, now).stream()
            .filter(EscalationDecision.NotYet.class::isInstance)
            .map(EscalationDecision.NotYet.class::cast)
            .flatMap(notYet -> notYet.missing().stream())
            .toList();
    Instant dueAt = escalationRules.nextDueAt(order, now).orElse(null);
    return Optional.of(
        WorkItem.of(WorkListKind.CODED, order, "Coded " + order.contactStatus(), missing, dueAt));
  }
}
