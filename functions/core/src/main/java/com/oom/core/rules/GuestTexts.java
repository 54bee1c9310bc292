package com.oom.core.rules;

import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TextMessage;

/**
 * A guest's free-text reply: its words are kept on the order (once per inbound message, however
 * often it is delivered) and the order goes to follow-up so an agent reads them. The audit entry
 * says a text came in, never what it said.
 */
public final class GuestTexts {
  private GuestTexts() {}

  /**
   * @param ctx the inbound message's context: its id is the command id, so a redelivery is the same
   *     text
   */
  public static OrderUpdate received(
      OpenOrder order, PhoneNumber from, String words, ChangeContext ctx) {
    if (order.isClosed()) {
      return OrderUpdate.unchanged(order);
    }
    String id = order.orderId();
    String textId = textId(ctx, id);
    if (order.texts().stream().anyMatch(t -> t.textId().equals(textId))) {
      return OrderUpdate.unchanged(order);
    }
    TextMessage text =
        new TextMessage(
            textId, TextMessage.Direction.INBOUND, from, words, ctx.at(), ctx.actor(), null);
    return new OrderChangeBuilder(order, ctx)
        .change(
            b ->
                b.addText(text)
                    .followUp(new FollowUpRequest(FollowUpRequest.Reason.GUEST_REPLY, ctx.at())))
        .event(
            new OrderEvent.GuestReplyNeedsAgent(
                ctx.eventId(id, "guest-reply"), id, ctx.at(), ctx.actor()))
        .build();
  }

  /** The id of the text an inbound message (the command of {@code ctx}) keeps on the order. */
  public static String textId(ChangeContext ctx, String orderId) {
    return ctx.eventId(orderId, "text");
  }
}
