package com.oom.core.rules;

import com.oom.core.order.Actor;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;

/** Free audit comments, and the rule that people must explain what they change. */
public final class Comments {
  private Comments() {}

  /** Agents and stores must say why; automatic parties write standard wording instead. */
  public static String requireFrom(Actor actor, String comment) {
    if (actor.isPerson() && (comment == null || comment.isBlank())) {
      throw new InvalidCommand("comment", "a comment is required for every change an agent makes");
    }
    return comment == null ? "" : comment.strip();
  }

  public static OrderUpdate add(OpenOrder order, String comment, ChangeContext ctx) {
    if (comment == null || comment.isBlank()) {
      throw new InvalidCommand("comment", "must not be blank");
    }
    return new OrderChangeBuilder(order, ctx)
        .event(
            new OrderEvent.CommentAdded(
                ctx.eventId(order.orderId(), "comment"),
                order.orderId(),
                ctx.at(),
                ctx.actor(),
                comment.strip()))
        .build();
  }
}
