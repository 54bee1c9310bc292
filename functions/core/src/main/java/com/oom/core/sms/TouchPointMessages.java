package com.oom.core.sms;

import com.oom.core.order.Appointment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.TouchPoint;
import java.util.Optional;

/**
 * The text for a touch point from the order's state at send time, in the guest's language. Empty
 * when the state no longer supports it (the appointment was cancelled, the balance was paid, the
 * merchandise is no longer available or a transfer booked since will bring it elsewhere, the
 * transfer's merchandise is no longer there): the touch point is superseded.
 */
public final class TouchPointMessages {
  private TouchPointMessages() {}

  public static Optional<String> render(
      SmsTemplates templates, TouchPoint touchPoint, OpenOrder order) {
    OrderDetails d = order.details();
    Appointment a = d.appointment();
    SmsParameters parameters =
        switch (touchPoint) {
          case MERCHANDISE_AVAILABLE ->
              d.isAvailable() && !order.awaitsTransfer() ? basic(d, null) : null;
          case APPOINTMENT_BOOKED, APPOINTMENT_REMINDER, TIME_FRAME ->
              a == null
                  ? null
                  : new SmsParameters(
                      d.guest().firstName(),
                      d.orderId(),
                      null,
                      a.date(),
                      a.windowStart(),
                      a.windowEnd(),
                      null);
          case REVISED_ATP -> d.atpDate() == null ? null : basic(d, d.atpDate());
          case MISSED_APPOINTMENT -> order.missed() == null ? null : basic(d, null);
          case BALANCE_DUE ->
              d.owesBalance()
                  ? new SmsParameters(
                      d.guest().firstName(),
                      d.orderId(),
                      null,
                      null,
                      null,
                      null,
                      d.balanceDue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                  : null;
          case TRANSFER_ARRIVED ->
              d.isAvailable() && order.transfer() != null && !order.transfer().isPending()
                  ? basic(d, null)
                  : null;
        };
    if (parameters == null) {
      return Optional.empty();
    }
    return Optional.of(templates.render(touchPoint, d.language(), parameters));
  }

  private static SmsParameters basic(OrderDetails d, java.time.LocalDate date) {
    return new SmsParameters(d.guest().firstName(), d.orderId(), null, date, null, null, null);
  }
}
