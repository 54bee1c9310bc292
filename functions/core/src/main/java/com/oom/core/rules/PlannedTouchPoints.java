package com.oom.core.rules;

import com.oom.core.order.Appointment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.sms.AppointmentTexts;

/**
 * The reminder the daily plan fires at the start of a business day ahead of an appointment, once
 * per appointment (date and window). The time frame is fired by the order's timer (see {@link
 * TimeFrames}).
 */
public final class PlannedTouchPoints {
  private PlannedTouchPoints() {}

  public static OrderUpdate reminder(OpenOrder order, ChangeContext ctx) {
    Appointment a = order.details().appointment();
    if (a == null) {
      return OrderUpdate.unchanged(order);
    }
    return new OrderChangeBuilder(order, ctx)
        .touchPoint(
            TouchPoint.APPOINTMENT_REMINDER,
            AppointmentTexts.trigger(TouchPoint.APPOINTMENT_REMINDER, a))
        .build();
  }
}
