package com.oom.core.rules;

import com.oom.core.order.ErpSync;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PendingKind;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.time.BusinessCalendar;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sweep's check of what the ERP has not shown in time: each overdue change is reported once
 * (audited, and stated to the ERP again in the update the report produces) and stays on the sync
 * list until a snapshot settles it.
 */
public final class ErpEchoChecks {
  private ErpEchoChecks() {}

  public static OrderUpdate reportOverdue(
      OpenOrder order, EchoDeadlines deadlines, BusinessCalendar calendar, ChangeContext ctx) {
    List<EchoDeadlines.Waiting> due =
        deadlines.overdue(order, calendar, ctx.at()).stream().filter(w -> !w.reported()).toList();
    if (due.isEmpty()) {
      return OrderUpdate.unchanged(order);
    }
    List<PendingKind> kinds = due.stream().map(EchoDeadlines.Waiting::kind).toList();
    ErpSync sync = order.sync();
    if (kinds.contains(PendingKind.APPOINTMENT)) {
      sync = sync.withBooking(sync.booking().reported(ctx.at()));
    }
    if (kinds.contains(PendingKind.FULFILMENT_DATE)) {
      sync = sync.withRedate(sync.redate().reported(ctx.at()));
    }
    if (kinds.contains(PendingKind.CONTACT_CODE)) {
      sync = sync.withCode(sync.code().reported(ctx.at()));
    }
    if (kinds.contains(PendingKind.CWC)) {
      sync = sync.withEscalationOverdueReportedAt(ctx.at());
    }
    ErpSync reported = sync;
    String pending =
        due.stream().map(w -> w.what() + " since " + w.since()).collect(Collectors.joining("; "));
    return new OrderChangeBuilder(order, ctx)
        .change(b -> b.sync(reported))
        .event(
            new OrderEvent.ErpEchoOverdue(
                ctx.eventId(order.orderId(), "echo-overdue"),
                order.orderId(),
                ctx.at(),
                ctx.actor(),
                kinds,
                pending))
        .build();
  }
}
