package com.oom.core.rules;

import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderEvent.TouchPointTriggered;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.sync.PendingTracking;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Accumulates a new order state and the events explaining it, for one rule application. */
final class OrderChangeBuilder {
  private final OpenOrder before;
  private OpenOrder current;
  private final List<OrderEvent> events = new ArrayList<>();
  private final ChangeContext ctx;

  OrderChangeBuilder(OpenOrder before, ChangeContext ctx) {
    this(before, before, ctx);
  }

  /** For a new order: nothing before, {@code start} as the first state. */
  OrderChangeBuilder(OpenOrder before, OpenOrder start, ChangeContext ctx) {
    this.before = before;
    this.current = start;
    this.ctx = ctx;
  }

  OpenOrder current() {
    return current;
  }

  OrderChangeBuilder change(UnaryOperator<OpenOrder.Builder> edit) {
    current = edit.apply(current.toBuilder()).build();
    return this;
  }

  OrderChangeBuilder event(OrderEvent event) {
    events.add(event);
    return this;
  }

  OrderChangeBuilder touchPoint(TouchPoint touchPoint, String trigger) {
    TouchPointTriggers.fire(current, touchPoint, trigger, ctx)
        .ifPresent(
            (TouchPointTriggered fired) -> {
              events.add(fired);
              change(b -> b.addTouchPointKey(fired.dedupeKey()));
            });
    return this;
  }

  /**
   * The update; a change made by anyone but the ERP to a field shared with the ERP becomes pending
   * until a snapshot shows it.
   */
  OrderUpdate build() {
    OpenOrder after =
        before == null || ctx.actor().kind() == Actor.Kind.ERP
            ? current
            : PendingTracking.track(before, current, ctx.at());
    return new OrderUpdate(before, after, events);
  }
}
