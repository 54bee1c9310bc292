package com.oom.tooling.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * LocalStack's reset when its image cannot reset itself, proven on moto (the same APIs): everything
 * the suites create in the region is gone, and a second wipe of an empty region is harmless.
 */
class ResourceWipeIT {
  private static MotoServer moto;
  private static SdkHttpClient http;

  @BeforeAll
  static void start() {
    moto = MotoServer.get();
    moto.reset();
    http = UrlConnectionHttpClient.builder().build();
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  @Test
  void deletes_every_rule_bus_queue_secret_and_table_of_the_region() {
    URI endpoint = moto.endpoint();
    String region = Emulator.DEFAULT_REGION;
    try (EventBridgeClient events = configure(EventBridgeClient.builder()).build();
        SqsClient sqs = configure(SqsClient.builder()).build();
        SecretsManagerClient secrets = configure(SecretsManagerClient.builder()).build();
        DynamoDbClient dynamo = configure(DynamoDbClient.builder()).build()) {
      events.createEventBus(b -> b.name("oom-events-test"));
      events.putRule(
          b ->
              b.name("to-queue")
                  .eventBusName("oom-events-test")
                  .eventPattern("{\"source\":[\"oom\"]}"));
      events.putTargets(
          b ->
              b.rule("to-queue")
                  .eventBusName("oom-events-test")
                  .targets(
                      Target.builder()
                          .id("q")
                          .arn("arn:aws:sqs:us-east-1:123456789012:oom-events")
                          .build()));
      events.putRule(b -> b.name("on-default").eventPattern("{\"source\":[\"oom\"]}"));
      sqs.createQueue(b -> b.queueName("oom-order-feed"));
      sqs.createQueue(
          b ->
              b.queueName("oom-handoff-101.fifo")
                  .attributesWithStrings(java.util.Map.of("FifoQueue", "true")));
      secrets.createSecret(b -> b.name("oom/jenny-webhook").secretString("s"));
      dynamo.createTable(
          b ->
              b.tableName("oom")
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      AttributeDefinition.builder()
                          .attributeName("PK")
                          .attributeType(ScalarAttributeType.S)
                          .build())
                  .keySchema(
                      KeySchemaElement.builder()
                          .attributeName("PK")
                          .keyType(KeyType.HASH)
                          .build()));

      ResourceWipe.everything(endpoint, region);

      assertThat(events.listEventBuses(b -> {}).eventBuses())
          .extracting(bus -> bus.name())
          .containsExactly("default");
      assertThat(events.listRules(b -> {}).rules()).isEmpty();
      assertThat(sqs.listQueues(b -> {}).queueUrls()).isEmpty();
      assertThat(secrets.listSecrets(b -> {}).secretList()).isEmpty();
      assertThat(dynamo.listTables(b -> {}).tableNames()).isEmpty();

      ResourceWipe.everything(endpoint, region);

      // the names are free again
      sqs.createQueue(b -> b.queueName("oom-order-feed"));
      secrets.createSecret(b -> b.name("oom/jenny-webhook").secretString("s"));
      assertThat(sqs.listQueues(b -> {}).queueUrls()).hasSize(1);
    }
  }

  private static <
          B extends
              software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>
                  & software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<B, ?>>
      B configure(B builder) {
    return builder
        .httpClient(http)
        .endpointOverride(moto.endpoint())
        .region(Region.of(Emulator.DEFAULT_REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")));
  }
}
