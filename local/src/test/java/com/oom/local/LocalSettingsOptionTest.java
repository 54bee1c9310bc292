package com.oom.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.config.OomConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --settings <file>}: the runner reads the same JSON document a stage's functions read. */
class LocalSettingsOptionTest {

  @Test
  void withoutTheOptionTheRunnerUsesTheDefaults() {
    assertThat(LocalOptions.parse().settings()).isEqualTo(OomConfig.defaults());
  }

  @Test
  void theOptionReadsTheSettingsDocument(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("settings.json"), "{\"smsDailyCap\": 1}");
    assertThat(LocalOptions.parse("--settings", file.toString()).settings())
        .isEqualTo(OomConfig.defaults().withSmsDailyCap(1));
    assertThat(LocalOptions.parse("--settings=" + file).settings().smsDailyCap()).isEqualTo(1);
  }

  @Test
  void aBadSettingRefusesToStartNamingTheFileAndTheSetting(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("settings.json"), "{\"smsDailyCap\": 99}");
    assertThatThrownBy(() -> LocalOptions.parse("--settings", file.toString()))
        .hasMessage("--settings " + file + ": smsDailyCap must be between 1 and 20, was 99");
    assertThatThrownBy(() -> LocalOptions.parse("--settings", dir.resolve("none.json").toString()))
        .hasMessageContaining("--settings: cannot read");
  }
}
