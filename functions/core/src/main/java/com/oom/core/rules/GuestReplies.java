package com.oom.core.rules;

import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;

/** A guest's text reply that an agent must act on (reschedule request, free text). */
public final class GuestReplies {
  private GuestReplies() {}

  public static OrderUpdate rescheduleRequested(OpenOrder order, ChangeContext ctx) {
    if (!order.isWorkedByOom()) {
      return OrderUpdate.unchanged(order);
    }
    String id = order.orderId();
    return new OrderChangeBuilder(order, ctx)
        .change(
            b ->
                b.followUp(
                    new FollowUpRequest(FollowUpRequest.Reason.RESCHEDULE_REQUESTED, ctx.at())))
        .event(
            new OrderEvent.RescheduleRequested(
                ctx.eventId(id, "reschedule"), id, ctx.at(), ctx.actor()))
        .build();
  }

  public static OrderUpdate needsAgent(OpenOrder order, ChangeContext ctx) {
    if (order.isClosed()) {
      return OrderUpdate.unchanged(order);
    }
    String id = order.orderId();
    return new OrderChangeBuilder(order, ctx)
        .change(b -> b.followUp(new FollowUpRequest(FollowUpRequest.Reason.GUEST_REPLY, ctx.at())))
        .event(
            new OrderEvent.GuestReplyNeedsAgent(
                ctx.eventId(id, "guest-reply"), id, ctx.at(), ctx.actor()))
        .build();
  }
}
