package com.oom.core.application;

import com.oom.core.outbox.OutboxMessage;
import com.oom.core.port.ErpUpdatePublisher;
import com.oom.core.port.HandOffPublisher;
import com.oom.core.port.Outbox;
import com.oom.core.port.SmsRequestPublisher;
import java.util.List;

/**
 * Publishes outbox messages to the store hand-off queues, the ERP write-back queue and the SMS
 * request queue, marking each published. A message that fails stays in the outbox: the sweep
 * publishes it again ({@link #republishPending}); consumers deduplicate by its stable id.
 */
public final class PublishOutbox {
  private final Outbox outbox;
  private final HandOffPublisher handOffs;
  private final ErpUpdatePublisher erpUpdates;
  private final SmsRequestPublisher smsRequests;

  public PublishOutbox(
      Outbox outbox,
      HandOffPublisher handOffs,
      ErpUpdatePublisher erpUpdates,
      SmsRequestPublisher smsRequests) {
    this.outbox = outbox;
    this.handOffs = handOffs;
    this.erpUpdates = erpUpdates;
    this.smsRequests = smsRequests;
  }

  /**
   * @return how many were published; failures are left for the sweep
   */
  public int publishQuietly(List<OutboxMessage> messages) {
    int published = 0;
    for (OutboxMessage message : messages) {
      try {
        publish(message);
        outbox.markPublished(message);
        published++;
      } catch (RuntimeException failure) {
        // stays unpublished: the sweep retries it
      }
    }
    return published;
  }

  /** The sweep's job: publish whatever an earlier commit could not. */
  public int republishPending(int limit) {
    return publishQuietly(outbox.unpublished(limit));
  }

  private void publish(OutboxMessage message) {
    switch (message) {
      case OutboxMessage.HandOff handOff -> handOffs.publish(handOff);
      case OutboxMessage.ErpUpdate update -> erpUpdates.publish(update);
      case OutboxMessage.SmsRequest request -> smsRequests.publish(request);
    }
  }
}
