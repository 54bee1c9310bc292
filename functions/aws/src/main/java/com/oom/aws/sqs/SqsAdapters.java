package com.oom.aws.sqs;

import com.oom.core.port.ErpUpdatePublisher;
import com.oom.core.port.HandOffPublisher;
import com.oom.core.port.SmsRequestPublisher;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The SQS adapters. */
public final class SqsAdapters {
  private final SqsOutboxPublisher publisher;

  public SqsAdapters(SqsClient sqs) {
    this.publisher = new SqsOutboxPublisher(sqs);
  }

  public HandOffPublisher handOffs() {
    return publisher;
  }

  public ErpUpdatePublisher erpUpdates() {
    return publisher;
  }

  public SmsRequestPublisher smsRequests() {
    return publisher;
  }
}
