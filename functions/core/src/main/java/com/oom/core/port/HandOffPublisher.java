package com.oom.core.port;

import com.oom.core.outbox.OutboxMessage.HandOff;

/** Delivers trouble orders to the store's own hand-off queue. */
public interface HandOffPublisher {
  void publish(HandOff handOff);
}
