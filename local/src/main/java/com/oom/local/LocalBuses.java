package com.oom.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oom.aws.json.ApiJson;
import com.oom.aws.sqs.OomQueues;
import com.oom.catalogue.EventBuses;
import com.oom.core.events.DomainEventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The suite's EventBridge buses in the emulator, with the rules AWS has: Jenny's bus ({@link
 * EventBuses#JENNY}) sends {@code ConfirmationResult} events from Jenny's source to {@code
 * oom-confirmations}, the whole event, as on AWS; OOM's bus ({@link EventBuses#EVENTS}) sends what
 * OOM publishes (source {@code oom}) to a queue of the runner's own ({@link #EVENTS_QUEUE}), which
 * {@code GET /_local/events} reads. moto delivers a rule's matches to its SQS targets within the
 * {@code PutEvents} call, so an event is on its queue when the call returns.
 */
final class LocalBuses {
  /** The rule on Jenny's bus: Jenny's source (a prefix, as a stage's rule) and detail-type. */
  static final String JENNY_RULE = "oom-jenny-confirmation-results";

  /** The rule on OOM's bus: everything OOM publishes, for {@code GET /_local/events}. */
  static final String EVENTS_RULE = "oom-events-to-local";

  /** The runner's own queue behind {@link #EVENTS_RULE}; not one of the suite's queues. */
  static final String EVENTS_QUEUE = "oom-local-events";

  /** {@code PutEvents} takes at most 10 entries. */
  private static final int MAX_ENTRIES = 10;

  private final EventBridgeClient events;
  private final SqsClient sqs;
  private final Map<String, String> busArns;
  private final String eventsQueueUrl;

  /** What {@link #EVENTS_QUEUE} delivered so far, oldest first. */
  private final List<JsonNode> published = new ArrayList<>();

  private LocalBuses(
      EventBridgeClient events, SqsClient sqs, Map<String, String> busArns, String eventsQueueUrl) {
    this.events = events;
    this.sqs = sqs;
    this.busArns = busArns;
    this.eventsQueueUrl = eventsQueueUrl;
  }

  /**
   * Creates both buses, their rules and targets (idempotent, for an emulator that outlives runs).
   *
   * @param confirmationsUrl the URL of {@code oom-confirmations}, the Jenny rule's target
   */
  static LocalBuses create(EventBridgeClient events, SqsClient sqs, String confirmationsUrl) {
    Map<String, String> arns = new LinkedHashMap<>();
    arns.put(EventBuses.JENNY, bus(events, EventBuses.JENNY));
    arns.put(EventBuses.EVENTS, bus(events, EventBuses.EVENTS));
    route(
        events,
        EventBuses.JENNY,
        JENNY_RULE,
        "{\"source\":[{\"prefix\":\"%s\"}],\"detail-type\":[\"%s\"]}"
            .formatted(EventBuses.JENNY_LOCAL_SOURCE, EventBuses.CONFIRMATION_RESULT),
        queueArn(sqs, confirmationsUrl));
    String eventsQueueUrl = sqs.createQueue(b -> b.queueName(EVENTS_QUEUE)).queueUrl();
    route(
        events,
        EventBuses.EVENTS,
        EVENTS_RULE,
        "{\"source\":[\"%s\"]}".formatted(DomainEventType.SOURCE),
        queueArn(sqs, eventsQueueUrl));
    return new LocalBuses(events, sqs, Collections.unmodifiableMap(arns), eventsQueueUrl);
  }

  /** Each bus's ARN by name: Jenny's first, then OOM's. */
  Map<String, String> arns() {
    return busArns;
  }

  /**
   * Puts confirmation results on Jenny's bus as Jenny does: source {@link
   * EventBuses#JENNY_LOCAL_SOURCE}, detail-type {@link EventBuses#CONFIRMATION_RESULT}, at most 10
   * to a call.
   *
   * @param details each result's JSON ({@code confirmation-result.schema.json})
   * @param at the events' time
   */
  void putConfirmationResults(List<String> details, Instant at) {
    for (int from = 0; from < details.size(); from += MAX_ENTRIES) {
      List<PutEventsRequestEntry> entries =
          details.subList(from, Math.min(from + MAX_ENTRIES, details.size())).stream()
              .map(
                  detail ->
                      PutEventsRequestEntry.builder()
                          .eventBusName(EventBuses.JENNY)
                          .source(EventBuses.JENNY_LOCAL_SOURCE)
                          .detailType(EventBuses.CONFIRMATION_RESULT)
                          .detail(detail)
                          .time(at)
                          .build())
              .toList();
      PutEventsResponse response = events.putEvents(b -> b.entries(entries));
      if (response.failedEntryCount() > 0) {
        throw new IllegalStateException(
            "Jenny's bus refused %d events: %s"
                .formatted(response.failedEntryCount(), response.entries()));
      }
    }
  }

  /**
   * What was published on OOM's bus, newest first: each event's id, detail-type, source, time and
   * detail, in the order the bus delivered them.
   */
  synchronized List<JsonNode> newestFirst() {
    for (List<Message> batch = OomQueues.receiveBatch(sqs, eventsQueueUrl);
        !batch.isEmpty();
        batch = OomQueues.receiveBatch(sqs, eventsQueueUrl)) {
      batch.forEach(message -> published.add(item(message.body())));
      List<DeleteMessageBatchRequestEntry> received = new ArrayList<>();
      for (Message message : batch) {
        received.add(
            DeleteMessageBatchRequestEntry.builder()
                .id(Integer.toString(received.size()))
                .receiptHandle(message.receiptHandle())
                .build());
      }
      sqs.deleteMessageBatch(b -> b.queueUrl(eventsQueueUrl).entries(received));
    }
    List<JsonNode> newestFirst = new ArrayList<>(published);
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  private static JsonNode item(String body) {
    JsonNode event;
    try {
      event = ApiJson.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode item = ApiJson.mapper().createObjectNode();
    for (String field : List.of("id", "detail-type", "source", "time", "detail")) {
      if (event.has(field)) {
        item.set(field, event.get(field));
      }
    }
    return item;
  }

  private static String bus(EventBridgeClient events, String name) {
    try {
      return events.createEventBus(b -> b.name(name)).eventBusArn();
    } catch (ResourceAlreadyExistsException exists) {
      return events.describeEventBus(b -> b.name(name)).arn();
    }
  }

  private static void route(
      EventBridgeClient events, String bus, String rule, String pattern, String queueArn) {
    events.putRule(b -> b.eventBusName(bus).name(rule).eventPattern(pattern));
    events.putTargets(
        b ->
            b.eventBusName(bus)
                .rule(rule)
                .targets(Target.builder().id(rule + "-queue").arn(queueArn).build()));
  }

  private static String queueArn(SqsClient sqs, String queueUrl) {
    return sqs.getQueueAttributes(
            b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes()
        .get(QueueAttributeName.QUEUE_ARN);
  }
}
