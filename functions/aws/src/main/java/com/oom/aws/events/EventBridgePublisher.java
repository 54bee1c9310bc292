package com.oom.aws.events;

import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.events.DomainEventWire;
import com.oom.core.events.DomainEventType;
import com.oom.core.outbox.OutboxMessage.DomainEvent;
import com.oom.core.port.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Publishes domain events on the suite's bus with {@code PutEvents}: source {@value
 * DomainEventType#SOURCE}, the detail-type, the detail JSON carrying the outbox id as {@code
 * eventId}, the envelope's {@code time} when it happened. At most 10 entries and 256 KB per call.
 * An entry the bus refuses (its result carries an {@code ErrorCode}) is not reported, nor is a
 * batch whose call fails: they stay in the outbox and the sweep publishes them again. One publish
 * sends each outbox id once.
 */
final class EventBridgePublisher implements EventPublisher {
  static final int MAX_ENTRIES = 10;

  /** PutEvents' limit on the total entry size of one call. */
  static final int MAX_BYTES = 256 * 1024;

  private final EventBridgeClient events;
  private final String bus;

  EventBridgePublisher(EventBridgeClient events, String bus) {
    this.events = events;
    this.bus = bus;
  }

  @Override
  public Set<String> publishEvents(List<DomainEvent> messages) {
    Map<String, PutEventsRequestEntry> entries = new LinkedHashMap<>();
    for (DomainEvent event : messages) {
      entries.putIfAbsent(event.eventId(), entry(event));
    }
    Set<String> published = new HashSet<>();
    List<String> ids = new ArrayList<>();
    int bytes = 0;
    for (var e : entries.entrySet()) {
      int size = size(e.getValue());
      if (size > MAX_BYTES) {
        continue; // the bus would refuse it in any call: left in the outbox, never lost silently
      }
      if (ids.size() == MAX_ENTRIES || bytes + size > MAX_BYTES) {
        send(ids, entries, published);
        ids = new ArrayList<>();
        bytes = 0;
      }
      ids.add(e.getKey());
      bytes += size;
    }
    send(ids, entries, published);
    return published;
  }

  /** One PutEvents: the ids of the entries it accepted go into {@code published}. */
  private void send(
      List<String> ids, Map<String, PutEventsRequestEntry> entries, Set<String> published) {
    if (ids.isEmpty()) {
      return;
    }
    PutEventsResponse response;
    try {
      response = events.putEvents(b -> b.entries(ids.stream().map(entries::get).toList()));
    } catch (SdkException failed) {
      return; // the whole batch stays in the outbox
    }
    List<PutEventsResultEntry> results = response.entries();
    for (int i = 0; i < ids.size() && i < results.size(); i++) {
      PutEventsResultEntry result = results.get(i);
      if (result.errorCode() == null && result.eventId() != null) {
        published.add(ids.get(i));
      }
    }
  }

  private PutEventsRequestEntry entry(DomainEvent event) {
    return PutEventsRequestEntry.builder()
        .eventBusName(bus)
        .source(DomainEventType.SOURCE)
        .detailType(event.type().detailType())
        .detail(MessageJson.write(DomainEventWire.of(event)))
        // when it happened, also when the sweep publishes it later (and on the runner's clock)
        .time(event.at())
        .build();
  }

  /** An entry's size as PutEvents counts it: source, detail-type, detail, resources (UTF-8). */
  static int size(PutEventsRequestEntry entry) {
    int size = utf8(entry.source()) + utf8(entry.detailType()) + utf8(entry.detail());
    if (entry.time() != null) {
      size += 14;
    }
    for (String resource : entry.resources()) {
      size += utf8(resource);
    }
    return size;
  }

  private static int utf8(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }
}
