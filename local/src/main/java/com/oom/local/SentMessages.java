package com.oom.local;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Remembers what the suite sent to each queue, so {@code GET /_local/queues/{name}} can show a
 * queue without receiving from it (a receive would count towards the DLQ's maxReceiveCount).
 */
public final class SentMessages implements ExecutionInterceptor {
  public record Sent(String body, Instant sentAt) {}

  private final Clock clock;
  private final Map<String, List<Sent>> byQueue = new ConcurrentHashMap<>();

  public SentMessages(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    switch (context.request()) {
      case SendMessageRequest send -> add(send.queueUrl(), send.messageBody());
      case SendMessageBatchRequest batch ->
          batch.entries().forEach(entry -> add(batch.queueUrl(), entry.messageBody()));
      default -> {}
    }
  }

  private void add(String queueUrl, String body) {
    String name = queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
    byQueue
        .computeIfAbsent(name, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
        .add(new Sent(body, clock.instant()));
  }

  /** Messages sent to the queue, newest first. */
  public List<Sent> newestFirst(String queueName) {
    List<Sent> sent = new ArrayList<>(byQueue.getOrDefault(queueName, List.of()));
    java.util.Collections.reverse(sent);
    return sent;
  }
}
