package com.oom.core.worklist;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationDecision;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rule 2: every coded order, with what its code still needs and when that is due (the HOLD attempt
 * still missing, the CALLBACK call, the SVC visit, the BALDUE and CANCEL grace ends): {@link
 * CodedSteps}.
 */
record CodedListRule(EscalationRules escalationRules, CodedSteps steps) implements WorkListRule {

  CodedListRule(EscalationRules escalationRules, OomConfig config) {
    this(escalationRules, new CodedSteps(config));
  }

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    if (!order.contactStatus().isCoded()) {
      return Optional.empty();
    }
    CodedSteps.Step step = steps.stepFor(order, calendar, now);
    List<String> missing = step.missing().isEmpty() ? timersMissing(order, now) : step.missing();
    return Optional.of(
        WorkItem.of(
            WorkListKind.CODED,
            order,
            step.action(),
            "Coded " + order.contactStatus() + ": " + step.why(),
            missing,
            step.dueAt()));
  }

  /** What the escalation timers still need (e.g. "weekend attempt missing"). */
  private List<String> timersMissing(OpenOrder order, Instant now) {
    return escalationRules.evaluate(order, now).stream()
        .filter(EscalationDecision.NotYet.class::isInstance)
        .map(EscalationDecision.NotYet.class::cast)
        .flatMap(notYet -> notYet.missing().stream())
        .toList();
  }
}
