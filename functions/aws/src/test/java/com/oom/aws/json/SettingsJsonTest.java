package com.oom.aws.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.catalogue.SettingsDocument;
import com.oom.core.config.OomConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsJsonTest {

  @Test
  void noDocumentOrABlankOneIsTheDefaults() {
    assertThat(SettingsJson.fromEnvironment(Map.of())).isEqualTo(OomConfig.defaults());
    assertThat(SettingsJson.fromEnvironment(Map.of("OOM_SETTINGS", " ")))
        .isEqualTo(OomConfig.defaults());
  }

  @Test
  void theDocumentTheCdkAppWritesReadsBackAsItsConfig() {
    OomConfig prod = OomConfig.defaults().withSmsDailyCap(2);
    assertThat(SettingsJson.fromEnvironment(Map.of("OOM_SETTINGS", SettingsDocument.write(prod))))
        .isEqualTo(prod);
  }

  @Test
  void aSettingGivenTwiceIsRefusedRatherThanOneSilentlyWinning() {
    assertThatThrownBy(() -> SettingsJson.parse("{\"smsDailyCap\": 2, \"smsDailyCap\": 5}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON object")
        .hasMessageContaining("smsDailyCap");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRefused() {
    assertThatThrownBy(() -> SettingsJson.parse("[3]"))
        .hasMessageContaining("the settings document is not a JSON object");
  }

  @Test
  void aBadSettingFailsTheStartNamingTheVariableAndTheSetting() {
    assertThatThrownBy(
            () -> SettingsJson.fromEnvironment(Map.of("OOM_SETTINGS", "{\"pastDueAfterDays\": 0}")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("OOM_SETTINGS is invalid: pastDueAfterDays must be between 1 and 30, was 0");
  }
}
