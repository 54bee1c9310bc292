package com.oom.aws.sqs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Every queue of the suite with its dead-letter queue: the same definitions create them in tests
 * and in the local runner; the CDK app mirrors the names and settings.
 */
public final class OomQueues {
  public static final String ORDER_FEED = "oom-order-feed";
  public static final String CONFIRMATIONS = "oom-confirmations";
  public static final String SMS_INBOUND = "oom-sms-inbound";
  public static final String SMS_REQUESTS = "oom-sms-requests";
  public static final String ERP_UPDATES = "oom-erp-updates";
  public static final int MAX_RECEIVE_COUNT = 5;

  private OomQueues() {}

  /** A queue, its DLQ and how often a message may be received before it moves there. */
  public record QueueDefinition(
      String name, boolean fifo, int visibilityTimeoutSeconds, int maxReceiveCount) {
    public String deadLetterName() {
      return fifo ? name.replace(".fifo", "-dlq.fifo") : name + "-dlq";
    }
  }

  /**
   * Up to 10 messages waiting now (no long poll), with every system and message attribute, as a
   * Lambda event source hands them over.
   */
  public static List<Message> receiveBatch(SqsClient sqs, String queueUrl) {
    return sqs.receiveMessage(
            b ->
                b.queueUrl(queueUrl)
                    .maxNumberOfMessages(10)
                    .waitTimeSeconds(0)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                    .messageAttributeNames("All"))
        .messages();
  }

  /** The store's hand-off queue; refuses store ids that cannot be part of an SQS queue name. */
  public static String handOff(String storeId) {
    if (storeId == null) {
      throw new IllegalArgumentException("store id is missing: no hand-off queue can be named");
    }
    if (!storeId.matches("[A-Za-z0-9_-]{1,40}")) {
      throw new IllegalArgumentException(
          "store id '%s' is not usable in a queue name: use 1 to 40 letters, digits, '-' or '_'"
              .formatted(storeId));
    }
    return "oom-handoff-" + storeId + ".fifo";
  }

  public static List<QueueDefinition> all(List<String> storeIds) {
    List<QueueDefinition> queues = new ArrayList<>();
    queues.add(new QueueDefinition(ORDER_FEED, false, 60, MAX_RECEIVE_COUNT));
    queues.add(new QueueDefinition(CONFIRMATIONS, false, 60, MAX_RECEIVE_COUNT));
    queues.add(new QueueDefinition(SMS_INBOUND, false, 60, MAX_RECEIVE_COUNT));
    queues.add(new QueueDefinition(SMS_REQUESTS, false, 60, MAX_RECEIVE_COUNT));
    queues.add(new QueueDefinition(ERP_UPDATES, false, 60, MAX_RECEIVE_COUNT));
    for (String store : storeIds) {
      queues.add(new QueueDefinition(handOff(store), true, 60, MAX_RECEIVE_COUNT));
    }
    return queues;
  }

  /** Creates every queue and its DLQ (idempotent); returns queue URLs by name. */
  public static Map<String, String> create(SqsClient sqs, List<String> storeIds) {
    Map<String, String> urls = new HashMap<>();
    for (QueueDefinition queue : all(storeIds)) {
      String dlqUrl = createQueue(sqs, queue.deadLetterName(), queue.fifo(), Map.of());
      String dlqArn =
          sqs.getQueueAttributes(
                  b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
              .attributes()
              .get(QueueAttributeName.QUEUE_ARN);
      Map<QueueAttributeName, String> attributes = new HashMap<>();
      attributes.put(
          QueueAttributeName.VISIBILITY_TIMEOUT,
          Integer.toString(queue.visibilityTimeoutSeconds()));
      attributes.put(
          QueueAttributeName.REDRIVE_POLICY,
          "{\"deadLetterTargetArn\":\"%s\",\"maxReceiveCount\":%d}"
              .formatted(dlqArn, queue.maxReceiveCount()));
      urls.put(queue.name(), createQueue(sqs, queue.name(), queue.fifo(), attributes));
      urls.put(queue.deadLetterName(), dlqUrl);
    }
    return urls;
  }

  private static String createQueue(
      SqsClient sqs, String name, boolean fifo, Map<QueueAttributeName, String> attributes) {
    Map<QueueAttributeName, String> all = new HashMap<>(attributes);
    if (fifo) {
      all.put(QueueAttributeName.FIFO_QUEUE, "true");
    }
    return sqs.createQueue(b -> b.queueName(name).attributes(all)).queueUrl();
  }
}
