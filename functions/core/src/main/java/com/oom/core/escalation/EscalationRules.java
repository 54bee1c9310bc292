package com.oom.core.escalation;

import com.oom.core.config.OomConfig;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.TroubleReason;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every escalation rule of the process, gathered in one place, in the order they are checked. */
public final class EscalationRules {
  private final List<EscalationRule> rules;

  public EscalationRules(List<EscalationRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static EscalationRules from(OomConfig config) {
    return new EscalationRules(
        List.of(
            new TroubleRule(TroubleReason.FAULTY),
            new TroubleRule(TroubleReason.NO_FIT),
            CodedGraceRule.cancelRequest(config.cancelRequestGrace()),
            CodedGraceRule.balanceDue(config.balanceDueGrace()),
            new NoContactRule(
                config.noContactMinAttempts(), config.noContactSpan(), config.noContactSlots())));
  }

  public List<EscalationDecision> evaluate(OpenOrder order, Instant now) {
    return rules.stream().map(rule -> rule.evaluate(order, now)).toList();
  }

  /** The first rule that says escalate now, if any. */
  public Optional<EscalationDecision.Escalate> dueNow(OpenOrder order, Instant now) {
    return evaluate(order, now).stream()
        .filter(EscalationDecision.Escalate.class::isInstance)
        .map(EscalationDecision.Escalate.class::cast)
        .findFirst();
  }

  /** Timers that will fire with no further action, soonest first. */
  public List<PendingTimer> pendingTimers(OpenOrder order, Instant now) {
    return evaluate(order, now).stream()
        .flatMap(
            decision ->
                switch (decision) {
                  case EscalationDecision.NotYet notYet ->
                      notYet.timerDueAt().stream()
                          .map(
                              due ->
                                  new PendingTimer(
                                      notYet.reason(),
                                      due,
                                      "Escalates to CWC (" + notYet.reason() + ")"));
                  case EscalationDecision.Escalate escalate ->
                      java.util.stream.Stream.of(
                          new PendingTimer(escalate.reason(), now, "Escalates to CWC now"));
                  case EscalationDecision.DoesNotApply ignored -> java.util.stream.Stream.empty();
                })
        .sorted(Comparator.comparing(PendingTimer::dueAt))
        .toList();
  }

  /** When the sweep must look at this order next, or empty when no timer is running. */
  public Optional<Instant> nextDueAt(OpenOrder order, Instant now) {
    return pendingTimers(order, now).stream().map(PendingTimer::dueAt).findFirst();
  }
}
