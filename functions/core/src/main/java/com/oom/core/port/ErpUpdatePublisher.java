package com.oom.core.port;

import com.oom.core.outbox.OutboxMessage.ErpUpdate;

/** Writes contact status and audit comments back to the ERP. */
public interface ErpUpdatePublisher {
  /**
   * Publishes the messages (in batches where the queue allows) and returns the outbox ids of those
   * that were accepted; the rest stay in the outbox for the sweep.
   */
  java.util.Set<String> publishErpUpdates(java.util.List<ErpUpdate> messages);
}
