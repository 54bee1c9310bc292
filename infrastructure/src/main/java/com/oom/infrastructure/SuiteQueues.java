package com.oom.infrastructure;

import com.oom.aws.sqs.OomQueues;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Every queue of {@link OomQueues#all} with its dead-letter queue: SQS-managed encryption, TLS
 * only, 256 KiB messages, {@code maxReceiveCount} from the definition.
 *
 * <p>Visibility timeouts: a queue consumed by one of the functions gets six times that function's
 * timeout plus its batching window ({@link OomFunction#queueVisibilityTimeout()}), AWS's guidance
 * for Lambda event sources; the 60 s in {@link OomQueues} is what tests and the local runner use.
 * Queues read by others (the ERP, the stores) keep the definition's 60 s, which their pollers can
 * extend per message with ChangeMessageVisibility.
 */
public final class SuiteQueues extends Construct {
  /** Explicit, not left to the service default: also what SNS and EventBridge can deliver. */
  public static final int MAX_MESSAGE_BYTES = 256 * 1024;

  /** Internal queues: their consumers run within minutes. */
  static final Duration RETENTION = Duration.days(4);

  /** Queues read by the ERP and the stores, and every DLQ: the longest SQS keeps. */
  static final Duration LONG_RETENTION = Duration.days(14);

  private final Map<String, Queue> queues = new LinkedHashMap<>();
  private final Map<String, Queue> deadLetterQueues = new LinkedHashMap<>();

  public SuiteQueues(Construct scope, String id, StageConfig config) {
    super(scope, id);
    for (OomQueues.QueueDefinition definition : OomQueues.all(config.storeIds())) {
      String logicalId = logicalId(definition.name());
      Queue dlq =
          base(logicalId + "Dlq", definition.deadLetterName(), definition.fifo())
              .retentionPeriod(LONG_RETENTION)
              .build();
      boolean external = definition.fifo() || definition.name().equals(OomQueues.ERP_UPDATES);
      Duration visibility =
          OomFunction.consumerOf(definition.name())
              .map(f -> Duration.seconds(f.queueVisibilityTimeout().toSeconds()))
              .orElse(Duration.seconds(definition.visibilityTimeoutSeconds()));
      Queue queue =
          base(logicalId, definition.name(), definition.fifo())
              .visibilityTimeout(visibility)
              .retentionPeriod(external ? LONG_RETENTION : RETENTION)
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

  public Queue handOff(String storeId) {
    return queue(OomQueues.handOff(storeId));
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
