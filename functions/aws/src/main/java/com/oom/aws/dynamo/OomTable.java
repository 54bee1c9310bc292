package com.oom.aws.dynamo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;

/**
 * The single table: its key schema, its sparse indexes and its TTL attribute. The same definition
 * creates the table in tests and in the local runner; the CDK app mirrors these names.
 */
public final class OomTable {
  public static final String PK = "PK";
  public static final String SK = "SK";
  public static final String TTL = "expiresAt";

  /** Orders with a running timer, by due time: the sweep's Query. */
  public static final Index TIMERS = new Index("timers", "timerShard", "timerDue", 8, true);

  /** Outbox messages not yet published. */
  public static final Index OUTBOX = new Index("outbox", "outboxShard", "createdAt", 4, true);

  /** Texts deferred to the end of quiet hours or the next day, by when they may go. */
  public static final Index DEFERRED_SMS =
      new Index("deferredSms", "deferredShard", "notBefore", 4, true);

  /** Open orders of a store, for work lists and the daily plan. */
  public static final Index OPEN_BY_STORE =
      new Index("openByStore", "storeOpen", "orderId", 1, false);

  public static final List<Index> INDEXES = List.of(TIMERS, OUTBOX, DEFERRED_SMS, OPEN_BY_STORE);

  /**
   * A sparse GSI: only items carrying its partition attribute appear in it.
   *
   * @param shards partitions the writes are spread over; readers query every shard
   * @param numericSort sort key is epoch milliseconds (else a string)
   */
  public record Index(
      String name,
      String partitionAttribute,
      String sortAttribute,
      int shards,
      boolean numericSort) {
    public String shardOf(String id) {
      return name + "#" + Math.floorMod(id.hashCode(), shards);
    }

    public List<String> allShards() {
      return IntStream.range(0, shards).mapToObj(i -> name + "#" + i).toList();
    }
  }

  private OomTable() {}

  public static CreateTableRequest createRequest(String tableName) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    attributes.add(attribute(PK, ScalarAttributeType.S));
    attributes.add(attribute(SK, ScalarAttributeType.S));
    List<GlobalSecondaryIndex> indexes = new ArrayList<>();
    for (Index index : INDEXES) {
      attributes.add(attribute(index.partitionAttribute(), ScalarAttributeType.S));
      attributes.add(
          attribute(
              index.sortAttribute(),
              index.numericSort() ? ScalarAttributeType.N : ScalarAttributeType.S));
      indexes.add(
          GlobalSecondaryIndex.builder()
              .indexName(index.name())
              .keySchema(
                  key(index.partitionAttribute(), KeyType.HASH),
                  key(index.sortAttribute(), KeyType.RANGE))
              .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
              .build());
    }
    return CreateTableRequest.builder()
        .tableName(tableName)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attributes)
        .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
        .globalSecondaryIndexes(indexes)
        .build();
  }

  /** Creates the table (if missing) and turns on TTL for idempotency records. */
  public static void create(DynamoDbClient dynamo, String tableName) {
    try {
      dynamo.createTable(createRequest(tableName));
    } catch (ResourceInUseException alreadyThere) {
      return;
    }
    dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    dynamo.updateTimeToLive(
        b ->
            b.tableName(tableName)
                .timeToLiveSpecification(
                    TimeToLiveSpecification.builder().attributeName(TTL).enabled(true).build()));
  }

  private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
