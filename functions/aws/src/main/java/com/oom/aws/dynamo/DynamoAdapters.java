package com.oom.aws.dynamo;

import com.oom.core.port.ConfirmationAudits;
import com.oom.core.port.ConsentLedger;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.Outbox;
import com.oom.core.port.SmsLog;
import com.oom.core.port.WorkListIndex;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB adapters, over one table. */
public final class DynamoAdapters {
  private final DynamoOpenOrders orders;
  private final DynamoSmsLog smsLog;
  private final DynamoConsentLedger consent;
  private final DynamoConfirmationAudits confirmationAudits;
  private final DynamoWorkListIndex workListIndex;

  /**
   * @param storeIds the stores whose open orders "all stores" means
   */
  public DynamoAdapters(DynamoDbClient dynamo, String table, List<String> storeIds, Clock clock) {
    this.orders = new DynamoOpenOrders(dynamo, table, storeIds, clock);
    this.smsLog = new DynamoSmsLog(dynamo, table);
    this.consent = new DynamoConsentLedger(dynamo, table);
    this.confirmationAudits = new DynamoConfirmationAudits(dynamo, table);
    this.workListIndex = new DynamoWorkListIndex(dynamo, table);
  }

  /**
   * The webhook replay guard over the same table; needs no store list, so the webhook function
   * wires it alone.
   */
  public static DynamoReplayGuard replayGuard(DynamoDbClient dynamo, String table) {
    return new DynamoReplayGuard(dynamo, table, DynamoReplayGuard.DEFAULT_LEASE);
  }

  /** As {@link #replayGuard(DynamoDbClient, String)} with another claim lease (tests). */
  public static DynamoReplayGuard replayGuard(DynamoDbClient dynamo, String table, Duration lease) {
    return new DynamoReplayGuard(dynamo, table, lease);
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

  public ConfirmationAudits confirmationAudits() {
    return confirmationAudits;
  }

  public WorkListIndex workListIndex() {
    return workListIndex;
  }
}
