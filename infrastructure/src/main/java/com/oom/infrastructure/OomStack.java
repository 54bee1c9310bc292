package com.oom.infrastructure;

import com.oom.catalogue.Queues;
import com.oom.catalogue.SuiteFunction;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/** Everything one stage of the suite needs on AWS, and nothing more. */
public final class OomStack extends Stack {
  private final StageConfig config;
  private final Table table;
  private final SuiteQueues queues;
  private final Key notificationsKey;
  private final SmsChannel sms;
  private final Secret jennySecret;
  private final Secret cursorSecret;
  private final DomainEventBus domainEvents;
  private final OomFunctions functions;
  private final ConfirmationBus confirmationBus;
  private final Scheduler schedules;
  private final AgentApi api;
  private final StoreAccess storeAccess;
  private final Monitoring monitoring;

  /**
   * @param code the shaded handler jar as a Lambda asset ({@link HandlerJar}); tests pass a
   *     placeholder directory
   */
  public OomStack(Construct scope, String id, StackProps props, StageConfig config, Code code) {
    super(scope, id, props);
    this.config = config;
    Tags.of(this).add("application", "oom");
    Tags.of(this).add("stage", config.stage().id());

    table = StateTable.create(this, "StateTable", config);
    queues = new SuiteQueues(this, "Queues", config);
    notificationsKey = notificationsKey();
    sms = new SmsChannel(this, "Sms", config, queues.queue(Queues.SMS_INBOUND), notificationsKey);
    jennySecret =
        hmacKey(
            "JennyWebhookSecret",
            "jenny-webhook",
            "HMAC-SHA256 key Jenny (Package AI) signs webhook deliveries with",
            config.stage().isProduction() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY);
    cursorSecret =
        hmacKey(
            "WorkListCursorSecret",
            "work-list-cursors",
            "HMAC-SHA256 key the agent API signs its work-list paging cursors with",
            RemovalPolicy.DESTROY);
    domainEvents = new DomainEventBus(this, "DomainEvents", config);
    functions =
        new OomFunctions(
            this,
            "Functions",
            new OomFunctions.Wiring(
                config, code, table, queues, sms, jennySecret, cursorSecret, domainEvents.bus()));
    confirmationBus =
        new ConfirmationBus(this, "ConfirmationBus", config, queues.queue(Queues.CONFIRMATIONS));
    schedules =
        new Scheduler(
            this,
            "Schedules",
            config,
            functions.alias(SuiteFunction.TIMER_SWEEP),
            functions.alias(SuiteFunction.DAILY_PLAN));
    api =
        new AgentApi(
            this,
            "AgentApi",
            config,
            functions.alias(SuiteFunction.AGENT_API),
            functions.alias(SuiteFunction.JENNY_WEBHOOK));
    storeAccess = new StoreAccess(this, "StoreAccess", config, queues);

    monitoring = new Monitoring(this, "Monitoring", config, notificationsKey);
    queues.deadLetterQueues().forEach(monitoring::deadLetterQueue);
    monitoring.deadLetterQueue("oom-scheduler", schedules.deadLetterQueue());
    monitoring.deadLetterQueue("oom-confirmation-bus", confirmationBus.deadLetterQueue());
    for (SuiteFunction spec : SuiteFunction.values()) {
      monitoring.function(spec, functions.function(spec));
    }
    monitoring.sweepRunning(functions.function(SuiteFunction.TIMER_SWEEP));
    monitoring.customMetrics();

    outputs();
    suppressions();
  }

  /** A random 64-character key, {@code oom/<stage>/<name>} in Secrets Manager. */
  private Secret hmacKey(String id, String name, String description, RemovalPolicy removal) {
    return Secret.Builder.create(this, id)
        .secretName("oom/" + config.stage().id() + "/" + name)
        .description(description)
        .generateSecretString(
            SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
        .removalPolicy(removal)
        .build();
  }

  /**
   * Encrypts the two SNS topics (guests' replies, alarms). End User Messaging and CloudWatch
   * publish to them, so the key lets those services, from this account only, use it.
   */
  private Key notificationsKey() {
    Key key =
        Key.Builder.create(this, "NotificationsKey")
            .description("OOM SNS topics: two-way SMS replies and alarms")
            .enableKeyRotation(true)
            .removalPolicy(
                config.stage().isProduction() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            .build();
    for (String service : List.of("sms-voice.amazonaws.com", "cloudwatch.amazonaws.com")) {
      key.addToResourcePolicy(
          PolicyStatement.Builder.create()
              .sid("PublishFrom" + service.substring(0, service.indexOf('.')).replace("-", ""))
              .principals(List.of(new ServicePrincipal(service)))
              .actions(List.of("kms:GenerateDataKey*", "kms:Decrypt"))
              .resources(List.of("*"))
              .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", getAccount())))
              .build());
    }
    return key;
  }

  private void outputs() {
    CfnOutput.Builder.create(this, "ApiUrl")
        .description("Agent API and Jenny webhook base URL")
        .value(api.api().getApiEndpoint())
        .build();
    CfnOutput.Builder.create(this, "TableName").value(table.getTableName()).build();
    CfnOutput.Builder.create(this, "JennyEventBusArn")
        .description("Event bus Jenny's ConfirmationResult events go to")
        .value(confirmationBus.bus().getEventBusArn())
        .build();
    CfnOutput.Builder.create(this, "EventBusName")
        .description("Event bus OOM's domain events are published on (source oom)")
        .value(domainEvents.bus().getEventBusName())
        .build();
    CfnOutput.Builder.create(this, "EventBusArn")
        .description("ARN of that bus: consumers' rules and cross-account policies name it")
        .value(domainEvents.bus().getEventBusArn())
        .build();
    CfnOutput.Builder.create(this, "JennyWebhookSecretArn")
        .description("Secret holding the webhook HMAC key: share its value with Jenny")
        .value(jennySecret.getSecretArn())
        .build();
    CfnOutput.Builder.create(this, "SmsPoolId").value(sms.poolId()).build();
    CfnOutput.Builder.create(this, "SmsInboundTopicArn")
        .description("Two-way SMS channel of the phone pool")
        .value(sms.inboundTopic().getTopicArn())
        .build();
    for (String storeId : config.storeIds()) {
      CfnOutput.Builder.create(this, "HandOffQueueUrl" + storeId)
          .description("Store " + storeId + " hand-off queue")
          .value(queues.handOff(storeId).getQueueUrl())
          .build();
      CfnOutput.Builder.create(this, "HandOffRoleArn" + storeId)
          .description("Role store " + storeId + " assumes to poll it")
          .value(storeAccess.role(storeId).getRoleArn())
          .build();
    }
  }

  /** Every cdk-nag finding that is accepted, each with its reason. */
  private void suppressions() {
    NagSuppressions.addResourceSuppressions(
        jennySecret,
        List.of(
            suppression(
                "AwsSolutions-SMG4",
                "The webhook key is shared with Jenny (Package AI), who must sign with the new key"
                    + " before it may replace the old one: rotation is a coordinated manual step"
                    + " (the function accepts several v1= signatures while both are valid), not a"
                    + " Lambda rotation.")));
    NagSuppressions.addResourceSuppressions(
        cursorSecret,
        List.of(
            suppression(
                "AwsSolutions-SMG4",
                "The key only signs work-list paging cursors, which hold a list's name, the stores"
                    + " asked for and a rank, never personal data or a grant: access is checked"
                    + " again on every request. Replacing it (a new secret value, then a new"
                    + " function version) only turns cursors in flight into a 400 invalid-cursor,"
                    + " after which the client starts from the first page; a rotation function"
                    + " would add nothing.")));
    for (var dlq : List.of(schedules.deadLetterQueue(), confirmationBus.deadLetterQueue())) {
      NagSuppressions.addResourceSuppressions(
          dlq,
          List.of(
              suppression(
                  "AwsSolutions-SQS3",
                  "This queue is itself a dead-letter queue (of the Scheduler schedules or the"
                      + " EventBridge rule target); it has an alarm when not empty.")));
    }
    NagSuppressions.addResourceSuppressions(
        api.api(),
        List.of(
            suppression(
                "AwsSolutions-APIG4",
                "Only POST /webhooks/jenny has no gateway authorizer: Jenny (Package AI) cannot"
                    + " present a JWT, so the webhook function verifies its HMAC-SHA256 signature"
                    + " and timestamp before anything is written. Every agent route uses the JWT"
                    + " authorizer.")),
        true);
  }

  private static NagPackSuppression suppression(String id, String reason) {
    return NagPackSuppression.builder().id(id).reason(reason).build();
  }

  public StageConfig config() {
    return config;
  }

  public OomFunctions functions() {
    return functions;
  }

  public SuiteQueues queues() {
    return queues;
  }

  public Scheduler schedules() {
    return schedules;
  }

  public DomainEventBus domainEvents() {
    return domainEvents;
  }

  public ConfirmationBus confirmationBus() {
    return confirmationBus;
  }
}
