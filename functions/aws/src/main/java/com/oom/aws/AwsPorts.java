package com.oom.aws;

import com.oom.aws.client.AwsClients;
import com.oom.aws.dynamo.DynamoAdapters;
import com.oom.aws.events.EventBridgeAdapters;
import com.oom.aws.sqs.SqsAdapters;
import com.oom.core.application.Ports;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.ConfirmationAudits;
import com.oom.core.port.ConsentLedger;
import com.oom.core.port.ErpUpdatePublisher;
import com.oom.core.port.EventPublisher;
import com.oom.core.port.HandOffPublisher;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.Outbox;
import com.oom.core.port.SmsGateway;
import com.oom.core.port.SmsLog;
import com.oom.core.port.SmsRequestPublisher;
import com.oom.core.port.WorkListIndex;
import java.time.Clock;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The core's ports on the real AWS adapters, each SDK client and adapter built on first use: a
 * function that never publishes builds no SQS client, one that never texts no SMS client, one that
 * publishes no domain event no EventBridge client. The functions' wirings, the tests on moto and
 * the local runner all build their ports here.
 */
public final class AwsPorts implements Ports {
  private final OomSettings settings;
  private final AwsClients clients;
  private final Supplier<SmsGateway> smsGateway;
  private final Clock clock;
  private DynamoDbClient dynamoDb;
  private SqsClient sqs;
  private EventBridgeClient eventBridge;
  private EventPublisher events;
  private DynamoAdapters dynamo;
  private SqsAdapters queues;
  private SmsGateway gateway;

  /**
   * @param smsGateway builds the SMS gateway, called once and only if a use case texts
   */
  public AwsPorts(
      OomSettings settings, AwsClients clients, Supplier<SmsGateway> smsGateway, Clock clock) {
    this.settings = settings;
    this.clients = clients;
    this.smsGateway = smsGateway;
    this.clock = clock;
  }

  /** The DynamoDB client the adapters use (the wiring primes it). */
  public synchronized DynamoDbClient dynamoDbClient() {
    if (dynamoDb == null) {
      dynamoDb = clients.dynamoDb();
    }
    return dynamoDb;
  }

  /** The SQS client the publishers use (the wiring primes it). */
  public synchronized SqsClient sqsClient() {
    if (sqs == null) {
      sqs = clients.sqs();
    }
    return sqs;
  }

  /** The EventBridge client the event publisher uses (the wiring primes it). */
  public synchronized EventBridgeClient eventBridgeClient() {
    if (eventBridge == null) {
      eventBridge = clients.eventBridge();
    }
    return eventBridge;
  }

  private synchronized DynamoAdapters dynamo() {
    if (dynamo == null) {
      dynamo =
          new DynamoAdapters(
              dynamoDbClient(), settings.table(), settings.stores().storeIds(), clock);
    }
    return dynamo;
  }

  private synchronized SqsAdapters queues() {
    if (queues == null) {
      queues = new SqsAdapters(sqsClient(), settings.stores()::handOffQueue);
    }
    return queues;
  }

  @Override
  public OpenOrders orders() {
    return dynamo().orders();
  }

  @Override
  public Outbox outbox() {
    return dynamo().outbox();
  }

  @Override
  public HandOffPublisher handOffs() {
    return queues().handOffs();
  }

  @Override
  public ErpUpdatePublisher erpUpdates() {
    return queues().erpUpdates();
  }

  @Override
  public SmsRequestPublisher smsRequests() {
    return queues().smsRequests();
  }

  @Override
  public synchronized SmsGateway smsGateway() {
    if (gateway == null) {
      gateway = smsGateway.get();
    }
    return gateway;
  }

  @Override
  public ConsentLedger consent() {
    return dynamo().consent();
  }

  @Override
  public SmsLog smsLog() {
    return dynamo().smsLog();
  }

  @Override
  public ConfirmationAudits confirmationAudits() {
    return dynamo().confirmationAudits();
  }

  @Override
  public WorkListIndex workListIndex() {
    return dynamo().workListIndex();
  }

  @Override
  public BusinessCalendars calendars() {
    return settings.stores();
  }

  @Override
  public synchronized EventPublisher events() {
    if (events == null) {
      events = EventBridgeAdapters.publisher(eventBridgeClient(), settings.eventBus());
    }
    return events;
  }
}
