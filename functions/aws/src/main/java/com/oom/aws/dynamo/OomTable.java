package com.oom.aws.dynamo;

import com.oom.catalogue.SuiteTable;
import com.oom.catalogue.SuiteTable.Index;
import java.util.ArrayList;
import java.util.List;
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
 * The catalogue's table ({@link SuiteTable}) on DynamoDB: the request that creates it in tests and
 * in the local runner, and the names the adapters use.
 */
public final class OomTable {
  public static final String PK = SuiteTable.PK;
  public static final String SK = SuiteTable.SK;
  public static final String TTL = SuiteTable.TTL;

  public static final Index TIMERS = SuiteTable.TIMERS;
  public static final Index OUTBOX = SuiteTable.OUTBOX;
  public static final Index DEFERRED_SMS = SuiteTable.DEFERRED_SMS;
  public static final Index OPEN_BY_STORE = SuiteTable.OPEN_BY_STORE;
  public static final List<Index> INDEXES = SuiteTable.INDEXES;

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
