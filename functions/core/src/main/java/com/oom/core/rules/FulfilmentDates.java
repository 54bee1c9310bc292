package com.oom.core.rules;

import com.oom.core.order.Appointment;
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
   * @param date the new date, or null for the order's ATP date (once it has passed, the booked
   *     appointment's date)
   */
  public static OrderUpdate redate(
      OpenOrder order, LocalDate date, String comment, ChangeContext ctx) {
    OrderGuards.requireWorkedByOom(order);
    LocalDate today = ctx.at().atZone(order.details().timeZone()).toLocalDate();
    LocalDate newDate = date != null ? date : defaultDate(order, today);
    if (newDate == null) {
      LocalDate atp = order.details().atpDate();
      throw new InvalidCommand(
          "date",
          atp == null
              ? "is required: the order has no ATP date"
              : "is required: the ATP date " + atp + " has passed and no appointment is booked");
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

  /**
   * The ATP date; once it has passed (the merchandise is in stock), the booked appointment's date
   * when one is ahead; else none: the agent must give the date.
   */
  private static LocalDate defaultDate(OpenOrder order, LocalDate today) {
    LocalDate atp = order.details().atpDate();
    if (atp != null && !atp.isBefore(today)) {
      return atp;
    }
    return order
        .appointment()
        .map(Appointment::date)
        .filter(date -> !date.isBefore(today))
        .orElse(null);
  }
}
