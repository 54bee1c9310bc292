package com.oom.core.testing;

import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessage.DomainEvent;
import com.oom.core.outbox.OutboxMessage.ErpUpdate;
import com.oom.core.outbox.OutboxMessage.HandOff;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.ErpUpdatePublisher;
import com.oom.core.port.EventPublisher;
import com.oom.core.port.HandOffPublisher;
import com.oom.core.port.SmsRequestPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Captures what would go to the queues and the event bus; can be told to fail, as a queue outage
 * would, or to fail the bus alone ({@link #busFailing}).
 */
public final class RecordingPublishers
    implements HandOffPublisher, ErpUpdatePublisher, SmsRequestPublisher, EventPublisher {
  public final List<HandOff> handOffs = new ArrayList<>();
  public final List<ErpUpdate> erpUpdates = new ArrayList<>();
  public final List<SmsRequest> smsRequests = new ArrayList<>();
  public final List<DomainEvent> events = new ArrayList<>();
  private boolean failing;
  private boolean busFailing;

  public void busFailing(boolean value) {
    busFailing = value;
  }

  public void failing(boolean value) {
    failing = value;
  }

  @Override
  public synchronized Set<String> publishHandOffs(List<HandOff> messages) {
    failIfAsked();
    handOffs.addAll(messages);
    return ids(messages);
  }

  @Override
  public synchronized Set<String> publishErpUpdates(List<ErpUpdate> messages) {
    failIfAsked();
    erpUpdates.addAll(messages);
    return ids(messages);
  }

  @Override
  public synchronized Set<String> publishSmsRequests(List<SmsRequest> messages) {
    failIfAsked();
    smsRequests.addAll(messages);
    return ids(messages);
  }

  @Override
  public synchronized Set<String> publishEvents(List<DomainEvent> messages) {
    failIfAsked();
    if (busFailing) {
      throw new IllegalStateException("event bus unavailable");
    }
    events.addAll(messages);
    return ids(messages);
  }

  /** The events published of one detail-type, in order. */
  public synchronized List<DomainEvent> events(com.oom.core.events.DomainEventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }

  private static Set<String> ids(List<? extends OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::outboxId).collect(Collectors.toSet());
  }

  private void failIfAsked() {
    if (failing) {
      throw new IllegalStateException("queue unavailable");
    }
  }
}
