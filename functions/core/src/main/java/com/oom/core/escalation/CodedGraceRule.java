package com.oom.core.escalation;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.OpenOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * An order coded {@code code} that is still unresolved {@code grace} after it was coded escalates
 * with {@code reason}: BALDUE with a balance still owing (BALANCE_DUE), CANCEL not dealt with
 * (CANCEL_REQUEST). Changing the code, or resolving it, stops the timer.
 */
public record CodedGraceRule(
    EscalationReason reason,
    ContactStatus code,
    Duration grace,
    Predicate<OpenOrder> stillUnresolved,
    String explanation)
    implements EscalationRule {

  public static CodedGraceRule balanceDue(Duration grace) {
    return new CodedGraceRule(
        EscalationReason.BALANCE_DUE,
        ContactStatus.BALDUE,
        grace,
        order -> order.details().owesBalance(),
        "Balance owing not dealt with within %d hours of being coded BALDUE");
  }

  public static CodedGraceRule cancelRequest(Duration grace) {
    return new CodedGraceRule(
        EscalationReason.CANCEL_REQUEST,
        ContactStatus.CANCEL,
        grace,
        order -> true,
        "Cancel request not dealt with within %d hours of being coded CANCEL");
  }

  @Override
  public EscalationDecision evaluate(OpenOrder order, Instant now) {
    if (!order.isWorkedByOom() || order.contactStatus() != code || !stillUnresolved.test(order)) {
      return new EscalationDecision.DoesNotApply(reason);
    }
    Instant dueAt = order.contactStatusSince().plus(grace);
    if (now.isBefore(dueAt)) {
      return new EscalationDecision.NotYet(reason, List.of(), dueAt);
    }
    return new EscalationDecision.Escalate(reason, explanation.formatted(grace.toHours()));
  }
}
