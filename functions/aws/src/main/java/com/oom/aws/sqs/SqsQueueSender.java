package com.oom.aws.sqs;

import java.util.Objects;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends bodies as they are to one queue whose URL is resolved once, when the function starts (the
 * Jenny webhook forwarding confirmation results to {@code oom-confirmations}).
 */
public final class SqsQueueSender {
  private final SqsClient sqs;
  private final String queueUrl;

  private SqsQueueSender(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  /** One {@code GetQueueUrl} now; none afterwards. */
  public static SqsQueueSender resolve(SqsClient sqs, String queueName) {
    Objects.requireNonNull(sqs, "sqs");
    Objects.requireNonNull(queueName, "queueName");
    return new SqsQueueSender(sqs, sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl());
  }

  /** One {@code SendMessage}; returns the SQS message id. */
  public String send(String body) {
    return sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body)).messageId();
  }
}
