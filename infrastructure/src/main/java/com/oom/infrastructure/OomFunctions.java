package com.oom.infrastructure;

import com.oom.catalogue.Capability;
import com.oom.catalogue.Queues;
import com.oom.catalogue.Setting;
import com.oom.catalogue.SuiteFunction;
import com.oom.catalogue.SuiteTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.ApplicationLogLevel;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.ILayerVersion;
import software.amazon.awscdk.services.lambda.LayerVersion;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.SystemLogLevel;
import software.amazon.awscdk.services.lambda.VersionOptions;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * The functions of {@link SuiteFunction}: one role each with only the statements its capabilities
 * need, a log group of its own (JSON format), SnapStart on published versions behind a {@code live}
 * alias that every trigger invokes, and SQS event sources reporting partial batch failures. The
 * stage's store directory reaches the functions that read it as a layer: the document at {@link
 * #storeDirectoryPath}, whose name carries the document's hash so a changed directory is a changed
 * environment, hence a new published version (and a new SnapStart snapshot that read it).
 */
public final class OomFunctions extends Construct {
  /** java25 runs the Java 21 bytecode and has SnapStart; the newest Java runtime Lambda offers. */
  public static final Runtime RUNTIME = Runtime.JAVA_25;

  public static final String ALIAS = "live";
  public static final String METRICS_NAMESPACE = SuiteFunction.CLOUDWATCH_NAMESPACE;

  /** Item-level actions of the adapters (TransactWriteItems is authorised per contained action). */
  static final List<String> TABLE_ACTIONS =
      List.of(
          "dynamodb:GetItem",
          "dynamodb:BatchGetItem",
          "dynamodb:Query",
          "dynamodb:PutItem",
          "dynamodb:UpdateItem",
          "dynamodb:DeleteItem",
          "dynamodb:BatchWriteItem",
          "dynamodb:ConditionCheckItem");

  /** The webhook's replay records: claim (conditional put), accept (update), release (delete). */
  static final List<String> REPLAY_ACTIONS =
      List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");

  /** Where Lambda unpacks a layer. */
  static final String LAYER_ROOT = "/opt/";

  private final Map<SuiteFunction, Function> functions = new EnumMap<>(SuiteFunction.class);
  private final ILayerVersion storeDirectory;
  private final Path storeDirectoryFolder;
  private final String storeDirectoryPath;
  private final Map<SuiteFunction, Alias> aliases = new EnumMap<>(SuiteFunction.class);

  /** What the functions are wired to. */
  public record Wiring(
      StageConfig config,
      Code code,
      ITable table,
      SuiteQueues queues,
      SmsChannel sms,
      ISecret jennySecret,
      ISecret cursorSecret,
      IEventBus events) {}

  public OomFunctions(Construct scope, String id, Wiring wiring) {
    super(scope, id);
    String document = wiring.config().storeDirectoryDocument();
    String file = storeDirectoryFile(document);
    storeDirectoryPath = LAYER_ROOT + file;
    storeDirectoryFolder = stage(document, file);
    storeDirectory = storeDirectoryLayer(wiring.config(), storeDirectoryFolder);
    for (SuiteFunction spec : SuiteFunction.values()) {
      create(spec, wiring);
    }
  }

  /** The layer: the stage's store directory document, for the functions that read it. */
  public ILayerVersion storeDirectoryLayer() {
    return storeDirectory;
  }

  /** The folder the layer's asset is made from (its files are what {@code /opt/} holds). */
  public Path storeDirectoryFolder() {
    return storeDirectoryFolder;
  }

  /** {@code /opt/oom/store-directory-<first 12 hex of its SHA-256>.json}. */
  public static String storeDirectoryPath(StageConfig config) {
    return LAYER_ROOT + storeDirectoryFile(config.storeDirectoryDocument());
  }

  private static String storeDirectoryFile(String document) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
      return "oom/store-directory-" + HexFormat.of().formatHex(hash, 0, 6) + ".json";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A folder holding {@code document} at {@code file}: the layer's asset. */
  private static Path stage(String document, String file) {
    try {
      Path folder = Files.createTempDirectory("oom-store-directory");
      Path path = folder.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, document);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the store directory layer", e);
    }
  }

  private ILayerVersion storeDirectoryLayer(StageConfig config, Path folder) {
    return LayerVersion.Builder.create(this, "StoreDirectory")
        .layerVersionName("oom-" + config.stage().id() + "-store-directory")
        .description("OOM store directory (stage " + config.stage().id() + ")")
        .code(Code.fromAsset(folder.toString()))
        .compatibleRuntimes(List.of(RUNTIME))
        .compatibleArchitectures(List.of(Architecture.ARM_64))
        .build();
  }

  private void create(SuiteFunction spec, Wiring wiring) {
    StageConfig config = wiring.config();
    boolean prod = config.stage().isProduction();
    String id = SuiteQueues.logicalId(spec.slug());

    LogGroup logGroup =
        LogGroup.Builder.create(this, id + "Logs")
            .logGroupName("/aws/lambda/" + spec.functionName())
            .retention(prod ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_MONTH)
            .removalPolicy(prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            .build();
    Role role =
        Role.Builder.create(this, id + "Role")
            .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
            .description("OOM " + spec.slug() + " function")
            .build();
    role.addToPolicy(
        PolicyStatement.Builder.create()
            .sid("WriteOwnLogs")
            .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
            .resources(List.of(logGroup.getLogGroupArn()))
            .build());
    statements(spec, wiring).forEach(role::addToPolicy);

    Function.Builder builder =
        Function.Builder.create(this, id)
            .functionName(spec.functionName())
            .description("OOM " + spec.slug() + " (" + spec.handler() + ")")
            .runtime(RUNTIME)
            .architecture(Architecture.ARM_64)
            .handler(spec.handler())
            .code(wiring.code())
            .memorySize(spec.memoryMb())
            .timeout(Duration.seconds(spec.timeout().toSeconds()))
            .role(role)
            .logGroup(logGroup)
            .loggingFormat(LoggingFormat.JSON)
            .applicationLogLevelV2(ApplicationLogLevel.INFO)
            .systemLogLevelV2(SystemLogLevel.WARN)
            .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
            // a replaced version is deleted once the alias points at the new one (cleanup
            // phase): SnapStart publishes one per deploy, and Lambda's code storage is finite
            .currentVersionOptions(
                VersionOptions.builder().removalPolicy(RemovalPolicy.DESTROY).build())
            .environment(environment(spec, wiring));
    if (spec.settings().contains(Setting.STORE_DIRECTORY)) {
      builder.layers(List.of(storeDirectory));
    }
    spec.reservedConcurrency().ifPresent(builder::reservedConcurrentExecutions);
    Function function = builder.build();
    // CDK warns that SnapStart needs published versions: the live alias below publishes one
    Annotations.of(function)
        .acknowledgeWarning(
            "@aws-cdk/aws-lambda:snapStartRequirePublish",
            "every function is invoked through the live alias of its current published version");
    Alias alias =
        Alias.Builder.create(this, id + "Live")
            .aliasName(ALIAS)
            .version(function.getCurrentVersion())
            .build();

    spec.queueTrigger()
        .ifPresent(
            trigger -> {
              SqsEventSource.Builder source =
                  SqsEventSource.Builder.create(wiring.queues().queue(trigger.queueName()))
                      .batchSize(trigger.batchSize())
                      .reportBatchItemFailures(true);
              if (!trigger.batchingWindow().isZero()) {
                source.maxBatchingWindow(Duration.seconds(trigger.batchingWindow().toSeconds()));
              }
              if (trigger.maxConcurrency() != null) {
                source.maxConcurrency(trigger.maxConcurrency());
              }
              alias.addEventSource(source.build());
            });
    functions.put(spec, function);
    aliases.put(spec, alias);
  }

  /** The settings the function reads that AWS provides, each from the stack or the stage. */
  private Map<String, String> environment(SuiteFunction spec, Wiring wiring) {
    Map<String, String> env = new LinkedHashMap<>();
    for (Setting setting : spec.settings()) {
      if (setting.source() == Setting.Source.STACK || setting.source() == Setting.Source.STAGE) {
        env.put(setting.variable(), value(setting, spec, wiring));
      }
    }
    return env;
  }

  private String value(Setting setting, SuiteFunction spec, Wiring wiring) {
    StageConfig config = wiring.config();
    return switch (setting) {
      case TABLE -> wiring.table().getTableName();
      case STORE_DIRECTORY -> storeDirectoryPath;
      case STAGE -> config.stage().id();
      case SMS_POOL_ID -> wiring.sms().poolId();
      case SMS_CONFIGURATION_SET -> wiring.sms().configurationSetName();
      case JENNY_SECRET_ARN -> wiring.jennySecret().getSecretArn();
      case CURSOR_SECRET_ARN -> wiring.cursorSecret().getSecretArn();
      case SERVICE_NAME -> spec.functionName();
      case METRICS_NAMESPACE -> METRICS_NAMESPACE;
      case SETTINGS -> config.settingsDocument();
      case EVENT_BUS -> wiring.events().getEventBusName();
      case AWS_ENDPOINT, SMS_ENDPOINT, JENNY_SECRET, CURSOR_SECRET, SMS_TTL_SECONDS ->
          throw new IllegalArgumentException(
              setting.variable() + " is set by " + setting.source() + ", not by the stack");
    };
  }

  private static List<PolicyStatement> statements(SuiteFunction spec, Wiring wiring) {
    List<PolicyStatement> statements = new ArrayList<>();
    String tableArn = wiring.table().getTableArn();
    if (spec.can(Capability.ORDERS)) {
      statements.add(statement("OrdersTable", TABLE_ACTIONS, List.of(tableArn)));
    }
    if (spec.can(Capability.SWEEP_INDEXES)) {
      statements.add(
          statement(
              "SweepIndexes",
              List.of("dynamodb:Query"),
              List.of(
                  index(tableArn, SuiteTable.TIMERS),
                  index(tableArn, SuiteTable.OUTBOX),
                  index(tableArn, SuiteTable.DEFERRED_SMS))));
    }
    if (spec.can(Capability.STORE_INDEX)) {
      statements.add(
          statement(
              "StoreIndex",
              List.of("dynamodb:Query"),
              List.of(index(tableArn, SuiteTable.OPEN_BY_STORE))));
    }
    if (spec.can(Capability.PUBLISH_OUTBOX)) {
      List<String> queues = new ArrayList<>();
      queues.add(wiring.queues().queue(Queues.ERP_UPDATES).getQueueArn());
      queues.add(wiring.queues().queue(Queues.SMS_REQUESTS).getQueueArn());
      for (String store : wiring.config().storeIds()) {
        queues.add(wiring.queues().handOff(store).getQueueArn());
      }
      statements.add(
          statement("PublishOutbox", List.of("sqs:GetQueueUrl", "sqs:SendMessage"), queues));
    }
    if (spec.settings().contains(Setting.EVENT_BUS)) {
      statements.add(
          statement(
              "PublishDomainEvents",
              List.of("events:PutEvents"),
              List.of(wiring.events().getEventBusArn())));
    }
    if (spec.can(Capability.SEND_SMS)) {
      statements.add(
          statement(
              "SendText", List.of("sms-voice:SendTextMessage"), wiring.sms().sendTextResources()));
    }
    if (spec.can(Capability.WEBHOOK_REPLAYS)) {
      statements.add(
          PolicyStatement.Builder.create()
              .sid("WebhookReplayRecords")
              .actions(REPLAY_ACTIONS)
              .resources(List.of(tableArn))
              .conditions(
                  Map.of(
                      "ForAllValues:StringLike",
                      Map.of("dynamodb:LeadingKeys", List.of("WEBHOOK#*"))))
              .build());
    }
    if (spec.can(Capability.ENQUEUE_CONFIRMATIONS)) {
      statements.add(
          statement(
              "EnqueueConfirmations",
              List.of("sqs:GetQueueUrl", "sqs:SendMessage"),
              List.of(wiring.queues().queue(Queues.CONFIRMATIONS).getQueueArn())));
      statements.add(
          statement(
              "ReadWebhookSecret",
              List.of("secretsmanager:GetSecretValue"),
              List.of(wiring.jennySecret().getSecretArn())));
    }
    if (spec.can(Capability.CURSOR_KEY)) {
      statements.add(
          statement(
              "ReadCursorKey",
              List.of("secretsmanager:GetSecretValue"),
              List.of(wiring.cursorSecret().getSecretArn())));
    }
    return statements;
  }

  private static PolicyStatement statement(String sid, List<String> actions, List<String> arns) {
    return PolicyStatement.Builder.create().sid(sid).actions(actions).resources(arns).build();
  }

  private static String index(String tableArn, SuiteTable.Index index) {
    return tableArn + "/index/" + index.name();
  }

  public Function function(SuiteFunction spec) {
    return functions.get(spec);
  }

  /** The {@code live} alias: what schedules, the API and event sources invoke. */
  public Alias alias(SuiteFunction spec) {
    return aliases.get(spec);
  }
}
