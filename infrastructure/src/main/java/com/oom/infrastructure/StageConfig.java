package com.oom.infrastructure;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oom.catalogue.SettingsDocument;
import com.oom.catalogue.StoreDirectory;
import com.oom.catalogue.StoreDirectoryDocument;
import com.oom.core.config.OomConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What differs between deployments of the suite, read from CDK context: {@code oom:stage} picks a
 * block of {@code oom:stages} in {@code cdk.json}; any of its keys can be overridden on the command
 * line as {@code -c oom:<key>=value}.
 *
 * @param stage dev or prod (prod keeps the table on stack deletion and protects it)
 * @param stores the store directory, from the JSON file the stage block's {@code storeDirectory}
 *     names ({@code stores/dev.json}, relative to {@code cdk.json}; see {@link
 *     StoreDirectoryDocument}): validated here, at synth time, as the functions validate it at init
 * @param jwtIssuer the {@code iss} the agent API's JWT authorizer accepts
 * @param jwtAudience the {@code aud} values it accepts
 * @param smsPool an existing End User Messaging phone pool id ({@code pool-...}), or {@link
 *     #CREATE_SMS_POOL} for the stack to request a phone number and a pool itself
 * @param smsConfigurationSet the name of the configuration set the stack creates
 * @param alarmEmail where alarm notifications are mailed, if anywhere
 * @param settings the thresholds, from the stage block's {@code settings} object (see {@link
 *     SettingsDocument}): validated here, at synth time, as the functions validate it at init
 * @param jenny where Jenny's confirmation results arrive: {@code jennyEventBus} (a partner event
 *     source's bus, or {@link JennyBus#CREATE}, dev's default), {@code jennySource}, {@code
 *     jennyAccountId}
 */
public record StageConfig(
    Stage stage,
    StoreDirectory stores,
    String jwtIssuer,
    List<String> jwtAudience,
    String smsPool,
    String smsConfigurationSet,
    Optional<String> alarmEmail,
    OomConfig settings,
    JennyBus jenny) {

  public static final String STAGE_KEY = "oom:stage";
  public static final String STAGES_KEY = "oom:stages";
  public static final String CREATE_SMS_POOL = "create";
  public static final String SETTINGS_KEY = "settings";
  public static final String STORE_DIRECTORY_KEY = "storeDirectory";
  public static final String JENNY_EVENT_BUS_KEY = "jennyEventBus";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** A value left as in the template: refused, so a placeholder is never deployed. */
  private static final String PLACEHOLDER = "REPLACE";

  public enum Stage {
    DEV,
    PROD;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public boolean isProduction() {
      return this == PROD;
    }

    static Stage of(String id) {
      return Arrays.stream(values())
          .filter(s -> s.id().equals(id))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "unknown stage '" + id + "' (" + STAGE_KEY + " must be dev or prod)"));
    }
  }

  public StageConfig {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(stores, "stores");
    jwtAudience = List.copyOf(jwtAudience);
    if (jwtAudience.isEmpty()) {
      throw new IllegalArgumentException("jwtAudience: at least one audience is required");
    }
    if (jwtIssuer == null || !jwtIssuer.startsWith("https://")) {
      throw new IllegalArgumentException("jwtIssuer must be an https:// URL, was " + jwtIssuer);
    }
    if (smsPool == null
        || !(smsPool.equals(CREATE_SMS_POOL) || smsPool.matches("pool-[A-Za-z0-9_-]+"))) {
      throw new IllegalArgumentException(
          "smsPool must be a pool id (pool-...) or '" + CREATE_SMS_POOL + "', was " + smsPool);
    }
    if (smsConfigurationSet == null || !smsConfigurationSet.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException(
          "smsConfigurationSet must be 1 to 64 letters, digits, '-' or '_', was "
              + smsConfigurationSet);
    }
    Objects.requireNonNull(alarmEmail, "alarmEmail");
    alarmEmail = alarmEmail.filter(s -> !s.isBlank());
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(jenny, "jenny");
    if (stage.isProduction()) {
      for (String value :
          List.of(
              jwtIssuer,
              String.join(",", jwtAudience),
              smsPool,
              smsConfigurationSet,
              jenny.eventBus(),
              jenny.source(),
              jenny.accountId().orElse(""))) {
        if (value.contains(PLACEHOLDER)) {
          throw new IllegalArgumentException(
              "prod configuration still holds a placeholder (" + value + "): set it in cdk.json");
        }
      }
    }
  }

  /** Store ids, sorted: resources and outputs come out in a stable order. */
  public List<String> storeIds() {
    return stores.storeIds().stream().sorted().toList();
  }

  /** The functions' store directory document, as the stage's layer carries it. */
  public String storeDirectoryDocument() {
    return StoreDirectoryDocument.write(stores);
  }

  /** The functions' {@code OOM_SETTINGS}: every threshold, as one JSON document. */
  public String settingsDocument() {
    return SettingsDocument.write(settings);
  }

  public boolean createsSmsPool() {
    return CREATE_SMS_POOL.equals(smsPool);
  }

  /**
   * Reads the configuration from CDK context ({@code node.tryGetContext}).
   *
   * @throws IllegalArgumentException naming the missing or invalid key
   */
  public static StageConfig fromContext(Function<String, Object> context) {
    String stageId = text(context.apply(STAGE_KEY)).orElse("dev");
    Stage stage = Stage.of(stageId);
    Map<?, ?> block = stageBlock(context.apply(STAGES_KEY), stageId);
    Function<String, Optional<String>> value =
        key -> text(context.apply("oom:" + key)).or(() -> text(block.get(key)));
    if (context.apply("oom:stores") != null || block.get("stores") != null) {
      throw new IllegalArgumentException(
          "stage "
              + stageId
              + ": 'stores' is replaced by '"
              + STORE_DIRECTORY_KEY
              + "', the path of the stage's store directory file (stores/"
              + stageId
              + ".json; docs/operations.md, \"Add a store\")");
    }
    String directory =
        value.apply(STORE_DIRECTORY_KEY).orElseThrow(() -> missing(stageId, STORE_DIRECTORY_KEY));
    return new StageConfig(
        stage,
        readStoreDirectory(Path.of(directory)),
        value.apply("jwtIssuer").orElseThrow(() -> missing(stageId, "jwtIssuer")),
        value
            .apply("jwtAudience")
            .map(s -> Arrays.stream(s.split(",")).map(String::strip).toList())
            .orElseThrow(() -> missing(stageId, "jwtAudience")),
        value.apply("smsPool").orElseThrow(() -> missing(stageId, "smsPool")),
        value.apply("smsConfigurationSet").orElse("oom-" + stageId),
        value.apply("alarmEmail"),
        settings(block.get(SETTINGS_KEY), stageId, context.apply("oom:" + SETTINGS_KEY)),
        JennyBus.of(
            value
                .apply(JENNY_EVENT_BUS_KEY)
                // prod names its bus: a bus of its own that Jenny never sends to is no default
                .or(() -> stage.isProduction() ? Optional.empty() : Optional.of(JennyBus.CREATE))
                .orElseThrow(() -> missing(stageId, JENNY_EVENT_BUS_KEY)),
            value.apply("jennySource"),
            value.apply("jennyAccountId")));
  }

  /**
   * The store directory in {@code file} (relative paths from the CDK app's directory).
   *
   * @throws IllegalArgumentException naming the file and what is wrong in it
   */
  public static StoreDirectory readStoreDirectory(Path file) {
    try {
      return parseStoreDirectory(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the store directory " + file + ": " + e, e);
    }
  }

  /**
   * The store directory in a JSON document.
   *
   * @param source where it comes from, for the error messages
   */
  public static StoreDirectory parseStoreDirectory(String json, String source) {
    Map<String, Object> document;
    try {
      document = JSON.readValue(json, new TypeReference<>() {});
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "store directory " + source + " is not a JSON object: " + e.getOriginalMessage(), e);
    }
    try {
      return StoreDirectoryDocument.read(document);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("store directory " + source + ": " + e.getMessage(), e);
    }
  }

  /** The stage block's settings; never from {@code -c oom:settings}, which would drop them. */
  private static OomConfig settings(Object document, String stageId, Object override) {
    if (override != null) {
      throw new IllegalArgumentException(
          "oom:"
              + SETTINGS_KEY
              + " is not read from the command line: set "
              + STAGES_KEY
              + "."
              + stageId
              + "."
              + SETTINGS_KEY
              + " in cdk.json");
    }
    if (document == null) {
      return OomConfig.defaults();
    }
    String where = STAGES_KEY + "." + stageId + "." + SETTINGS_KEY;
    if (!(document instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(where + " must be an object");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    map.forEach((key, value) -> fields.put(String.valueOf(key), value));
    try {
      return SettingsDocument.read(fields);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static Map<?, ?> stageBlock(Object stages, String stageId) {
    if (stages == null) {
      return Map.of();
    }
    if (!(stages instanceof Map<?, ?> all)) {
      throw new IllegalArgumentException(STAGES_KEY + " must be an object of stage blocks");
    }
    Object block = all.get(stageId);
    if (block == null) {
      return Map.of();
    }
    if (!(block instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(STAGES_KEY + "." + stageId + " must be an object");
    }
    return map;
  }

  private static Optional<String> text(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof List<?> list) {
      return Optional.of(list.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    return Optional.of(String.valueOf(value).strip()).filter(s -> !s.isEmpty());
  }

  private static IllegalArgumentException missing(String stage, String key) {
    return new IllegalArgumentException(
        "stage "
            + stage
            + ": '"
            + key
            + "' is not configured (set "
            + STAGES_KEY
            + "."
            + stage
            + "."
            + key
            + " in cdk.json or pass -c oom:"
            + key
            + "=...)");
  }
}
