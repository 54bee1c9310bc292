package com.oom.tooling.emulator;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBus;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Deletes, through the SDK, everything the integration suites create in an emulator's region:
 * EventBridge rules (with their targets) and custom buses, SQS queues, Secrets Manager secrets and
 * DynamoDB tables. LocalStack's reset between tests when its image has no state-reset endpoint;
 * clients use the same credentials as the tests' ({@code testing}), hence the same account.
 */
final class ResourceWipe {
  private static final String DEFAULT_BUS = "default";

  private ResourceWipe() {}

  static void everything(URI endpoint, String region) {
    try (SdkHttpClient http = UrlConnectionHttpClient.builder().build();
        EventBridgeClient events = client(EventBridgeClient.builder(), endpoint, region, http);
        SqsClient sqs = client(SqsClient.builder(), endpoint, region, http);
        SecretsManagerClient secrets =
            client(SecretsManagerClient.builder(), endpoint, region, http);
        DynamoDbClient dynamo = client(DynamoDbClient.builder(), endpoint, region, http)) {
      for (EventBus bus : events.listEventBuses(b -> {}).eventBuses()) {
        for (Rule rule : events.listRules(b -> b.eventBusName(bus.name())).rules()) {
          var targets =
              events.listTargetsByRule(b -> b.rule(rule.name()).eventBusName(bus.name())).targets();
          if (!targets.isEmpty()) {
            events.removeTargets(
                b ->
                    b.rule(rule.name())
                        .eventBusName(bus.name())
                        .ids(targets.stream().map(Target::id).toList()));
          }
          events.deleteRule(b -> b.name(rule.name()).eventBusName(bus.name()));
        }
        if (!DEFAULT_BUS.equals(bus.name())) {
          events.deleteEventBus(b -> b.name(bus.name()));
        }
      }
      sqs.listQueuesPaginator(b -> {})
          .queueUrls()
          .forEach(url -> sqs.deleteQueue(b -> b.queueUrl(url)));
      secrets.listSecretsPaginator(b -> {}).stream()
          .flatMap(page -> page.secretList().stream())
          .map(SecretListEntry::arn)
          .forEach(
              arn -> secrets.deleteSecret(b -> b.secretId(arn).forceDeleteWithoutRecovery(true)));
      dynamo
          .listTablesPaginator(b -> {})
          .tableNames()
          .forEach(t -> dynamo.deleteTable(b -> b.tableName(t)));
    }
  }

  private static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C client(
      B builder, URI endpoint, String region, SdkHttpClient http) {
    return builder
        .httpClient(http)
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .build();
  }
}
