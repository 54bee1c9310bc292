package com.oom.core.rules;

import com.oom.core.order.Appointment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.sms.AppointmentTexts;
import com.oom.core.sms.TimeFrameTiming;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The time-frame text of a delivery or technician visit, fired by the order's timer (not by the
 * daily plan) from the instant {@link TimeFrameTiming#requestFrom} computes (one sweep period
 * before its send instant): once it has come and until the window ends, any change of the order
 * fires it, the timer sweep's included, so an appointment booked after it fires at once. Once per
 * appointment (date and window).
 */
public final class TimeFrames {
  private TimeFrames() {}

  /** The order with its time frame fired if it is due at {@code ctx.at()}. */
  public static OrderUpdate fireIfDue(
      OpenOrder order, TimeFrameTiming timing, Predicate<LocalDate> isHoliday, ChangeContext ctx) {
    Optional<Appointment> visit = order.appointment();
    if (visit.isEmpty() || !isDue(order, visit.get(), timing, isHoliday, ctx.at())) {
      return OrderUpdate.unchanged(order);
    }
    return new OrderChangeBuilder(order, ctx)
        .touchPoint(TouchPoint.TIME_FRAME, trigger(visit.get()))
        .build();
  }

  /**
   * When the timer must look at the order for its time frame: the request instant when it is still
   * ahead of {@code now} and the text would fire then; empty otherwise (a due one fires in the same
   * commit that computes this).
   */
  public static Optional<Instant> nextAt(
      OpenOrder order, TimeFrameTiming timing, Predicate<LocalDate> isHoliday, Instant now) {
    Optional<Appointment> visit = order.appointment();
    if (visit.isEmpty() || !order.isWorkedByOom()) {
      return Optional.empty();
    }
    String key =
        TouchPointTriggers.dedupeKey(order.orderId(), TouchPoint.TIME_FRAME, trigger(visit.get()));
    if (order.touchPointKeys().contains(key) || TouchPointTriggers.recipient(order).isEmpty()) {
      return Optional.empty();
    }
    return timing
        .requestFrom(visit.get(), order.details().timeZone(), isHoliday)
        .filter(at -> at.isAfter(now));
  }

  private static boolean isDue(
      OpenOrder order,
      Appointment visit,
      TimeFrameTiming timing,
      Predicate<LocalDate> isHoliday,
      Instant now) {
    Optional<Instant> from = timing.requestFrom(visit, order.details().timeZone(), isHoliday);
    return from.isPresent()
        && !now.isBefore(from.get())
        && now.isBefore(TimeFrameTiming.windowEnd(visit, order.details().timeZone()));
  }

  private static String trigger(Appointment visit) {
    return AppointmentTexts.trigger(TouchPoint.TIME_FRAME, visit);
  }
}
