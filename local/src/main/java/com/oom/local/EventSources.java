package com.oom.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.oom.aws.sqs.OomQueues;
import com.oom.handlers.common.SqsFunction;
import com.oom.tooling.lambda.InvocationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Lambda's SQS event sources, emulated: receive up to 10 messages, invoke the function with an
 * {@code SQSEvent}, delete what succeeded and leave the reported failures, which come back after
 * the visibility timeout and move to the DLQ after {@code maxReceiveCount} (moto's redrive).
 */
final class EventSources {
  private final SqsClient sqs;
  private final Map<String, String> queueUrls;
  private final Map<String, SqsFunction> functions = new LinkedHashMap<>();

  EventSources(SqsClient sqs, Map<String, String> queueUrls) {
    this.sqs = sqs;
    this.queueUrls = queueUrls;
  }

  void connect(String queue, SqsFunction function) {
    functions.put(queue, function);
  }

  /** One batch from every queue; returns how many messages were handed to functions. */
  int pumpOnce() {
    int handled = 0;
    for (var entry : functions.entrySet()) {
      handled += pump(entry.getKey(), entry.getValue());
    }
    return handled;
  }

  /** Until every queue is empty (messages that failed stay invisible for their timeout). */
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

  private int pump(String queue, SqsFunction function) {
    String url = queueUrls.get(queue);
    List<Message> messages = receive(url);
    if (messages.isEmpty()) {
      return 0;
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(messages.stream().map(m -> record(queue, m)).toList());
    Set<String> failed;
    try {
      SQSBatchResponse response =
          AsLambda.invoke(function, event, SQSBatchResponse.class, new InvocationContext(queue));
      failed =
          response.getBatchItemFailures().stream()
              .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
              .collect(Collectors.toSet());
    } catch (RuntimeException crash) {
      failed = messages.stream().map(Message::messageId).collect(Collectors.toSet());
    }
    Set<String> failedIds = failed;
    delete(url, messages.stream().filter(m -> !failedIds.contains(m.messageId())).toList());
    return messages.size();
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

  private static SQSEvent.SQSMessage record(String queue, Message message) {
    SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
    record.setMessageId(message.messageId());
    record.setReceiptHandle(message.receiptHandle());
    record.setBody(message.body());
    record.setMd5OfBody(message.md5OfBody());
    record.setEventSource("aws:sqs");
    record.setEventSourceArn("arn:aws:sqs:us-east-1:123456789012:" + queue);
    record.setAwsRegion("us-east-1");
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
