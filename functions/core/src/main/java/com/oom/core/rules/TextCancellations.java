package com.oom.core.rules;

import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.sms.AppointmentTexts;

/**
 * Records on the order that a text about an appointment was cancelled at send time (see {@link
 * AppointmentTexts#cancellation}): an audit entry, mirrored to the ERP like every other; the order
 * itself does not change.
 */
public final class TextCancellations {
  private TextCancellations() {}

  /** The command id of the cancellation of one text: its dedupe key (a redelivery adds nothing). */
  public static String commandId(String dedupeKey) {
    return "sms-cancelled:" + dedupeKey;
  }

  public static OrderUpdate cancelled(
      OpenOrder order,
      TouchPoint touchPoint,
      String dedupeKey,
      AppointmentTexts.Cancellation cancellation,
      ChangeContext ctx) {
    return new OrderChangeBuilder(order, ctx)
        .event(
            new OrderEvent.TextCancelled(
                ctx.eventId(order.orderId(), "sms-cancelled:" + dedupeKey),
                order.orderId(),
                ctx.at(),
                Actor.SYSTEM,
                touchPoint,
                dedupeKey,
                cancellation.slot().date(),
                cancellation.slot().windowStart(),
                cancellation.slot().windowEnd(),
                cancellation.reason().name(),
                cancellation.why()))
        .build();
  }
}
