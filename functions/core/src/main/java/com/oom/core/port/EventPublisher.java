package com.oom.core.port;

import com.oom.core.outbox.OutboxMessage.DomainEvent;
import java.util.List;
import java.util.Set;

/** Publishes domain events on the suite's event bus for anyone to subscribe to. */
public interface EventPublisher {
  /**
   * Publishes the events (in batches where the bus allows) and returns the outbox ids of those the
   * bus accepted; the rest stay in the outbox for the sweep.
   */
  Set<String> publishEvents(List<DomainEvent> events);
}
