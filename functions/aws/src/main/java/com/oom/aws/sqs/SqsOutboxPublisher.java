package com.oom.aws.sqs;

import com.oom.aws.wire.outbox.OutboxWire;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessage.ErpUpdate;
import com.oom.core.outbox.OutboxMessage.HandOff;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.ErpUpdatePublisher;
import com.oom.core.port.HandOffPublisher;
import com.oom.core.port.SmsRequestPublisher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Publishes outbox messages to SQS, ten per SendMessageBatch: store hand-offs to the store's FIFO
 * queue (group = order, deduplication id = outbox id), ERP write-backs and SMS requests to their
 * standard queues with the outbox id as the {@code outboxId} attribute for consumers to dedupe.
 * Queue URLs are resolved once and cached. A store whose queue cannot be reached (missing, failing)
 * costs only its own hand-offs: the other stores' are still sent and reported.
 */
final class SqsOutboxPublisher
    implements HandOffPublisher, ErpUpdatePublisher, SmsRequestPublisher {
  static final int BATCH = 10;
  private final SqsClient sqs;
  private final UnaryOperator<String> handOffQueueOf;
  private final Map<String, String> queueUrls = new ConcurrentHashMap<>();

  SqsOutboxPublisher(SqsClient sqs, UnaryOperator<String> handOffQueueOf) {
    this.sqs = sqs;
    this.handOffQueueOf = handOffQueueOf;
  }

  @Override
  public Set<String> publishHandOffs(List<HandOff> messages) {
    Map<String, List<HandOff>> byStore = new LinkedHashMap<>();
    messages.forEach(m -> byStore.computeIfAbsent(m.storeId(), k -> new ArrayList<>()).add(m));
    Set<String> published = new HashSet<>();
    // e.g. no queue for a store yet: its hand-offs stay in the outbox for the sweep, the other
    // stores' are still delivered and reported
    byStore.forEach(
        (store, handOffs) ->
            sendQuietly(() -> handOffQueueOf.apply(store), handOffs, true, published));
    return published;
  }

  @Override
  public Set<String> publishErpUpdates(List<ErpUpdate> messages) {
    Set<String> published = new HashSet<>();
    sendQuietly(() -> OomQueues.ERP_UPDATES, messages, false, published);
    return published;
  }

  @Override
  public Set<String> publishSmsRequests(List<SmsRequest> messages) {
    Set<String> published = new HashSet<>();
    sendQuietly(() -> OomQueues.SMS_REQUESTS, messages, false, published);
    return published;
  }

  /**
   * Sends what it can: a failing batch or queue stops there, and the ids already accepted are still
   * reported so the sweep does not send them again.
   */
  private void sendQuietly(
      Supplier<String> queue,
      List<? extends OutboxMessage> messages,
      boolean fifo,
      Set<String> published) {
    try {
      send(queue.get(), messages, fifo, published);
    } catch (SdkException | IllegalArgumentException unreachable) {
      // left in the outbox
    }
  }

  /** Sends in batches, adding each accepted outbox id to {@code published} as soon as it is. */
  private Set<String> send(
      String queue, List<? extends OutboxMessage> messages, boolean fifo, Set<String> published) {
    String url =
        queueUrls.computeIfAbsent(
            queue, name -> sqs.getQueueUrl(b -> b.queueName(name)).queueUrl());
    for (int from = 0; from < messages.size(); from += BATCH) {
      List<? extends OutboxMessage> batch =
          messages.subList(from, Math.min(messages.size(), from + BATCH));
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        OutboxMessage message = batch.get(i);
        SendMessageBatchRequestEntry.Builder entry =
            SendMessageBatchRequestEntry.builder()
                .id(Integer.toString(i))
                .messageBody(OutboxWire.body(message))
                .messageAttributes(
                    Map.of(
                        "outboxId",
                        MessageAttributeValue.builder()
                            .dataType("String")
                            .stringValue(message.outboxId())
                            .build()));
        if (fifo) {
          entry.messageGroupId(message.orderId()).messageDeduplicationId(message.outboxId());
        }
        entries.add(entry.build());
      }
      SendMessageBatchResponse response =
          sqs.sendMessageBatch(b -> b.queueUrl(url).entries(entries));
      response
          .successful()
          .forEach(ok -> published.add(batch.get(Integer.parseInt(ok.id())).outboxId()));
    }
    return published;
  }
}
