package com.oom.aws.sqs;

import com.oom.catalogue.Queues;
import com.oom.catalogue.StoreDirectory;
import com.oom.catalogue.SuiteQueue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The queues of the catalogue ({@link Queues}) on SQS: created with their dead-letter queues in
 * tests and in the local runner (the CDK app deploys the same definitions), and received from as a
 * Lambda event source would.
 */
public final class OomQueues {
  public static final String ORDER_FEED = Queues.ORDER_FEED;
  public static final String CONFIRMATIONS = Queues.CONFIRMATIONS;
  public static final String SMS_INBOUND = Queues.SMS_INBOUND;
  public static final String SMS_REQUESTS = Queues.SMS_REQUESTS;
  public static final String ERP_UPDATES = Queues.ERP_UPDATES;
  public static final int MAX_RECEIVE_COUNT = Queues.MAX_RECEIVE_COUNT;

  private OomQueues() {}

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

  /** Creates every queue and its DLQ (idempotent); returns queue URLs by name. */
  public static Map<String, String> create(SqsClient sqs, StoreDirectory stores) {
    Map<String, String> urls = new HashMap<>();
    for (SuiteQueue queue : Queues.all(stores)) {
      String dlqUrl = createQueue(sqs, queue.deadLetterName(), queue.fifo(), Map.of());
      String dlqArn =
          sqs.getQueueAttributes(
                  b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
              .attributes()
              .get(QueueAttributeName.QUEUE_ARN);
      Map<QueueAttributeName, String> attributes = new HashMap<>();
      attributes.put(
          QueueAttributeName.VISIBILITY_TIMEOUT,
          Long.toString(queue.visibilityTimeout().toSeconds()));
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
