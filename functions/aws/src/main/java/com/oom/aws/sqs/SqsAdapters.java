package com.oom.aws.sqs;

import com.oom.core.port.ErpUpdatePublisher;
import com.oom.core.port.HandOffPublisher;
import com.oom.core.port.SmsRequestPublisher;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The SQS adapters. */
public final class SqsAdapters {
  private final SqsOutboxPublisher publisher;

  /**
   * @param handOffQueueOf a store's hand-off queue name, from the store directory ({@code
   *     StoreDirectory::handOffQueue}); it refuses a store the directory does not have
   */
  public SqsAdapters(SqsClient sqs, UnaryOperator<String> handOffQueueOf) {
    this.publisher = new SqsOutboxPublisher(sqs, handOffQueueOf);
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
