package com.oom.aws.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SDK clients the same way everywhere: one light HTTP client, the region and credentials
 * resolved up front (no provider-chain probing on cold start), an endpoint override for emulators,
 * and optional interceptors (the request counter).
 */
public final class AwsClients {
  static final String CONTAINER_CREDENTIALS = "AWS_CONTAINER_CREDENTIALS_FULL_URI";

  private final AwsSettings settings;
  private final List<ExecutionInterceptor> interceptors;
  private final SdkHttpClient http;
  private final AwsCredentialsProvider credentials;
  private final List<String> built = new ArrayList<>();

  public AwsClients(AwsSettings settings, List<ExecutionInterceptor> interceptors) {
    this.settings = settings;
    this.interceptors = List.copyOf(interceptors);
    this.http = UrlConnectionHttpClient.builder().build();
    this.credentials =
        settings.endpointOverride().isPresent()
            ? StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))
            : lambdaCredentials(System.getenv());
  }

  /**
   * The credentials Lambda gives the function: the access-key variables, or — under SnapStart,
   * which does not set them — the container credentials endpoint ({@value #CONTAINER_CREDENTIALS}).
   * Either is chosen up front, without probing the default chain.
   */
  static AwsCredentialsProvider lambdaCredentials(Map<String, String> env) {
    String uri = env.get(CONTAINER_CREDENTIALS);
    return uri != null && !uri.isBlank()
        ? ContainerCredentialsProvider.builder().build()
        : EnvironmentVariableCredentialsProvider.create();
  }

  /** The services of the clients built so far, one entry per client (the wiring tests check it). */
  public synchronized List<String> built() {
    return List.copyOf(built);
  }

  public DynamoDbClient dynamoDb() {
    return configure(DynamoDbClient.builder(), "dynamodb").httpClient(http).build();
  }

  public SqsClient sqs() {
    return configure(SqsClient.builder(), "sqs").httpClient(http).build();
  }

  public EventBridgeClient eventBridge() {
    return configure(EventBridgeClient.builder(), "eventbridge").httpClient(http).build();
  }

  public SecretsManagerClient secretsManager() {
    return configure(SecretsManagerClient.builder(), "secretsmanager").httpClient(http).build();
  }

  public PinpointSmsVoiceV2Client sms(Optional<java.net.URI> smsEndpoint) {
    var builder = configure(PinpointSmsVoiceV2Client.builder(), "sms-voice").httpClient(http);
    smsEndpoint.ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private <B extends AwsClientBuilder<B, ?>> B configure(B builder, String service) {
    synchronized (this) {
      built.add(service);
    }
    builder
        .region(Region.of(settings.region()))
        .credentialsProvider(credentials)
        .overrideConfiguration(
            ClientOverrideConfiguration.builder().executionInterceptors(interceptors).build());
    settings.endpointOverride().ifPresent(builder::endpointOverride);
    return builder;
  }
}
