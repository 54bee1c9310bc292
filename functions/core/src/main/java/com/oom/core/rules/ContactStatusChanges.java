package com.oom.core.rules;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Sets the contact status and contact date. A new status starts its clock (the HOLD week, the
 * BALDUE and CANCEL grace periods); changing only the date keeps it. Coding BALDUE while a balance
 * is owing fires the BALANCE_DUE touch point.
 */
public final class ContactStatusChanges {
  private ContactStatusChanges() {}

  public static OrderUpdate set(
      OpenOrder order,
      ContactStatus status,
      LocalDate contactDate,
      String comment,
      ChangeContext ctx) {
    OrderGuards.requireWorkedByOom(order);
    if (status == null) {
      throw new InvalidCommand("status", "is required");
    }
    LocalDate today = ctx.at().atZone(order.details().timeZone()).toLocalDate();
    if (contactDate != null && contactDate.isBefore(today)) {
      throw new InvalidCommand("contactDate", "must not be before today (" + today + ")");
    }
    String why = Comments.requireFrom(ctx.actor(), comment);
    boolean statusChanged = status != order.contactStatus();
    if (!statusChanged && Objects.equals(contactDate, order.contactDate())) {
      return OrderUpdate.unchanged(order);
    }
    OrderChangeBuilder change =
        new OrderChangeBuilder(order, ctx)
            .change(
                b -> {
                  if (statusChanged) {
                    b.contactStatus(status, ctx.at());
                  }
                  return b.contactDate(contactDate);
                })
            .event(
                new OrderEvent.ContactStatusChanged(
                    ctx.eventId(order.orderId(), "contact-status"),
                    order.orderId(),
                    ctx.at(),
                    ctx.actor(),
                    order.contactStatus(),
                    status,
                    order.contactDate(),
                    contactDate,
                    why));
    if (statusChanged && status == ContactStatus.BALDUE && order.details().owesBalance()) {
      change.touchPoint(TouchPoint.BALANCE_DUE, "baldue:" + ctx.at());
    }
    return change.build();
  }
}
