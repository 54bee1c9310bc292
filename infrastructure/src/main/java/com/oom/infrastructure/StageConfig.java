package com.oom.infrastructure;

import com.oom.catalogue.SettingsDocument;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.config.OomConfig;
import com.oom.core.time.Province;
import java.time.ZoneId;
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
 * @param stores store id to IANA time zone
 * @param jwtIssuer the {@code iss} the agent API's JWT authorizer accepts
 * @param jwtAudience the {@code aud} values it accepts
 * @param smsPool an existing End User Messaging phone pool id ({@code pool-...}), or {@link
 *     #CREATE_SMS_POOL} for the stack to request a phone number and a pool itself
 * @param smsConfigurationSet the name of the configuration set the stack creates
 * @param alarmEmail where alarm notifications are mailed, if anywhere
 * @param settings the thresholds, from the stage block's {@code settings} object (see {@link
 *     SettingsDocument}): validated here, at synth time, as the functions validate it at init
 * @param provinces store id to its province, whose holidays it keeps ({@code
 *     101=America/Winnipeg@MB}); a store not in it keeps the federal holidays
 */
public record StageConfig(
    Stage stage,
    Map<String, ZoneId> stores,
    String jwtIssuer,
    List<String> jwtAudience,
    String smsPool,
    String smsConfigurationSet,
    Optional<String> alarmEmail,
    OomConfig settings,
    Map<String, Province> provinces) {

  public static final String STAGE_KEY = "oom:stage";
  public static final String STAGES_KEY = "oom:stages";
  public static final String CREATE_SMS_POOL = "create";
  public static final String SETTINGS_KEY = "settings";

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
    stores = Map.copyOf(stores);
    if (stores.isEmpty()) {
      throw new IllegalArgumentException("at least one store is required");
    }
    provinces = provinces == null ? Map.of() : Map.copyOf(provinces);
    for (String store : provinces.keySet()) {
      if (!stores.containsKey(store)) {
        throw new IllegalArgumentException("province given for unknown store " + store);
      }
    }
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
    if (stage.isProduction()) {
      for (String value :
          List.of(jwtIssuer, String.join(",", jwtAudience), smsPool, smsConfigurationSet)) {
        if (value.contains(PLACEHOLDER)) {
          throw new IllegalArgumentException(
              "prod configuration still holds a placeholder (" + value + "): set it in cdk.json");
        }
      }
    }
  }

  /** A configuration whose stores all keep the federal holidays. */
  public StageConfig(
      Stage stage,
      Map<String, ZoneId> stores,
      String jwtIssuer,
      List<String> jwtAudience,
      String smsPool,
      String smsConfigurationSet,
      Optional<String> alarmEmail,
      OomConfig settings) {
    this(
        stage,
        stores,
        jwtIssuer,
        jwtAudience,
        smsPool,
        smsConfigurationSet,
        alarmEmail,
        settings,
        Map.of());
  }

  /** Store ids, sorted: resources and outputs come out in a stable order. */
  public List<String> storeIds() {
    return stores.keySet().stream().sorted().toList();
  }

  /**
   * The stores in the functions' {@code OOM_STORES} format: {@code 101=America/Winnipeg@MB,...} (no
   * {@code @Province} for a store that keeps the federal holidays).
   */
  public String storesSpec() {
    return storeIds().stream()
        .map(
            id ->
                id
                    + "="
                    + stores.get(id).getId()
                    + (provinces.containsKey(id) ? "@" + provinces.get(id).code() : ""))
        .collect(Collectors.joining(","));
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
    String stores = value.apply("stores").orElseThrow(() -> missing(stageId, "stores"));
    StoreDirectory directory = StoreDirectory.parse(stores);
    Map<String, ZoneId> zones = new LinkedHashMap<>();
    Map<String, Province> provinces = new LinkedHashMap<>();
    for (String id : directory.storeIds()) {
      zones.put(id, directory.forStore(id).zone());
      directory.province(id).ifPresent(province -> provinces.put(id, province));
    }
    return new StageConfig(
        stage,
        zones,
        value.apply("jwtIssuer").orElseThrow(() -> missing(stageId, "jwtIssuer")),
        value
            .apply("jwtAudience")
            .map(s -> Arrays.stream(s.split(",")).map(String::strip).toList())
            .orElseThrow(() -> missing(stageId, "jwtAudience")),
        value.apply("smsPool").orElseThrow(() -> missing(stageId, "smsPool")),
        value.apply("smsConfigurationSet").orElse("oom-" + stageId),
        value.apply("alarmEmail"),
        settings(block.get(SETTINGS_KEY), stageId, context.apply("oom:" + SETTINGS_KEY)),
        provinces);
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
