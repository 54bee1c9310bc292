package com.oom.infrastructure;

import static com.oom.infrastructure.TemplateQueries.actions;
import static com.oom.infrastructure.TemplateQueries.properties;
import static com.oom.infrastructure.TemplateQueries.resourcesOf;
import static com.oom.infrastructure.TemplateQueries.target;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oom.catalogue.Queues;
import com.oom.catalogue.Route;
import com.oom.catalogue.Routes;
import com.oom.catalogue.SuiteFunction;
import com.oom.catalogue.SuiteQueue;
import com.oom.catalogue.SuiteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The dev stage's template: every resource and every wiring between them. */
class OomStackTemplateTest {
  private static SynthesizedStacks.Synthesized dev;
  private static Template template;
  private static TemplateQueries q;

  @BeforeAll
  static void synthesize() {
    dev = SynthesizedStacks.dev();
    template = dev.template();
    q = new TemplateQueries(dev);
  }

  // --- table ---

  @Test
  void theTableHasTheAdaptersKeySchemaIndexesAndTtl() {
    List<Object> indexes = new ArrayList<>();
    for (SuiteTable.Index index : SuiteTable.INDEXES) {
      indexes.add(
          Map.of(
              "IndexName", index.name(),
              "KeySchema",
                  List.of(
                      Map.of("AttributeName", index.partitionAttribute(), "KeyType", "HASH"),
                      Map.of("AttributeName", index.sortAttribute(), "KeyType", "RANGE")),
              "Projection", Map.of("ProjectionType", "ALL")));
    }
    template.hasResourceProperties(
        "AWS::DynamoDB::Table",
        Map.of(
            "KeySchema",
            List.of(
                Map.of("AttributeName", SuiteTable.PK, "KeyType", "HASH"),
                Map.of("AttributeName", SuiteTable.SK, "KeyType", "RANGE")),
            "BillingMode",
            "PAY_PER_REQUEST",
            "GlobalSecondaryIndexes",
            Match.arrayWith(
                indexes.stream().map(i -> (Object) Match.objectLike((Map<String, ?>) i)).toList()),
            "TimeToLiveSpecification",
            Map.of("AttributeName", SuiteTable.TTL, "Enabled", true),
            "PointInTimeRecoverySpecification",
            Map.of("PointInTimeRecoveryEnabled", true),
            "SSESpecification",
            Map.of("SSEEnabled", true)));
    Map<String, Object> table = properties(only("AWS::DynamoDB::Table"));
    assertThat((List<?>) table.get("GlobalSecondaryIndexes")).hasSize(SuiteTable.INDEXES.size());
  }

  @Test
  void theNumericIndexSortKeysAreNumbers() {
    Map<String, Object> table = properties(only("AWS::DynamoDB::Table"));
    @SuppressWarnings("unchecked")
    Map<String, String> types =
        ((List<Map<String, String>>) table.get("AttributeDefinitions"))
            .stream()
                .collect(
                    Collectors.toMap(a -> a.get("AttributeName"), a -> a.get("AttributeType")));
    assertThat(types).containsEntry(SuiteTable.TIMERS.sortAttribute(), "N");
    assertThat(types).containsEntry(SuiteTable.OPEN_BY_STORE.sortAttribute(), "S");
    assertThat(types).containsEntry(SuiteTable.PK, "S");
  }

  @Test
  void aDevTableMayBeDeleted() {
    Map<String, Object> table = only("AWS::DynamoDB::Table");
    assertThat(table.get("DeletionPolicy")).isEqualTo("Delete");
    assertThat(properties(table).get("DeletionProtectionEnabled")).isEqualTo(false);
  }

  // --- queues ---

  @Test
  void everyQueueOfTheSuiteExistsEncryptedWithItsDeadLetterQueue() {
    for (SuiteQueue definition : Queues.all(dev.stack().config().stores())) {
      Map<String, Object> queue = queueNamed(definition.name());
      Map<String, Object> dlq = queueNamed(definition.deadLetterName());
      assertThat(queue.get("SqsManagedSseEnabled")).as(definition.name()).isEqualTo(true);
      assertThat(dlq.get("SqsManagedSseEnabled")).as(definition.deadLetterName()).isEqualTo(true);
      assertThat(queue.get("MaximumMessageSize")).isEqualTo(SuiteQueues.MAX_MESSAGE_BYTES);
      @SuppressWarnings("unchecked")
      Map<String, Object> redrive = (Map<String, Object>) queue.get("RedrivePolicy");
      assertThat(redrive.get("maxReceiveCount")).isEqualTo(Queues.MAX_RECEIVE_COUNT);
      assertThat(logicalIdOfQueue(definition.deadLetterName()))
          .isEqualTo(target(redrive.get("deadLetterTargetArn")));
      assertThat(queue.get("FifoQueue")).isEqualTo(definition.fifo() ? true : null);
      assertThat(dlq.get("MessageRetentionPeriod")).isEqualTo(14 * 24 * 3600);
    }
  }

  @Test
  void thereIsOneFifoHandOffQueuePerStore() {
    List<String> fifo =
        q.resources("AWS::SQS::Queue").values().stream()
            .map(TemplateQueries::properties)
            .filter(p -> Boolean.TRUE.equals(p.get("FifoQueue")))
            .map(p -> (String) p.get("QueueName"))
            .filter(n -> !n.contains("-dlq"))
            .sorted()
            .toList();
    assertThat(fifo)
        .containsExactly("oom-handoff-101.fifo", "oom-handoff-202.fifo", "oom-handoff-303.fifo");
  }

  @Test
  void aConsumedQueueStaysInvisibleSixTimesItsFunctionTimeoutPlusTheBatchingWindow() {
    assertThat(queueNamed(Queues.ORDER_FEED).get("VisibilityTimeout")).isEqualTo(6 * 30 + 2);
    assertThat(queueNamed(Queues.CONFIRMATIONS).get("VisibilityTimeout")).isEqualTo(6 * 30 + 1);
    assertThat(queueNamed(Queues.SMS_REQUESTS).get("VisibilityTimeout")).isEqualTo(6 * 60);
    assertThat(queueNamed(Queues.SMS_INBOUND).get("VisibilityTimeout")).isEqualTo(6 * 60);
    assertThat(queueNamed(Queues.ERP_UPDATES).get("VisibilityTimeout")).isEqualTo(60);
    assertThat(queueNamed("oom-handoff-101.fifo").get("VisibilityTimeout")).isEqualTo(60);
  }

  @Test
  void everyQueueRefusesRequestsWithoutTls() {
    int queues = q.resources("AWS::SQS::Queue").size();
    List<Map<String, Object>> policies =
        new ArrayList<>(q.resources("AWS::SQS::QueuePolicy").values());
    long denyingInsecure =
        policies.stream()
            .map(p -> new ObjectMapper().valueToTree(properties(p)).toString())
            .filter(json -> json.contains("\"aws:SecureTransport\":\"false\""))
            .count();
    assertThat(denyingInsecure).isEqualTo(queues);
  }

  // --- functions ---

  @Test
  void everyFunctionRunsJavaOnArmWithJsonLogsAndSnapStart() {
    for (SuiteFunction spec : SuiteFunction.values()) {
      template.hasResourceProperties(
          "AWS::Lambda::Function",
          Match.objectLike(
              Map.of(
                  "FunctionName", spec.functionName(),
                  "Handler", spec.handler(),
                  "Runtime", "java25",
                  "Architectures", List.of("arm64"),
                  "MemorySize", spec.memoryMb(),
                  "Timeout", (int) spec.timeout().toSeconds(),
                  "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                  "LoggingConfig", Match.objectLike(Map.of("LogFormat", "JSON")))));
    }
    assertThat(q.resources("AWS::Lambda::Function")).hasSize(SuiteFunction.values().length);
  }

  @Test
  void everyFunctionHasALiveAliasOnAPublishedVersion() {
    for (SuiteFunction spec : SuiteFunction.values()) {
      Map<String, Object> alias =
          properties(q.resource(q.logicalId(dev.stack().functions().alias(spec))));
      assertThat(alias.get("Name")).isEqualTo(OomFunctions.ALIAS);
      String version = target(alias.get("FunctionVersion"));
      assertThat(q.resource(version).get("Type")).isEqualTo("AWS::Lambda::Version");
    }
  }

  @Test
  void functionsGetTheTableStoresAndOnlyTheSettingsTheyUse() {
    Map<String, Object> sender = env(SuiteFunction.SMS_SENDER);
    assertThat(sender)
        .containsKeys("OOM_TABLE", "OOM_SMS_POOL_ID", "OOM_SMS_CONFIGURATION_SET")
        .containsEntry(
            "OOM_STORE_DIRECTORY", OomFunctions.storeDirectoryPath(SynthesizedStacks.devConfig()))
        .containsEntry("POWERTOOLS_METRICS_NAMESPACE", "OOM");
    assertThat(env(SuiteFunction.ORDER_FEED))
        .doesNotContainKeys("OOM_SMS_POOL_ID", "OOM_JENNY_SECRET_ARN", "OOM_CURSOR_SECRET_ARN");
    assertThat(env(SuiteFunction.TIMER_SWEEP)).containsKey("OOM_SMS_POOL_ID");
    assertThat(env(SuiteFunction.JENNY_WEBHOOK))
        .containsKeys("OOM_TABLE", "OOM_JENNY_SECRET_ARN")
        .doesNotContainKeys("OOM_STORE_DIRECTORY", "OOM_SMS_POOL_ID");
    assertThat(env(SuiteFunction.JENNY_WEBHOOK).get("OOM_JENNY_SECRET_ARN"))
        .isEqualTo(Map.of("Ref", secretId(JENNY_SECRET)));
    assertThat(env(SuiteFunction.AGENT_API).get("OOM_CURSOR_SECRET_ARN"))
        .isEqualTo(Map.of("Ref", secretId(CURSOR_SECRET)));
    for (SuiteFunction spec : SuiteFunction.values()) {
      assertThat(env(spec).containsKey("OOM_CURSOR_SECRET_ARN"))
          .as(spec.slug())
          .isEqualTo(spec == SuiteFunction.AGENT_API);
      assertThat(env(spec)).as(spec.slug()).doesNotContainKey("OOM_CURSOR_SECRET");
    }
  }

  @Test
  void onlyTheSmsSenderHasReservedConcurrency() {
    for (SuiteFunction spec : SuiteFunction.values()) {
      Object reserved = functionProps(spec).get("ReservedConcurrentExecutions");
      assertThat(reserved).as(spec.slug()).isEqualTo(spec == SuiteFunction.SMS_SENDER ? 2 : null);
    }
  }

  @Test
  void eachQueueIsReadByItsFunctionsLiveAliasReportingPartialBatchFailures() {
    Map<String, String> readerOf = new java.util.TreeMap<>();
    for (Map<String, Object> mapping : q.resources("AWS::Lambda::EventSourceMapping").values()) {
      Map<String, Object> props = properties(mapping);
      assertThat(props.get("FunctionResponseTypes")).isEqualTo(List.of("ReportBatchItemFailures"));
      String queue =
          (String) properties(q.resource(target(props.get("EventSourceArn")))).get("QueueName");
      List<String> aliases = TemplateQueries.referencesIn(props.get("FunctionName"));
      assertThat(aliases).hasSize(1);
      String alias = aliases.getFirst();
      readerOf.put(queue, alias);
    }
    Map<String, String> expected = new java.util.TreeMap<>();
    for (SuiteFunction spec : SuiteFunction.values()) {
      spec.queueTrigger()
          .ifPresent(
              t -> expected.put(t.queueName(), q.logicalId(dev.stack().functions().alias(spec))));
    }
    assertThat(readerOf).isEqualTo(expected);
    assertThat(readerOf)
        .containsOnlyKeys(
            Queues.ORDER_FEED, Queues.CONFIRMATIONS, Queues.SMS_REQUESTS, Queues.SMS_INBOUND);
  }

  @Test
  void theSmsSenderTakesSmallBatchesAtOnceAndNeverScalesPastItsReservation() {
    Map<String, Object> sender = mappingOf(SuiteFunction.SMS_SENDER);
    assertThat(sender.get("BatchSize")).isEqualTo(5);
    assertThat(sender.get("ScalingConfig")).isEqualTo(Map.of("MaximumConcurrency", 2));
    assertThat(sender).doesNotContainKey("MaximumBatchingWindowInSeconds");
    Map<String, Object> feed = mappingOf(SuiteFunction.ORDER_FEED);
    assertThat(feed.get("BatchSize")).isEqualTo(10);
    assertThat(feed.get("MaximumBatchingWindowInSeconds")).isEqualTo(2);
    assertThat(feed).doesNotContainKey("ScalingConfig");
  }

  private static Map<String, Object> mappingOf(SuiteFunction spec) {
    String alias = q.logicalId(dev.stack().functions().alias(spec));
    return q.resources("AWS::Lambda::EventSourceMapping").values().stream()
        .map(TemplateQueries::properties)
        .filter(p -> TemplateQueries.referencesIn(p.get("FunctionName")).contains(alias))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event source for " + spec));
  }

  // --- IAM ---

  @Test
  void noFunctionPolicyGrantsAWildcardResourceOrAction() {
    for (SuiteFunction spec : SuiteFunction.values()) {
      for (Map<String, Object> statement : q.statementsOfRole(roleOf(spec))) {
        assertThat(resourcesOf(statement)).as(spec.slug()).doesNotContain("*");
        assertThat(actions(statement)).as(spec.slug()).noneMatch(a -> a.contains("*"));
      }
    }
  }

  @Test
  void onlyTheSweepQueriesTheTimerOutboxAndDeferredTextIndexes() {
    for (SuiteFunction spec : SuiteFunction.values()) {
      boolean sweepIndexes =
          q.statementsOfRole(roleOf(spec)).stream()
              .anyMatch(s -> "SweepIndexes".equals(s.get("Sid")));
      assertThat(sweepIndexes).as(spec.slug()).isEqualTo(spec == SuiteFunction.TIMER_SWEEP);
    }
    String json =
        new ObjectMapper()
            .valueToTree(
                resourcesOf(q.statement(roleOf(SuiteFunction.TIMER_SWEEP), "SweepIndexes")))
            .toString();
    assertThat(json)
        .contains("/index/timers", "/index/outbox", "/index/deferredSms")
        .doesNotContain("openByStore");
  }

  @Test
  void theSweepAloneQueriesTheStoreIndexForTheWorkListBackfill() {
    for (SuiteFunction spec : SuiteFunction.values()) {
      boolean storeIndex =
          q.statementsOfRole(roleOf(spec)).stream()
              .anyMatch(s -> "StoreIndex".equals(s.get("Sid")));
      assertThat(storeIndex).as(spec.slug()).isEqualTo(spec == SuiteFunction.TIMER_SWEEP);
    }
  }

  @Test
  void onlyTheFunctionsThatTextMaySendTextsAndOnlyFromThePoolWithTheConfigurationSet() {
    for (SuiteFunction spec : SuiteFunction.values()) {
      List<String> all =
          q.statementsOfRole(roleOf(spec)).stream().flatMap(s -> actions(s).stream()).toList();
      boolean texts =
          spec == SuiteFunction.SMS_SENDER
              || spec == SuiteFunction.SMS_INBOUND
              || spec == SuiteFunction.TIMER_SWEEP;
      assertThat(all.contains("sms-voice:SendTextMessage")).as(spec.slug()).isEqualTo(texts);
    }
    List<Object> resources = resourcesOf(q.statement(roleOf(SuiteFunction.SMS_SENDER), "SendText"));
    assertThat(resources.stream().map(TemplateQueries::target))
        .containsExactlyInAnyOrder(
            logicalIdOfType("AWS::SMSVOICE::ConfigurationSet"),
            logicalIdOfType("AWS::SMSVOICE::Pool"),
            logicalIdOfType("AWS::SMSVOICE::PhoneNumber"));
  }

  @Test
  void changesPublishToTheErpTheSmsRequestsAndEveryStoreQueueButNotToTheFeeds() {
    Map<String, Object> publish = q.statement(roleOf(SuiteFunction.ORDER_FEED), "PublishOutbox");
    assertThat(actions(publish)).containsExactlyInAnyOrder("sqs:GetQueueUrl", "sqs:SendMessage");
    assertThat(resourcesOf(publish).stream().map(TemplateQueries::target))
        .containsExactlyInAnyOrder(
            logicalIdOfQueue(Queues.ERP_UPDATES),
            logicalIdOfQueue(Queues.SMS_REQUESTS),
            logicalIdOfQueue("oom-handoff-101.fifo"),
            logicalIdOfQueue("oom-handoff-202.fifo"),
            logicalIdOfQueue("oom-handoff-303.fifo"));
  }

  @Test
  void theWebhookMayOnlyTouchReplayRecordsEnqueueConfirmationsAndReadItsSecret() {
    String role = roleOf(SuiteFunction.JENNY_WEBHOOK);
    List<String> sids =
        q.statementsOfRole(role).stream()
            .map(s -> (String) s.get("Sid"))
            .filter(s -> s != null)
            .toList();
    assertThat(sids)
        .containsExactlyInAnyOrder(
            "WriteOwnLogs", "WebhookReplayRecords", "EnqueueConfirmations", "ReadWebhookSecret");
    Map<String, Object> replays = q.statement(role, "WebhookReplayRecords");
    assertThat(new ObjectMapper().valueToTree(replays.get("Condition")).toString())
        .isEqualTo("{\"ForAllValues:StringLike\":{\"dynamodb:LeadingKeys\":[\"WEBHOOK#*\"]}}");
    assertThat(actions(replays)).doesNotContain("dynamodb:Query", "dynamodb:BatchWriteItem");
    assertThat(
            resourcesOf(q.statement(role, "EnqueueConfirmations")).stream()
                .map(TemplateQueries::target))
        .containsExactly(logicalIdOfQueue(Queues.CONFIRMATIONS));
    assertThat(resourcesOf(q.statement(role, "ReadWebhookSecret")))
        .containsExactly(Map.of("Ref", secretId(JENNY_SECRET)));
  }

  @Test
  void onlyTheAgentApiReadsTheCursorKeyAndNoOtherSecret() {
    for (SuiteFunction spec : SuiteFunction.values()) {
      List<Object> secretsRead =
          q.statementsOfRole(roleOf(spec)).stream()
              .filter(s -> actions(s).contains("secretsmanager:GetSecretValue"))
              .flatMap(s -> resourcesOf(s).stream())
              .toList();
      assertThat(secretsRead.contains(Map.of("Ref", secretId(CURSOR_SECRET))))
          .as(spec.slug())
          .isEqualTo(spec == SuiteFunction.AGENT_API);
      if (spec == SuiteFunction.AGENT_API) {
        assertThat(secretsRead).containsExactly(Map.of("Ref", secretId(CURSOR_SECRET)));
        assertThat(actions(q.statement(roleOf(spec), "ReadCursorKey")))
            .containsExactly("secretsmanager:GetSecretValue");
      }
    }
  }

  @Test
  void eachFunctionWritesOnlyItsOwnLogGroup() {
    for (SuiteFunction spec : SuiteFunction.values()) {
      Map<String, Object> logs = q.statement(roleOf(spec), "WriteOwnLogs");
      @SuppressWarnings("unchecked")
      Map<String, Object> config = (Map<String, Object>) functionProps(spec).get("LoggingConfig");
      assertThat(resourcesOf(logs).stream().map(TemplateQueries::target))
          .containsExactly(target(config.get("LogGroup")));
    }
  }

  @Test
  void eachStoreRoleMayOnlyReceiveAndDeleteOnItsOwnHandOffQueue() {
    for (String store : storeIds()) {
      String role =
          q.logicalId(
              dev.stack().getNode().findChild("StoreAccess").getNode().findChild("Store" + store));
      List<Map<String, Object>> statements = q.statementsOfRole(role);
      assertThat(statements).hasSize(1);
      assertThat(actions(statements.getFirst()))
          .containsExactlyInAnyOrder(
              "sqs:ReceiveMessage",
              "sqs:DeleteMessage",
              "sqs:ChangeMessageVisibility",
              "sqs:GetQueueAttributes");
      assertThat(resourcesOf(statements.getFirst()).stream().map(TemplateQueries::target))
          .containsExactly(logicalIdOfQueue(Queues.defaultHandOff(store)));
    }
  }

  // --- schedules ---

  @Test
  void theSweepRunsEveryFiveMinutesWithItsJobAndTheExecutionId() {
    Map<String, Object> sweep = scheduleNamed("oom-timer-sweep");
    assertThat(sweep.get("ScheduleExpression")).isEqualTo("rate(5 minutes)");
    Map<String, Object> target = scheduleTarget(sweep);
    assertThat(target.get("Input"))
        .isEqualTo("{\"job\":\"timer-sweep\",\"executionId\":\"<aws.scheduler.execution-id>\"}");
    assertThat(target.get("Arn"))
        .isEqualTo(
            Map.of("Ref", q.logicalId(dev.stack().functions().alias(SuiteFunction.TIMER_SWEEP))));
    assertThat(target.get("RetryPolicy"))
        .isEqualTo(Map.of("MaximumRetryAttempts", 3, "MaximumEventAgeInSeconds", 300));
    assertThat(target(((Map<?, ?>) target.get("DeadLetterConfig")).get("Arn")))
        .isEqualTo(logicalIdOfQueue("oom-scheduler-dlq"));
  }

  @Test
  void eachStorePlansItsDayAtOpeningAndAuditsFiveMinutesBeforeClosingInItsOwnTimeZone() {
    Map<String, String> zones =
        Map.of("101", "America/Winnipeg", "202", "America/Regina", "303", "America/Toronto");
    for (String store : storeIds()) {
      Map<String, Object> start = scheduleNamed("oom-daily-plan-" + store + "-start-mon-sat");
      Map<String, Object> weekdayEnd = scheduleNamed("oom-daily-plan-" + store + "-end-mon-fri");
      Map<String, Object> saturdayEnd = scheduleNamed("oom-daily-plan-" + store + "-end-sat");
      assertThat(start.get("ScheduleExpression")).isEqualTo("cron(0 9 ? * MON-SAT *)");
      assertThat(weekdayEnd.get("ScheduleExpression")).isEqualTo("cron(55 20 ? * MON-FRI *)");
      assertThat(saturdayEnd.get("ScheduleExpression")).isEqualTo("cron(55 17 ? * SAT *)");
      for (Map<String, Object> schedule : List.of(start, weekdayEnd, saturdayEnd)) {
        assertThat(schedule.get("ScheduleExpressionTimezone")).isEqualTo(zones.get(store));
        assertThat(scheduleTarget(schedule).get("Arn"))
            .isEqualTo(
                Map.of(
                    "Ref", q.logicalId(dev.stack().functions().alias(SuiteFunction.DAILY_PLAN))));
      }
      assertThat(scheduleTarget(start).get("Input"))
          .isEqualTo(
              "{\"job\":\"daily-plan\",\"phase\":\"START_OF_DAY\",\"storeId\":\"%s\",\"executionId\":\"<aws.scheduler.execution-id>\"}"
                  .formatted(store));
      assertThat((String) scheduleTarget(saturdayEnd).get("Input"))
          .contains("\"phase\":\"END_OF_DAY\"");
    }
    assertThat(q.resources("AWS::Scheduler::Schedule")).hasSize(1 + 3 * storeIds().size());
  }

  @Test
  void theSchedulerRoleMayInvokeOnlyTheSweepAndTheDailyPlanAndWriteItsDeadLetters() {
    String role = q.logicalId(dev.stack().schedules().role());
    assertThat(resourcesOf(q.statement(role, "InvokeScheduledFunctions")))
        .containsExactlyInAnyOrder(
            Map.of("Ref", q.logicalId(dev.stack().functions().alias(SuiteFunction.TIMER_SWEEP))),
            Map.of("Ref", q.logicalId(dev.stack().functions().alias(SuiteFunction.DAILY_PLAN))));
    assertThat(actions(q.statement(role, "DeadLetters"))).containsExactly("sqs:SendMessage");
    assertThat(q.statementsOfRole(role)).hasSize(2);
    String trust =
        new ObjectMapper()
            .valueToTree(properties(q.resource(role)).get("AssumeRolePolicyDocument"))
            .toString();
    assertThat(trust).contains("scheduler.amazonaws.com", "aws:SourceAccount");
  }

  // --- API ---

  @Test
  void everyAgentRouteRequiresAJwtFromTheConfiguredIssuerAndAudience() {
    template.hasResourceProperties(
        "AWS::ApiGatewayV2::Authorizer",
        Map.of(
            "AuthorizerType", "JWT",
            "IdentitySource", List.of("$request.header.Authorization"),
            "Name", "oom-agent-jwt",
            "ApiId", Match.anyValue(),
            "JwtConfiguration",
                Map.of(
                    "Issuer",
                    "https://cognito-idp.ca-central-1.amazonaws.com/ca-central-1_Example",
                    "Audience",
                    List.of("oom-agent-tools"))));
    for (Route route : Routes.servedBy(SuiteFunction.AGENT_API)) {
      template.hasResourceProperties(
          "AWS::ApiGatewayV2::Route",
          Match.objectLike(
              Map.of(
                  "RouteKey",
                  route.method() + " " + route.path(),
                  "AuthorizationType",
                  "JWT",
                  "AuthorizerId",
                  Map.of("Ref", logicalIdOfType("AWS::ApiGatewayV2::Authorizer")))));
    }
  }

  @Test
  void theWebhookRouteHasNoGatewayAuthorizerAndReachesTheWebhookFunction() {
    Map<String, Object> route =
        q.resources("AWS::ApiGatewayV2::Route").values().stream()
            .map(TemplateQueries::properties)
            .filter(p -> "POST /webhooks/jenny".equals(p.get("RouteKey")))
            .findFirst()
            .orElseThrow();
    assertThat(route.get("AuthorizationType")).isEqualTo("NONE");
    String integration =
        ((String) ((List<?>) ((Map<?, ?>) route.get("Target")).get("Fn::Join")).toString());
    assertThat(integration).contains("JennyWebhookIntegration");
    assertThat(q.resources("AWS::ApiGatewayV2::Route"))
        .hasSize(Routes.servedBy(SuiteFunction.AGENT_API).size() + 1);
  }

  @Test
  void bothIntegrationsInvokeTheLiveAliasWithPayloadVersionTwo() {
    for (SuiteFunction spec : List.of(SuiteFunction.AGENT_API, SuiteFunction.JENNY_WEBHOOK)) {
      template.hasResourceProperties(
          "AWS::ApiGatewayV2::Integration",
          Map.of(
              "ApiId",
              Match.anyValue(),
              "IntegrationType",
              "AWS_PROXY",
              "PayloadFormatVersion",
              "2.0",
              "IntegrationUri",
              Map.of("Ref", q.logicalId(dev.stack().functions().alias(spec)))));
    }
  }

  @Test
  void theApiStageLogsAccessAndThrottles() {
    Map<String, Object> stage = properties(only("AWS::ApiGatewayV2::Stage"));
    assertThat(stage.get("StageName")).isEqualTo("$default");
    @SuppressWarnings("unchecked")
    Map<String, Object> accessLogs = (Map<String, Object>) stage.get("AccessLogSettings");
    assertThat(accessLogs).containsKeys("DestinationArn", "Format");
    assertThat((String) ((Map<?, ?>) stage.get("AccessLogSettings")).get("Format"))
        .contains("$context.requestId");
    assertThat(stage.get("DefaultRouteSettings"))
        .isEqualTo(Map.of("ThrottlingBurstLimit", 100, "ThrottlingRateLimit", 50));
  }

  // --- SMS ---

  @Test
  void textsAreSentWithAConfigurationSetThatLogsDeliveryEvents() {
    Map<String, Object> set = properties(only("AWS::SMSVOICE::ConfigurationSet"));
    assertThat(set.get("ConfigurationSetName")).isEqualTo("oom-dev");
    String json = new ObjectMapper().valueToTree(set.get("EventDestinations")).toString();
    assertThat(json).contains("TEXT_ALL", "CloudWatchLogsDestination", "\"Enabled\":true");
  }

  @Test
  void theRequestedNumberIsACanadianLongCodeWhoseRepliesGoToTheInboundTopic() {
    Map<String, Object> number = properties(only("AWS::SMSVOICE::PhoneNumber"));
    assertThat(number)
        .containsEntry("IsoCountryCode", "CA")
        .containsEntry("NumberType", "LONG_CODE")
        .containsEntry("NumberCapabilities", List.of("SMS"))
        .containsEntry("SelfManagedOptOutsEnabled", true);
    @SuppressWarnings("unchecked")
    Map<String, Object> twoWay = (Map<String, Object>) number.get("TwoWay");
    assertThat(twoWay.get("Enabled")).isEqualTo(true);
    assertThat(target(twoWay.get("ChannelArn")))
        .isEqualTo(
            q.logicalId(
                dev.stack().getNode().findChild("Sms").getNode().findChild("InboundTopic")));
    Map<String, Object> pool = properties(only("AWS::SMSVOICE::Pool"));
    assertThat(((List<?>) pool.get("OriginationIdentities")).stream().map(TemplateQueries::target))
        .containsExactly(logicalIdOfType("AWS::SMSVOICE::PhoneNumber"));
    assertThat(env(SuiteFunction.SMS_SENDER).get("OOM_SMS_POOL_ID"))
        .isEqualTo(Map.of("Fn::GetAtt", List.of(logicalIdOfType("AWS::SMSVOICE::Pool"), "PoolId")));
  }

  @Test
  void guestsRepliesReachTheInboundQueueThroughAnEncryptedTopic() {
    String topic =
        q.logicalId(dev.stack().getNode().findChild("Sms").getNode().findChild("InboundTopic"));
    assertThat(properties(q.resource(topic))).containsKey("KmsMasterKeyId");
    template.hasResourceProperties(
        "AWS::SNS::Subscription",
        Map.of(
            "Protocol", "sqs",
            "TopicArn", Map.of("Ref", topic),
            "Endpoint",
                Map.of("Fn::GetAtt", List.of(logicalIdOfQueue(Queues.SMS_INBOUND), "Arn"))));
    String policies =
        new ObjectMapper().valueToTree(q.resources("AWS::SNS::TopicPolicy")).toString();
    assertThat(policies).contains("sms-voice.amazonaws.com", "sns:Publish");
  }

  // --- helpers ---

  private static List<String> storeIds() {
    return dev.stack().config().storeIds();
  }

  private static Map<String, Object> only(String type) {
    Map<String, Map<String, Object>> all = q.resources(type);
    assertThat(all).as(type).hasSize(1);
    return all.values().iterator().next();
  }

  private static String logicalIdOfType(String type) {
    Map<String, Map<String, Object>> all = q.resources(type);
    assertThat(all).as(type).hasSize(1);
    return all.keySet().iterator().next();
  }

  private static Map<String, Object> queueNamed(String name) {
    return properties(q.resource(logicalIdOfQueue(name)));
  }

  private static String logicalIdOfQueue(String name) {
    return q.resources("AWS::SQS::Queue").entrySet().stream()
        .filter(e -> name.equals(properties(e.getValue()).get("QueueName")))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no queue " + name));
  }

  private static Map<String, Object> functionProps(SuiteFunction spec) {
    return properties(q.resource(q.logicalId(dev.stack().functions().function(spec))));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> env(SuiteFunction spec) {
    return (Map<String, Object>)
        ((Map<String, Object>) functionProps(spec).get("Environment")).get("Variables");
  }

  private static String roleOf(SuiteFunction spec) {
    return q.logicalId(dev.stack().functions().function(spec).getRole());
  }

  private static final String JENNY_SECRET = "oom/dev/jenny-webhook";
  private static final String CURSOR_SECRET = "oom/dev/work-list-cursors";

  private static String secretId(String name) {
    assertThat(q.resources("AWS::SecretsManager::Secret")).hasSize(2);
    return q.resources("AWS::SecretsManager::Secret").entrySet().stream()
        .filter(e -> name.equals(properties(e.getValue()).get("Name")))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no secret " + name));
  }

  private static Map<String, Object> scheduleNamed(String name) {
    return q.resources("AWS::Scheduler::Schedule").values().stream()
        .map(TemplateQueries::properties)
        .filter(p -> name.equals(p.get("Name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no schedule " + name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> scheduleTarget(Map<String, Object> schedule) {
    return (Map<String, Object>) schedule.get("Target");
  }
}
