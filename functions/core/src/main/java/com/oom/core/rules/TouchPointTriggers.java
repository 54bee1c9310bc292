package com.oom.core.rules;

import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent.TouchPointTriggered;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TouchPoint;
import java.util.Optional;

/**
 * Fires a touch point at most once per trigger: the dedupe key is the order, the touch point and
 * what triggered it (the appointment, the new ATP date, the missed visit...). Orders in CWC or
 * closed, and guests without a mobile number that accepts texts, get nothing automated; a number
 * reported wrong is skipped.
 */
public final class TouchPointTriggers {
  private TouchPointTriggers() {}

  public static String dedupeKey(String orderId, TouchPoint touchPoint, String trigger) {
    return orderId + "#" + touchPoint + "#" + trigger;
  }

  /**
   * @return the event when the touch point fires; the caller adds its key to the order
   */
  public static Optional<TouchPointTriggered> fire(
      OpenOrder order, TouchPoint touchPoint, String trigger, ChangeContext ctx) {
    if (!order.isWorkedByOom()) {
      return Optional.empty();
    }
    String key = dedupeKey(order.orderId(), touchPoint, trigger);
    if (order.touchPointKeys().contains(key)) {
      return Optional.empty();
    }
    return recipient(order)
        .map(
            to ->
                new TouchPointTriggered(
                    ctx.eventId(order.orderId(), "touch-point:" + key),
                    order.orderId(),
                    ctx.at(),
                    ctx.actor(),
                    touchPoint,
                    key,
                    to));
  }

  /** The number an automated text goes to: the first that accepts texts and is not wrong. */
  public static Optional<PhoneNumber> recipient(OpenOrder order) {
    return order.details().guest().phones().stream()
        .filter(GuestPhone::canReceiveTexts)
        .map(GuestPhone::number)
        .filter(number -> !order.isWrongNumber(number))
        .findFirst();
  }
}
