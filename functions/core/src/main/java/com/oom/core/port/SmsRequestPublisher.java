package com.oom.core.port;

import com.oom.core.outbox.OutboxMessage.SmsRequest;

/** Queues touch-point requests for the SMS sender. */
public interface SmsRequestPublisher {
  /**
   * Publishes the messages (in batches where the queue allows) and returns the outbox ids of those
   * that were accepted; the rest stay in the outbox for the sweep.
   */
  java.util.Set<String> publishSmsRequests(java.util.List<SmsRequest> messages);
}
