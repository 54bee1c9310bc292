package com.oom.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.oom.aws.sqs.OomQueues;
import com.oom.catalogue.SuiteQueue;
import com.oom.handlers.common.SqsFunction;
import com.oom.tooling.lambda.InvocationContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;

/**
 * Lambda's SQS event sources, emulated: receive up to 10 messages, invoke the function with an
 * {@code SQSEvent}, delete what succeeded and keep the reported failures (all of the batch when the
 * function crashed) hidden until the <em>simulated</em> clock passes the queue's visibility
 * timeout; then they are received again, and once received {@code maxReceiveCount} times they move
 * to the queue's DLQ, as SQS's redrive policy would. moto's own timeout and redrive run on real
 * time, so the failures are hidden there for as long as moto allows and released from here.
 */
final class EventSources {
  /** SQS's longest visibility, counted from when a message was sent; kept clear of. */
  private static final Duration LONGEST_HIDING = Duration.ofHours(12).minusMinutes(1);

  private final SqsClient sqs;
  private final Map<String, String> queueUrls;
  private final String region;
  private final Clock clock;
  private final Map<String, Connection> connections = new LinkedHashMap<>();

  /** Messages a function failed, by message id, until due again or moved to the DLQ. */
  private final Map<String, Failed> failed = new LinkedHashMap<>();

  private record Connection(SuiteQueue queue, SqsFunction function) {}

  /** A failed message, received {@code receiveCount} times, the last at {@code receivedAt}. */
  private record Failed(SuiteQueue queue, Message message, Instant receivedAt, int receiveCount) {
    Instant dueAt() {
      return receivedAt.plus(queue.visibilityTimeout());
    }
  }

  EventSources(SqsClient sqs, Map<String, String> queueUrls, String region, Clock clock) {
    this.sqs = sqs;
    this.queueUrls = queueUrls;
    this.region = region;
    this.clock = clock;
  }

  void connect(SuiteQueue queue, SqsFunction function) {
    connections.put(queue.name(), new Connection(queue, function));
  }

  /**
   * One batch from every queue, after releasing the failures now due; returns how many messages
   * were handed to functions.
   */
  int pumpOnce() {
    redeliverDue();
    int handled = 0;
    for (Connection connection : connections.values()) {
      handled += pump(connection.queue(), connection.function());
    }
    return handled;
  }

  /** When the next failed message becomes visible again (or moves to its DLQ), if any is hidden. */
  Optional<Instant> nextRedelivery() {
    return failed.values().stream().map(Failed::dueAt).min(Comparator.naturalOrder());
  }

  /**
   * Until every queue is empty (messages that failed stay hidden until the simulated clock passes
   * their visibility timeout, so this ends).
   */
  int drain() {
    int total = 0;
    for (int round = 0; round < 10_000; round++) {
      int handled = pumpOnce();
      if (handled == 0) {
        return total;
      }
      total += handled;
    }
    throw new IllegalStateException("queues did not drain");
  }

  /**
   * Takes every message waiting on a queue that no function consumes here, as its consumer outside
   * the suite would (received, then deleted).
   *
   * @return the message bodies, oldest first
   */
  List<String> collect(String queue) {
    String url = queueUrls.get(queue);
    List<String> bodies = new ArrayList<>();
    for (List<Message> messages = receive(url); !messages.isEmpty(); messages = receive(url)) {
      messages.forEach(m -> bodies.add(m.body()));
      delete(url, messages);
    }
    return bodies;
  }

  private int pump(SuiteQueue queue, SqsFunction function) {
    String url = queueUrls.get(queue.name());
    List<Message> messages = receive(url);
    if (messages.isEmpty()) {
      return 0;
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(messages.stream().map(m -> record(url, m)).toList());
    Set<String> failed;
    try {
      SQSBatchResponse response =
          AsLambda.invoke(
              function, event, SQSBatchResponse.class, new InvocationContext(queue.name()));
      failed =
          response.getBatchItemFailures().stream()
              .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
              .collect(Collectors.toSet());
    } catch (RuntimeException crash) {
      failed = messages.stream().map(Message::messageId).collect(Collectors.toSet());
    }
    Set<String> failedIds = failed;
    delete(url, messages.stream().filter(m -> !failedIds.contains(m.messageId())).toList());
    messages.stream().filter(m -> failedIds.contains(m.messageId())).forEach(m -> hide(queue, m));
    return messages.size();
  }

  /** Keeps a failed message from moto's real-time redelivery; the simulated clock releases it. */
  private void hide(SuiteQueue queue, Message message) {
    int receiveCount =
        Integer.parseInt(
            message
                .attributes()
                .getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
    failed.put(message.messageId(), new Failed(queue, message, clock.instant(), receiveCount));
    String sent = message.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP);
    Duration age =
        sent == null
            ? Duration.ZERO
            : Duration.between(Instant.ofEpochMilli(Long.parseLong(sent)), Instant.now());
    long hidden = LONGEST_HIDING.minus(age).toSeconds();
    if (hidden > queue.visibilityTimeout().toSeconds()) {
      changeVisibility(queue, message, hidden);
    }
  }

  /**
   * Failures whose visibility timeout the simulated clock has passed: visible again, or, received
   * {@code maxReceiveCount} times, moved to the DLQ (sent there with their body and attributes,
   * then deleted from the queue).
   */
  private void redeliverDue() {
    Instant now = clock.instant();
    List<Failed> due = failed.values().stream().filter(f -> !f.dueAt().isAfter(now)).toList();
    for (Failed message : due) {
      failed.remove(message.message().messageId());
      try {
        if (message.receiveCount() >= message.queue().maxReceiveCount()) {
          moveToDeadLetterQueue(message.queue(), message.message());
        } else {
          changeVisibility(message.queue(), message.message(), 0);
        }
      } catch (ReceiptHandleIsInvalidException gone) {
        // deleted meanwhile (by another client of the emulator, or past its retention)
      }
    }
  }

  private void moveToDeadLetterQueue(SuiteQueue queue, Message message) {
    sqs.sendMessage(
        b -> {
          b.queueUrl(queueUrls.get(queue.deadLetterName()))
              .messageBody(message.body())
              .messageAttributes(message.messageAttributes());
          if (queue.fifo()) {
            b.messageGroupId(message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID))
                .messageDeduplicationId(message.messageId());
          }
        });
    sqs.deleteMessage(
        b -> b.queueUrl(queueUrls.get(queue.name())).receiptHandle(message.receiptHandle()));
  }

  private void changeVisibility(SuiteQueue queue, Message message, long seconds) {
    sqs.changeMessageVisibility(
        b ->
            b.queueUrl(queueUrls.get(queue.name()))
                .receiptHandle(message.receiptHandle())
                .visibilityTimeout((int) seconds));
  }

  private List<Message> receive(String url) {
    return OomQueues.receiveBatch(sqs, url);
  }

  private void delete(String url, List<Message> messages) {
    if (messages.isEmpty()) {
      return;
    }
    List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
    for (Message message : messages) {
      entries.add(
          DeleteMessageBatchRequestEntry.builder()
              .id(Integer.toString(entries.size()))
              .receiptHandle(message.receiptHandle())
              .build());
    }
    sqs.deleteMessageBatch(b -> b.queueUrl(url).entries(entries));
  }

  /** The event's record of a message, as Lambda writes it for a queue of this region. */
  private SQSEvent.SQSMessage record(String queueUrl, Message message) {
    // https://sqs.<region>.amazonaws.com/<account>/<name>, and moto's
    // http://host:port/<account>/<name>
    String[] path = URI.create(queueUrl).getPath().split("/");
    String account = path[path.length - 2];
    String queue = path[path.length - 1];
    SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
    record.setMessageId(message.messageId());
    record.setReceiptHandle(message.receiptHandle());
    record.setBody(message.body());
    record.setMd5OfBody(message.md5OfBody());
    record.setEventSource("aws:sqs");
    record.setEventSourceArn("arn:aws:sqs:" + region + ":" + account + ":" + queue);
    record.setAwsRegion(region);
    Map<String, String> attributes = new HashMap<>();
    message.attributes().forEach((k, v) -> attributes.put(k.toString(), v));
    record.setAttributes(attributes);
    Map<String, SQSEvent.MessageAttribute> messageAttributes = new HashMap<>();
    message
        .messageAttributes()
        .forEach(
            (k, v) -> {
              SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
              attribute.setDataType(v.dataType());
              attribute.setStringValue(v.stringValue());
              messageAttributes.put(k, attribute);
            });
    record.setMessageAttributes(messageAttributes);
    return record;
  }
}
