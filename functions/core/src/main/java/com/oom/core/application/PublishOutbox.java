package com.oom.core.application;

import com.oom.core.outbox.OutboxMessage;
import com.oom.core.port.ErpUpdatePublisher;
import com.oom.core.port.EventPublisher;
import com.oom.core.port.HandOffPublisher;
import com.oom.core.port.Outbox;
import com.oom.core.port.SmsRequestPublisher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Publishes outbox messages to the store hand-off queues, the ERP write-back queue, the SMS request
 * queue and the event bus (domain events), one batch per destination, and marks the accepted ones
 * published. What fails stays in the outbox: the sweep publishes it again ({@link
 * #republishPending}); consumers deduplicate by its stable id.
 */
public final class PublishOutbox {
  private final Outbox outbox;
  private final HandOffPublisher handOffs;
  private final ErpUpdatePublisher erpUpdates;
  private final SmsRequestPublisher smsRequests;
  private final EventPublisher events;

  public PublishOutbox(
      Outbox outbox,
      HandOffPublisher handOffs,
      ErpUpdatePublisher erpUpdates,
      SmsRequestPublisher smsRequests,
      EventPublisher events) {
    this.outbox = outbox;
    this.handOffs = handOffs;
    this.erpUpdates = erpUpdates;
    this.smsRequests = smsRequests;
    this.events = events;
  }

  /**
   * @return how many were published; failures are left for the sweep
   */
  public int publishQuietly(List<OutboxMessage> messages) {
    if (messages.isEmpty()) {
      return 0;
    }
    List<OutboxMessage.HandOff> toStores = new ArrayList<>();
    List<OutboxMessage.ErpUpdate> toErp = new ArrayList<>();
    List<OutboxMessage.SmsRequest> toSms = new ArrayList<>();
    List<OutboxMessage.DomainEvent> toBus = new ArrayList<>();
    for (OutboxMessage message : messages) {
      switch (message) {
        case OutboxMessage.HandOff handOff -> toStores.add(handOff);
        case OutboxMessage.ErpUpdate update -> toErp.add(update);
        case OutboxMessage.SmsRequest request -> toSms.add(request);
        case OutboxMessage.DomainEvent event -> toBus.add(event);
      }
    }
    Set<String> accepted = new HashSet<>();
    accepted.addAll(
        quietly(() -> toStores.isEmpty() ? Set.of() : handOffs.publishHandOffs(toStores)));
    accepted.addAll(
        quietly(() -> toErp.isEmpty() ? Set.of() : erpUpdates.publishErpUpdates(toErp)));
    accepted.addAll(
        quietly(() -> toSms.isEmpty() ? Set.of() : smsRequests.publishSmsRequests(toSms)));
    accepted.addAll(quietly(() -> toBus.isEmpty() ? Set.of() : events.publishEvents(toBus)));
    List<OutboxMessage> published =
        messages.stream().filter(m -> accepted.contains(m.outboxId())).toList();
    if (!published.isEmpty()) {
      try {
        outbox.markPublished(published);
      } catch (RuntimeException failure) {
        // published but still marked pending: the sweep sends them again and consumers dedupe
      }
    }
    return published.size();
  }

  /** The sweep's job: publish whatever an earlier commit could not. */
  public int republishPending(int limit) {
    return publishQuietly(outbox.unpublished(limit));
  }

  private static Set<String> quietly(java.util.function.Supplier<Set<String>> publish) {
    try {
      return publish.get();
    } catch (RuntimeException failure) {
      return Set.of(); // the whole batch stays in the outbox
    }
  }
}
