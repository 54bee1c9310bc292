package com.oom.core.rules;

import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.MissedFulfilment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import java.time.Instant;

/**
 * What the ERP reports after a delivery or pick-up: delivered or picked up closes the order; not
 * home or a missed pick-up puts it on the missed list and fires the MISSED_APPOINTMENT touch point;
 * a refusal puts it on the missed list too, for an agent's trouble decision (FAULTY, NO_FIT or
 * rebook), with no text to the guest.
 */
public final class FulfilmentOutcomes {
  private FulfilmentOutcomes() {}

  public static OrderUpdate record(
      OpenOrder order, FulfilmentOutcomeKind outcome, Instant happenedAt, ChangeContext ctx) {
    if (outcome == null) {
      throw new InvalidCommand("outcome", "is required");
    }
    if (happenedAt == null) {
      throw new InvalidCommand("at", "is required");
    }
    if (order.isClosed()) {
      return OrderUpdate.unchanged(order);
    }
    String id = order.orderId();
    OrderChangeBuilder change =
        new OrderChangeBuilder(order, ctx)
            .event(
                new OrderEvent.FulfilmentOutcomeRecorded(
                    ctx.eventId(id, "outcome"), id, ctx.at(), ctx.actor(), outcome));
    switch (outcome) {
      case DELIVERED, PICKED_UP -> {
        FulfilmentStatus closed =
            outcome == FulfilmentOutcomeKind.DELIVERED
                ? FulfilmentStatus.DELIVERED
                : FulfilmentStatus.PICKED_UP;
        change
            .change(b -> b.details(order.details().withStatus(closed)).missed(null))
            .event(
                new OrderEvent.OrderClosed(
                    ctx.eventId(id, "closed"), id, ctx.at(), ctx.actor(), closed));
      }
      case NOT_HOME, PICKUP_MISSED -> {
        if (order.isWorkedByOom()) {
          change
              .change(b -> b.missed(new MissedFulfilment(outcome, happenedAt)))
              .touchPoint(TouchPoint.MISSED_APPOINTMENT, "missed:" + happenedAt);
        }
      }
      case REFUSED -> {
        if (order.isWorkedByOom()) {
          change.change(b -> b.missed(new MissedFulfilment(outcome, happenedAt)));
        }
      }
    }
    return change.build();
  }
}
