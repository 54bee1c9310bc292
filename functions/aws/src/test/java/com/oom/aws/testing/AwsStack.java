package com.oom.aws.testing;

import com.oom.aws.AwsPorts;
import com.oom.aws.OomSettings;
import com.oom.aws.client.AwsClients;
import com.oom.aws.client.AwsSettings;
import com.oom.aws.dynamo.DynamoAdapters;
import com.oom.aws.dynamo.OomTable;
import com.oom.aws.events.EventBridgeAdapters;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.sqs.SqsAdapters;
import com.oom.catalogue.EventBuses;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.port.SmsGateway;
import com.oom.tooling.emulator.Emulators;
import com.oom.tooling.metering.RequestCounter;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The real adapters on the tests' emulator ({@link Emulators#shared()}: moto, or LocalStack with
 * {@code -Doom.emulator=localstack}): the table, queues and the domain events' bus ({@code
 * oom-events}) created from the production definitions, SDK clients counting their requests, and
 * the use cases wired to them.
 */
public final class AwsStack {
  public static final String TABLE = "oom";

  /** The stores, both in Winnipeg. */
  public static final StoreDirectory DIRECTORY =
      StoreDirectory.standardStores("101=America/Winnipeg,202=America/Winnipeg");

  public static final List<String> STORES = DIRECTORY.storeIds();

  public final RequestCounter requests = new RequestCounter();

  /** Capacity units of the counted clients' DynamoDB requests; off until a test turns it on. */
  public final CapacityMeter capacity;

  public final AwsClients clients;
  public final DynamoDbClient dynamo;
  public final SqsClient sqs;
  public final DynamoAdapters dynamoAdapters;
  public final SqsAdapters sqsAdapters;
  public final Map<String, String> queueUrls;

  private final URI endpoint;
  private final String region;

  public AwsStack(Clock clock) {
    this(clock, Emulators.shared().endpoint(), List.of());
  }

  /**
   * As {@link #AwsStack(Clock)}, with the SDK clients reaching the emulator at {@code endpoint}
   * (e.g. through a fault-injecting proxy) and running {@code interceptors} after the request
   * counter. The capacity meter reads item sizes from the emulator directly.
   */
  public AwsStack(Clock clock, URI endpoint, List<ExecutionInterceptor> interceptors) {
    this.endpoint = endpoint;
    this.region = Emulators.shared().region();
    capacity = new CapacityMeter(new AwsClients(emulatorSettings(), List.of()).dynamoDb());
    List<ExecutionInterceptor> all = new ArrayList<>();
    all.add(requests);
    all.add(capacity);
    all.addAll(interceptors);
    clients = new AwsClients(AwsSettings.emulator(endpoint, region), all);
    dynamo = clients.dynamoDb();
    sqs = clients.sqs();
    OomTable.create(dynamo, TABLE);
    queueUrls = OomQueues.create(sqs, DIRECTORY);
    createEventBus();
    dynamoAdapters = new DynamoAdapters(dynamo, TABLE, STORES, clock);
    sqsAdapters = new SqsAdapters(sqs, DIRECTORY::handOffQueue);
    requests.reset();
    capacity.reset();
  }

  /**
   * The bus domain events are published on, created unless it exists (through an uncounted client:
   * the stack's own clients build only what the use cases ask for).
   */
  private void createEventBus() {
    try (EventBridgeClient events =
        new AwsClients(AwsSettings.emulator(endpoint, region), List.of()).eventBridge()) {
      EventBridgeAdapters.createBus(events, EventBuses.EVENTS);
    }
  }

  /** The use cases on the real adapters (the stores are in Winnipeg), each built when asked for. */
  public UseCaseFactory services(SmsGateway gateway, OomConfig config, Clock clock) {
    OomSettings settings =
        new OomSettings(AwsSettings.emulator(endpoint, region), TABLE, DIRECTORY);
    return new UseCaseFactory(new AwsPorts(settings, clients, () -> gateway, clock), config, clock);
  }

  /** Where the tests' emulator is: its endpoint, in its region. */
  public static AwsSettings emulatorSettings() {
    return AwsSettings.emulator(Emulators.shared().endpoint(), Emulators.shared().region());
  }

  /**
   * The variables that point a function wired from its environment at the tests' emulator ({@code
   * AWS_REGION}, {@code OOM_AWS_ENDPOINT}).
   */
  public static Map<String, String> emulatorEnvironment() {
    return Map.of(
        AwsSettings.REGION,
        Emulators.shared().region(),
        AwsSettings.ENDPOINT,
        Emulators.shared().endpoint().toString());
  }

  /** An order's state item as the adapter stored it (one GetItem through the counted client). */
  public Map<String, AttributeValue> orderStateItem(String orderId) {
    return dynamo
        .getItem(
            b ->
                b.tableName(TABLE)
                    .key(
                        Map.of(
                            OomTable.PK, AttributeValue.fromS("ORDER#" + orderId),
                            OomTable.SK, AttributeValue.fromS("STATE"))))
        .item();
  }

  /** Receives (and deletes) up to 10 messages at a time until the queue is empty. */
  public List<Message> drain(String queueName) {
    String url = queueUrls.get(queueName);
    List<Message> all = new ArrayList<>();
    while (true) {
      List<Message> batch = OomQueues.receiveBatch(sqs, url);
      if (batch.isEmpty()) {
        return all;
      }
      all.addAll(batch);
      batch.forEach(m -> sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle())));
    }
  }

  /**
   * A store directory file of standard stores ({@code 101=America/Winnipeg,...}), as a function
   * reads it from {@code OOM_STORE_DIRECTORY}; deleted when the JVM exits.
   */
  public static java.nio.file.Path storeDirectoryFile(String stores) {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("oom-stores", ".json");
      file.toFile().deleteOnExit();
      return java.nio.file.Files.writeString(
          file,
          com.oom.catalogue.StoreDirectoryDocument.write(StoreDirectory.standardStores(stores)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
