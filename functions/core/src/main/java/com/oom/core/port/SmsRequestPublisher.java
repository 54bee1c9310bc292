package com.oom.core.port;

import com.oom.core.outbox.OutboxMessage.SmsRequest;

/** Queues touch-point requests for the SMS sender. */
public interface SmsRequestPublisher {
  void publish(SmsRequest request);
}
