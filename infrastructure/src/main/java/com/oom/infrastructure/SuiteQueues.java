package com.oom.infrastructure;

import com.oom.catalogue.Queues;
import com.oom.catalogue.SuiteQueue;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Every queue of the catalogue ({@link Queues#all}) with its dead-letter queue: SQS-managed
 * encryption, TLS only, 256 KiB messages, and the catalogue's visibility timeout, retention and
 * {@code maxReceiveCount}.
 */
public final class SuiteQueues extends Construct {
  /** Explicit, not left to the service default: also what SNS and EventBridge can deliver. */
  public static final int MAX_MESSAGE_BYTES = 256 * 1024;

  /** Every DLQ keeps its messages as long as SQS allows. */
  static final Duration LONG_RETENTION = seconds(Queues.LONG_RETENTION);

  private final StageConfig config;
  private final Map<String, Queue> queues = new LinkedHashMap<>();
  private final Map<String, Queue> deadLetterQueues = new LinkedHashMap<>();

  public SuiteQueues(Construct scope, String id, StageConfig config) {
    super(scope, id);
    this.config = config;
    for (SuiteQueue definition : Queues.all(config.stores())) {
      String logicalId = logicalId(definition.name());
      Queue dlq =
          base(logicalId + "Dlq", definition.deadLetterName(), definition.fifo())
              .retentionPeriod(LONG_RETENTION)
              .build();
      Queue queue =
          base(logicalId, definition.name(), definition.fifo())
              .visibilityTimeout(seconds(definition.visibilityTimeout()))
              .retentionPeriod(seconds(definition.retention()))
              .deadLetterQueue(
                  DeadLetterQueue.builder()
                      .queue(dlq)
                      .maxReceiveCount(definition.maxReceiveCount())
                      .build())
              .build();
      queues.put(definition.name(), queue);
      deadLetterQueues.put(definition.name(), dlq);
    }
  }

  private static Duration seconds(java.time.Duration duration) {
    return Duration.seconds(duration.toSeconds());
  }

  /** A DLQ-less queue with the suite's encryption, TLS and size settings (also for other DLQs). */
  static Queue.Builder base(Construct scope, String id, String name) {
    return Queue.Builder.create(scope, id)
        .queueName(name)
        .encryption(QueueEncryption.SQS_MANAGED)
        .enforceSsl(true)
        .maxMessageSizeBytes(MAX_MESSAGE_BYTES);
  }

  private Queue.Builder base(String id, String name, boolean fifo) {
    Queue.Builder builder = base(this, id, name);
    if (fifo) {
      builder.fifo(true);
    }
    return builder;
  }

  public Queue queue(String name) {
    Queue queue = queues.get(name);
    if (queue == null) {
      throw new IllegalArgumentException("no queue " + name);
    }
    return queue;
  }

  /** The store's hand-off queue, as its directory entry names it. */
  public Queue handOff(String storeId) {
    return queue(config.stores().handOffQueue(storeId));
  }

  /** Queue name to its DLQ, for every queue. */
  public Map<String, Queue> deadLetterQueues() {
    return Map.copyOf(deadLetterQueues);
  }

  /** {@code oom-handoff-101.fifo} becomes {@code OomHandoff101Fifo}. */
  static String logicalId(String queueName) {
    StringBuilder id = new StringBuilder();
    for (String part : queueName.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return id.toString();
  }
}
