package com.oom.core.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The result of a rule applied to an order: its new state and what happened. */
public record OrderUpdate(OpenOrder before, OpenOrder after, List<OrderEvent> events) {
  public OrderUpdate {
    Objects.requireNonNull(after, "after");
    events = List.copyOf(events);
  }

  /** Nothing to do: the order stays as it was. */
  public static OrderUpdate unchanged(OpenOrder order) {
    return new OrderUpdate(order, order, List.of());
  }

  /**
   * Whether there is anything to save: an event, or a state that differs from the one read (a
   * change no event describes, such as a newer snapshot sequence, is state too and must be kept).
   */
  public boolean changed() {
    return !events.isEmpty() || !after.equals(before);
  }

  /** Applies a further rule to the result, keeping the original {@code before}. */
  public OrderUpdate then(OrderUpdate next) {
    List<OrderEvent> all = new ArrayList<>(events);
    all.addAll(next.events());
    return new OrderUpdate(before, next.after(), all);
  }
}
