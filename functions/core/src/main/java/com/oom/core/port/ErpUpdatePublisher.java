package com.oom.core.port;

import com.oom.core.outbox.OutboxMessage.ErpUpdate;

/** Writes contact status and audit comments back to the ERP. */
public interface ErpUpdatePublisher {
  void publish(ErpUpdate update);
}
