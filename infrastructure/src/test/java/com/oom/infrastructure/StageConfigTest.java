package com.oom.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.config.OomConfig;
import com.oom.core.time.Province;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageConfigTest {

  @TempDir Path dir;

  @Test
  void cdkJsonDefaultsToTheDevStageWithItsStoreDirectoryFile() throws Exception {
    StageConfig config = StageConfig.fromContext(cdkJsonContext()::get);
    assertThat(config.stage()).isEqualTo(StageConfig.Stage.DEV);
    assertThat(config.storeIds()).containsExactly("101", "202", "303");
    assertThat(config.stores().forStore("202").zone()).isEqualTo(ZoneId.of("America/Regina"));
    assertThat(config.stores().province("101")).contains(Province.MB);
    assertThat(config.stores().province("303")).contains(Province.ON);
    assertThat(config.stores().store("101").orElseThrow().pickupLocationId()).contains("888");
    assertThat(config.createsSmsPool()).isTrue();
    assertThat(config.smsConfigurationSet()).isEqualTo("oom-dev");
    assertThat(config.alarmEmail()).isEmpty();
  }

  @Test
  void theDocumentTheFunctionsReadIsTheDirectoryTheCdkAppRead() throws Exception {
    StageConfig config = StageConfig.fromContext(cdkJsonContext()::get);
    StoreDirectory deployed =
        StageConfig.parseStoreDirectory(config.storeDirectoryDocument(), "the layer's document");
    assertThat(deployed.stores()).isEqualTo(config.stores().stores());
  }

  @Test
  void aBadStoreFailsTheSynthNamingTheFileTheStoreAndTheField() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("stores.json"),
            Files.readString(Path.of("stores/dev.json")).replace("\"SK\"", "\"XX\""));
    Map<String, Object> context = cdkJsonContext();
    context.put("oom:storeDirectory", file.toString());
    assertThatThrownBy(() -> StageConfig.fromContext(context::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("store directory " + file)
        .hasMessageContaining("store 202: unknown province 'XX'");
  }

  @Test
  void aMissingStoreDirectoryFileIsNamed() throws Exception {
    Map<String, Object> context = cdkJsonContext();
    context.put("oom:storeDirectory", "stores/nowhere.json");
    assertThatThrownBy(() -> StageConfig.fromContext(context::get))
        .hasMessageContaining("cannot read the store directory stores/nowhere.json");
  }

  @Test
  void theOldStoresStringIsRefusedWithWhereTheStoresLiveNow() throws Exception {
    Map<String, Object> context = cdkJsonContext();
    context.put("oom:stores", "101=America/Winnipeg");
    assertThatThrownBy(() -> StageConfig.fromContext(context::get))
        .hasMessageContaining("'stores' is replaced by 'storeDirectory'")
        .hasMessageContaining("stores/dev.json");
  }

  @Test
  void aCommandLineValueOverridesTheStageBlock() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("two.json"),
            """
            {"stores": [
              {"id": "101", "name": "W", "zone": "America/Winnipeg", "hours": {"MONDAY": "09:00-17:00"}},
              {"id": "404", "name": "H", "zone": "America/Halifax", "hours": {"MONDAY": "09:00-17:00"}}]}
            """);
    Map<String, Object> context = cdkJsonContext();
    context.put("oom:storeDirectory", file.toString());
    context.put("oom:alarmEmail", "oncall@example.ca");
    StageConfig config = StageConfig.fromContext(context::get);
    assertThat(config.storeIds()).containsExactly("101", "404");
    assertThat(config.alarmEmail()).contains("oncall@example.ca");
  }

  @Test
  void prodRefusesThePlaceholdersOfCdkJson() throws Exception {
    Map<String, Object> context = cdkJsonContext();
    context.put("oom:stage", "prod");
    assertThatThrownBy(() -> StageConfig.fromContext(context::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholder");
  }

  @Test
  void prodWithRealValuesIsAccepted() throws Exception {
    Map<String, Object> context = cdkJsonContext();
    context.put("oom:stage", "prod");
    context.put("oom:jwtIssuer", "https://login.example.ca/oauth2/default");
    context.put("oom:jwtAudience", "oom-agent-tools, oom-console");
    context.put("oom:smsPool", "pool-abc123");
    context.put("oom:jennyEventBus", "aws.partner/package.ai/7310045528/jenny-confirmations");
    StageConfig config = StageConfig.fromContext(context::get);
    assertThat(config.stage().isProduction()).isTrue();
    assertThat(config.jwtAudience()).containsExactly("oom-agent-tools", "oom-console");
    assertThat(config.createsSmsPool()).isFalse();
  }

  @Test
  void cdkJsonsDevStageCreatesItsOwnJennyBusMatchingTheLocalSource() throws Exception {
    StageConfig config = StageConfig.fromContext(cdkJsonContext()::get);
    assertThat(config.jenny()).isEqualTo(JennyBus.created());
    assertThat(config.jenny().source()).isEqualTo("packageai.jenny");
    assertThat(config.jenny().busName(config.stage())).isEqualTo("oom-jenny-dev");
  }

  @Test
  void aPartnerBusMatchesTheSourceEveryEventOnItCarriesUnlessAPrefixIsGiven() throws Exception {
    Map<String, Object> context = cdkJsonContext();
    context.put("oom:jennyEventBus", PARTNER);
    JennyBus jenny = StageConfig.fromContext(context::get).jenny();
    assertThat(jenny.createsBus()).isFalse();
    assertThat(jenny.source()).isEqualTo(PARTNER);
    assertThat(jenny.busName(StageConfig.Stage.DEV)).isEqualTo(PARTNER);
    context.put("oom:jennySource", "aws.partner/package.ai");
    assertThat(StageConfig.fromContext(context::get).jenny().source())
        .isEqualTo("aws.partner/package.ai");
  }

  @Test
  void prodMustNameJennysBusAndRefusesThePlaceholderOfCdkJson() throws Exception {
    Map<String, Object> context = cdkJsonContext();
    context.put("oom:stage", "prod");
    context.put("oom:jwtIssuer", "https://login.example.ca/oauth2/default");
    context.put("oom:smsPool", "pool-abc123");
    assertThatThrownBy(() -> StageConfig.fromContext(context::get))
        .hasMessageContaining("placeholder (aws.partner/package.ai/REPLACE/jenny-confirmations)");
    Map<String, Object> withoutBus = withoutProdKey(context, "jennyEventBus");
    assertThatThrownBy(() -> StageConfig.fromContext(withoutBus::get))
        .hasMessageContaining("'jennyEventBus' is not configured");
  }

  @Test
  void aMissingKeySaysWhereToSetIt() {
    Map<String, Object> context = new HashMap<>(minimal());
    context.remove("oom:jwtIssuer");
    assertThatThrownBy(() -> StageConfig.fromContext(context::get))
        .hasMessageContaining("'jwtIssuer' is not configured")
        .hasMessageContaining("-c oom:jwtIssuer=");
  }

  @Test
  void anUnknownStageIsRefused() {
    Map<String, Object> context = new HashMap<>(minimal());
    context.put("oom:stage", "staging");
    assertThatThrownBy(() -> StageConfig.fromContext(context::get))
        .hasMessageContaining("unknown stage 'staging'");
  }

  @Test
  void theSmsPoolIsAPoolIdOrCreate() {
    assertThatThrownBy(
            () ->
                new StageConfig(
                    StageConfig.Stage.DEV,
                    StoreDirectory.standardStores("101=America/Winnipeg"),
                    "https://issuer.example.ca",
                    List.of("aud"),
                    "+12045550100",
                    "oom-dev",
                    Optional.empty(),
                    OomConfig.defaults(),
                    JennyBus.created()))
        .hasMessageContaining("smsPool");
  }

  @Test
  void theStageBlocksSettingsAreTheFunctionsThresholdsAndSilenceKeepsTheDefaults()
      throws Exception {
    assertThat(StageConfig.fromContext(cdkJsonContext()::get).settings())
        .isEqualTo(OomConfig.defaults());
    Map<String, Object> context =
        withDevSettings(Map.of("smsDailyCap", 5, "timeFrameLead", "PT2H"));
    StageConfig config = StageConfig.fromContext(context::get);
    assertThat(config.settings().smsDailyCap()).isEqualTo(5);
    assertThat(config.settings().timeFrameLead()).hasHours(2);
    assertThat(config.settingsDocument()).contains("\"smsDailyCap\":5");
  }

  @Test
  void aSettingOutOfItsRangeFailsTheSynthNamingTheSettingAndWhereItIs() throws Exception {
    Map<String, Object> context = withDevSettings(Map.of("smsDailyCap", 0));
    assertThatThrownBy(() -> StageConfig.fromContext(context::get))
        .hasMessage("oom:stages.dev.settings: smsDailyCap must be between 1 and 20, was 0");
    Map<String, Object> unknown = withDevSettings(Map.of("smsDailyCaps", 3));
    assertThatThrownBy(() -> StageConfig.fromContext(unknown::get))
        .hasMessageContaining("unknown setting 'smsDailyCaps'");
  }

  @Test
  void settingsOnTheCommandLineAreRefusedRatherThanIgnored() throws Exception {
    Map<String, Object> context = cdkJsonContext();
    context.put("oom:settings", "{\"smsDailyCap\": 2}");
    assertThatThrownBy(() -> StageConfig.fromContext(context::get))
        .hasMessageContaining("set oom:stages.dev.settings in cdk.json");
  }

  private static final String PARTNER = "aws.partner/package.ai/7310045528/jenny-confirmations";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutProdKey(Map<String, Object> context, String key) {
    Map<String, Object> copy = new HashMap<>(context);
    Map<String, Object> stages =
        new HashMap<>((Map<String, Object>) copy.get(StageConfig.STAGES_KEY));
    Map<String, Object> prod = new HashMap<>((Map<String, Object>) stages.get("prod"));
    prod.remove(key);
    stages.put("prod", prod);
    copy.put(StageConfig.STAGES_KEY, stages);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withDevSettings(Map<String, Object> settings)
      throws Exception {
    Map<String, Object> context = cdkJsonContext();
    Map<String, Object> stages =
        new HashMap<>((Map<String, Object>) context.get(StageConfig.STAGES_KEY));
    Map<String, Object> dev = new HashMap<>((Map<String, Object>) stages.get("dev"));
    dev.put(StageConfig.SETTINGS_KEY, settings);
    stages.put("dev", dev);
    context.put(StageConfig.STAGES_KEY, stages);
    return context;
  }

  private static Map<String, Object> minimal() {
    return Map.of(
        "oom:storeDirectory", "stores/dev.json",
        "oom:jwtIssuer", "https://issuer.example.ca",
        "oom:jwtAudience", "oom-agent-tools",
        "oom:smsPool", "create");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cdkJsonContext() throws Exception {
    Map<String, Object> cdkJson =
        new ObjectMapper().readValue(Path.of("cdk.json").toFile(), Map.class);
    return new HashMap<>((Map<String, Object>) cdkJson.get("context"));
  }
}
