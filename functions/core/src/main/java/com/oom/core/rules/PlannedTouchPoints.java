package com.oom.core.rules;

import com.oom.core.order.Appointment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;

/**
 * Touch points the daily plan fires at the start of a business day: the reminder ahead of an
 * appointment and the time frame on its day. Each fires once per appointment (date and window).
 */
public final class PlannedTouchPoints {
  private PlannedTouchPoints() {}

  public static OrderUpdate reminder(OpenOrder order, ChangeContext ctx) {
    return fire(order, TouchPoint.APPOINTMENT_REMINDER, "reminder:", ctx);
  }

  public static OrderUpdate timeFrame(OpenOrder order, ChangeContext ctx) {
    return fire(order, TouchPoint.TIME_FRAME, "time-frame:", ctx);
  }

  private static OrderUpdate fire(
      OpenOrder order, TouchPoint touchPoint, String prefix, ChangeContext ctx) {
    Appointment a = order.details().appointment();
    if (a == null) {
      return OrderUpdate.unchanged(order);
    }
    return new OrderChangeBuilder(order, ctx)
        .touchPoint(touchPoint, prefix + a.date() + "T" + a.windowStart() + "-" + a.windowEnd())
        .build();
  }
}
