package com.oom.core.port;

import com.oom.core.outbox.OutboxMessage.HandOff;

/** Delivers trouble orders to the store's own hand-off queue. */
public interface HandOffPublisher {
  /**
   * Publishes the messages (in batches where the queue allows) and returns the outbox ids of those
   * that were accepted; the rest stay in the outbox for the sweep.
   */
  java.util.Set<String> publishHandOffs(java.util.List<HandOff> messages);
}
