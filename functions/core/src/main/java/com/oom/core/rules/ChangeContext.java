package com.oom.core.rules;

import com.oom.core.order.Actor;
import com.oom.core.order.DerivedId;
import java.time.Instant;
import java.util.Objects;

/**
 * Who changes an order, when, and on behalf of which command (message id or request id). Event ids
 * derive from the command id, so a redelivered command produces identical events.
 */
public record ChangeContext(String commandId, Actor actor, Instant at) {
  public ChangeContext {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }

  public String eventId(String orderId, String kind) {
    return DerivedId.of(commandId, orderId, kind);
  }

  public ChangeContext as(Actor other) {
    return new ChangeContext(commandId, other, at);
  }
}
