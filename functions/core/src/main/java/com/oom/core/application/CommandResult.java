package com.oom.core.application;

import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import java.util.List;

/**
 * What a command did to an order.
 *
 * @param order the order after the command (null when a stale first snapshot created nothing)
 * @param outcome APPLIED (changes committed), UNCHANGED (nothing to do, e.g. a stale snapshot) or
 *     DUPLICATE (this command was applied before)
 */
public record CommandResult(OpenOrder order, List<OrderEvent> events, Outcome outcome) {
  public CommandResult {
    events = List.copyOf(events);
  }

  public enum Outcome {
    APPLIED,
    UNCHANGED,
    DUPLICATE
  }
}
