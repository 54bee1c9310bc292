package com.oom.infrastructure;

import com.oom.catalogue.SuiteTable;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/**
 * The single table, built from the catalogue's {@link SuiteTable}: the same key schema, sparse
 * indexes and TTL attribute the adapters and the local runner use.
 */
public final class StateTable {
  private StateTable() {}

  public static Table create(Construct scope, String id, StageConfig config) {
    boolean prod = config.stage().isProduction();
    Table table =
        Table.Builder.create(scope, id)
            .partitionKey(string(SuiteTable.PK))
            .sortKey(string(SuiteTable.SK))
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .timeToLiveAttribute(SuiteTable.TTL)
            .pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
            .encryption(TableEncryption.AWS_MANAGED)
            .deletionProtection(prod)
            .removalPolicy(prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            .build();
    for (SuiteTable.Index index : SuiteTable.INDEXES) {
      table.addGlobalSecondaryIndex(
          GlobalSecondaryIndexProps.builder()
              .indexName(index.name())
              .partitionKey(string(index.partitionAttribute()))
              .sortKey(
                  Attribute.builder()
                      .name(index.sortAttribute())
                      .type(index.numericSort() ? AttributeType.NUMBER : AttributeType.STRING)
                      .build())
              .projectionType(ProjectionType.ALL)
              .build());
    }
    return table;
  }

  private static Attribute string(String name) {
    return Attribute.builder().name(name).type(AttributeType.STRING).build();
  }
}
