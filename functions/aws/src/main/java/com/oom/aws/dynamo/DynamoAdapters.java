package com.oom.aws.dynamo;

import com.oom.core.port.ConsentLedger;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.Outbox;
import com.oom.core.port.SmsLog;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB adapters, over one table. */
public final class DynamoAdapters {
  private final DynamoOpenOrders orders;
  private final DynamoSmsLog smsLog;
  private final DynamoConsentLedger consent;

  /**
   * @param storeIds the stores whose open orders "all stores" means
   */
  public DynamoAdapters(DynamoDbClient dynamo, String table, List<String> storeIds, Clock clock) {
    this.orders = new DynamoOpenOrders(dynamo, table, storeIds, clock);
    this.smsLog = new DynamoSmsLog(dynamo, table);
    this.consent = new DynamoConsentLedger(dynamo, table);
  }

  public OpenOrders orders() {
    return orders;
  }

  public Outbox outbox() {
    return orders;
  }

  public SmsLog smsLog() {
    return smsLog;
  }

  public ConsentLedger consent() {
    return consent;
  }
}
