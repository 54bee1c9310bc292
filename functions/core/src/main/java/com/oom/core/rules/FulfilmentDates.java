package com.oom.core.rules;

import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import java.time.LocalDate;

/**
 * Re-dates an order (the past-due fix): the new fulfilment date, by default the ATP date (today
 * once the ATP date has passed). The new date is pending until a snapshot shows it, and the ERP
 * update carries it.
 */
public final class FulfilmentDates {
  private FulfilmentDates() {}

  /**
   * @param date the new date, or null for the order's ATP date (today when the ATP date has passed:
   *     the merchandise is available now)
   */
  public static OrderUpdate redate(
      OpenOrder order, LocalDate date, String comment, ChangeContext ctx) {
    OrderGuards.requireWorkedByOom(order);
    LocalDate today = ctx.at().atZone(order.details().timeZone()).toLocalDate();
    LocalDate newDate = date != null ? date : defaultDate(order, today);
    if (newDate == null) {
      throw new InvalidCommand("date", "is required: the order has no ATP date");
    }
    if (newDate.isBefore(today)) {
      throw new InvalidCommand("date", "must not be before today (" + today + ")");
    }
    String why = Comments.requireFrom(ctx.actor(), comment);
    if (newDate.equals(order.details().fulfilmentDate())) {
      return OrderUpdate.unchanged(order);
    }
    return new OrderChangeBuilder(order, ctx)
        .change(b -> b.details(order.details().withFulfilmentDate(newDate)))
        .event(
            new OrderEvent.FulfilmentDateChanged(
                ctx.eventId(order.orderId(), "fulfilment-date"),
                order.orderId(),
                ctx.at(),
                ctx.actor(),
                order.details().fulfilmentDate(),
                newDate,
                why))
        .build();
  }

  /** The ATP date, or today once it has passed; null when the order has no ATP date. */
  private static LocalDate defaultDate(OpenOrder order, LocalDate today) {
    LocalDate atp = order.details().atpDate();
    return atp == null || !atp.isBefore(today) ? atp : today;
  }
}
