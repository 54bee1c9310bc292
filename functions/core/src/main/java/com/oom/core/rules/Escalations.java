package com.oom.core.rules;

import com.oom.core.escalation.EscalationDecision;
import com.oom.core.order.Escalation;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;

/**
 * Hands an order to its store: CWC, which stops all automated contact. The hand-off message and the
 * ERP write-back are derived from the {@link OrderEvent.OrderEscalated} event.
 */
public final class Escalations {
  private Escalations() {}

  public static OrderUpdate escalate(
      OpenOrder order, EscalationDecision.Escalate decision, ChangeContext ctx) {
    OrderGuards.requireWorkedByOom(order);
    OrderEvent.OrderEscalated escalated =
        new OrderEvent.OrderEscalated(
            ctx.eventId(order.orderId(), "escalated"),
            order.orderId(),
            ctx.at(),
            ctx.actor(),
            decision.reason(),
            decision.explanation());
    return new OrderChangeBuilder(order, ctx)
        .change(
            b ->
                b.details(order.details().withStatus(FulfilmentStatus.CWC))
                    .escalation(
                        new Escalation(decision.reason(), ctx.at(), false, escalated.handOffId())))
        .event(escalated)
        .build();
  }
}
