package com.oom.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.aws.json.StoreDirectoryJson;
import com.oom.core.time.Province;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --stores <file>}: the runner reads a stage's store directory document. */
class LocalStoresOptionTest {

  @Test
  void withoutTheOptionTheRunnerHasTheDevStagesStores() {
    assertThat(LocalOptions.parse().stores().stores())
        .isEqualTo(StoreDirectoryJson.read(Path.of("../infrastructure/stores/dev.json")).stores());
    assertThat(LocalOptions.parse().stores().province("202")).contains(Province.SK);
  }

  @Test
  void theOptionReadsTheDirectoryDocument(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("stores.json"),
            """
            {"stores": [{"id": "404", "name": "Halifax", "zone": "America/Halifax",
              "province": "NS", "hours": {"MONDAY-SUNDAY": "10:00-18:00"}}]}
            """);

    assertThat(LocalOptions.parse("--stores", file.toString()).stores().storeIds())
        .containsExactly("404");
  }

  @Test
  void aBadStoreRefusesToStartNamingTheFileTheStoreAndTheField(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("stores.json"),
            """
            {"stores": [{"id": "404", "name": "Halifax", "zone": "America/Halifax",
              "hours": {"MONDAY-FRIDAY": "10:00-18:00", "FRIDAY": "10:00-20:00"}}]}
            """);

    assertThatThrownBy(() -> LocalOptions.parse("--stores", file.toString()))
        .hasMessage(
            "--stores "
                + file
                + ": store 404: hours overlap: FRIDAY is in both MONDAY-FRIDAY and FRIDAY");
  }
}
