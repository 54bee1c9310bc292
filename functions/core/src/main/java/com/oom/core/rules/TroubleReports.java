package com.oom.core.rules;

import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TroubleReason;
import com.oom.core.order.TroubleReport;

/** An agent reports faulty merchandise or a no-fit; the escalation rules then fire at once. */
public final class TroubleReports {
  private TroubleReports() {}

  public static OrderUpdate report(
      OpenOrder order, TroubleReason reason, String comment, ChangeContext ctx) {
    OrderGuards.requireWorkedByOom(order);
    if (reason == null) {
      throw new InvalidCommand("reason", "is required (FAULTY or NO_FIT)");
    }
    String why = Comments.requireFrom(ctx.actor(), comment);
    return new OrderChangeBuilder(order, ctx)
        .change(b -> b.trouble(new TroubleReport(reason, ctx.actor().id(), why, ctx.at())))
        .event(
            new OrderEvent.TroubleReported(
                ctx.eventId(order.orderId(), "trouble"),
                order.orderId(),
                ctx.at(),
                ctx.actor(),
                reason,
                why))
        .build();
  }
}
