package com.oom.core.rules;

import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PickupDesk;
import com.oom.core.order.PickupEvent;
import com.oom.core.order.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The pick-up desk of a distribution centre (CPU duties) records what happens at a booked pick-up:
 *
 * <ul>
 *   <li>ARRIVED: the guest is at the desk; only on the appointment day (the order's local date).
 *   <li>RELEASED: the merchandise was handed over; not before the appointment day. It records the
 *       PICKED_UP fulfilment outcome exactly as the ERP's would ({@link FulfilmentOutcomes}): the
 *       order closes.
 *   <li>NO_SHOW: the guest did not come; not before the pick-up window has ended, and not once the
 *       guest arrived. It records the PICKUP_MISSED outcome as the ERP's would: the order goes on
 *       the missed list and the MISSED_APPOINTMENT touch point fires.
 * </ul>
 *
 * Only for an order OOM works with a booked PICKUP appointment. Recording what is already recorded
 * (a second ARRIVED or NO_SHOW for the same pick-up) changes nothing. Every event needs the
 * person's comment and is written back to the ERP.
 */
public final class PickupDeskEvents {
  private PickupDeskEvents() {}

  public static OrderUpdate record(
      OpenOrder order, PickupEvent event, String comment, ChangeContext ctx) {
    if (event == null) {
      throw new InvalidCommand("event", "is required (ARRIVED, RELEASED or NO_SHOW)");
    }
    String why = Comments.requireFrom(ctx.actor(), comment);
    OrderGuards.requireWorkedByOom(order);
    Appointment pickup =
        order
            .appointment()
            .filter(a -> a.kind() == AppointmentKind.PICKUP)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "order "
                            + order.orderId()
                            + " has no booked pick-up: the pick-up desk records events only for"
                            + " a booked PICKUP appointment"));
    LocalDate today = ctx.at().atZone(order.details().timeZone()).toLocalDate();
    PickupDesk desk =
        order.pickupDesk() != null && order.pickupDesk().isFor(pickup.date())
            ? order.pickupDesk()
            : PickupDesk.of(pickup.date());
    if (desk.noShowAt() != null && event != PickupEvent.RELEASED) {
      if (event == PickupEvent.NO_SHOW) {
        return OrderUpdate.unchanged(order);
      }
      throw new RuleViolation(
          "the guest was recorded as a no-show for the pick-up of "
              + pickup.date()
              + ": release the merchandise or book a new pick-up");
    }
    return switch (event) {
      case ARRIVED -> arrived(order, pickup, desk, today, why, ctx);
      case RELEASED -> released(order, pickup, desk, today, why, ctx);
      case NO_SHOW -> noShow(order, pickup, desk, why, ctx);
    };
  }

  private static OrderUpdate arrived(
      OpenOrder order,
      Appointment pickup,
      PickupDesk desk,
      LocalDate today,
      String why,
      ChangeContext ctx) {
    if (!today.equals(pickup.date())) {
      throw new RuleViolation(
          "the pick-up is booked for "
              + pickup.date()
              + ": a guest's arrival is recorded only on that day (today is "
              + today
              + ")");
    }
    if (desk.arrivedAt() != null) {
      return OrderUpdate.unchanged(order);
    }
    return desked(order, PickupEvent.ARRIVED, desk.arrived(ctx.at()), pickup, why, ctx).build();
  }

  private static OrderUpdate released(
      OpenOrder order,
      Appointment pickup,
      PickupDesk desk,
      LocalDate today,
      String why,
      ChangeContext ctx) {
    if (today.isBefore(pickup.date())) {
      throw new RuleViolation(
          "the pick-up is booked for "
              + pickup.date()
              + ": the merchandise is not released before that day (today is "
              + today
              + ")");
    }
    OrderUpdate recorded =
        desked(order, PickupEvent.RELEASED, desk.released(ctx.at()), pickup, why, ctx).build();
    return withOutcome(recorded, FulfilmentOutcomeKind.PICKED_UP, ctx);
  }

  private static OrderUpdate noShow(
      OpenOrder order, Appointment pickup, PickupDesk desk, String why, ChangeContext ctx) {
    Instant windowEnd =
        ZonedDateTime.of(pickup.date(), pickup.windowEnd(), order.details().timeZone()).toInstant();
    if (ctx.at().isBefore(windowEnd)) {
      throw new RuleViolation(
          "the pick-up window ends at "
              + pickup.windowEnd()
              + " on "
              + pickup.date()
              + ": a no-show is recorded only once it has ended");
    }
    if (desk.arrivedAt() != null) {
      throw new RuleViolation(
          "the guest arrived at the desk at "
              + desk.arrivedAt()
              + ": release the merchandise, or report what went wrong");
    }
    OrderUpdate recorded =
        desked(order, PickupEvent.NO_SHOW, desk.noShow(ctx.at()), pickup, why, ctx).build();
    return withOutcome(recorded, FulfilmentOutcomeKind.PICKUP_MISSED, ctx);
  }

  private static OrderChangeBuilder desked(
      OpenOrder order,
      PickupEvent event,
      PickupDesk desk,
      Appointment pickup,
      String why,
      ChangeContext ctx) {
    String id = order.orderId();
    return new OrderChangeBuilder(order, ctx)
        .change(b -> b.pickupDesk(desk))
        .event(
            new OrderEvent.PickupDeskEventRecorded(
                ctx.eventId(id, "pickup"),
                id,
                ctx.at(),
                ctx.actor(),
                event,
                pickup.date(),
                order.details().locationId(),
                why));
  }

  /** The desk's event followed by the fulfilment outcome it stands for, as one update. */
  private static OrderUpdate withOutcome(
      OrderUpdate recorded, FulfilmentOutcomeKind outcome, ChangeContext ctx) {
    OrderUpdate outcomeUpdate = FulfilmentOutcomes.record(recorded.after(), outcome, ctx.at(), ctx);
    List<OrderEvent> events = new ArrayList<>(recorded.events());
    events.addAll(outcomeUpdate.events());
    return new OrderUpdate(recorded.before(), outcomeUpdate.after(), events);
  }
}
