package com.oom.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OomSettingsTest {
  private static final String DIRECTORY =
      """
      {"stores": [
        {"id": "101", "name": "Winnipeg", "zone": "America/Winnipeg", "province": "MB",
         "hours": {"MONDAY-FRIDAY": "09:00-21:00", "SATURDAY": "09:00-18:00"}},
        {"id": "202", "name": "Regina", "zone": "America/Regina",
         "hours": {"MONDAY-SATURDAY": "10:00-18:00"}}]}
      """;

  @TempDir Path dir;

  @Test
  void reads_table_store_directory_region_and_endpoint_from_the_environment() throws IOException {
    Path directory = Files.writeString(dir.resolve("stores.json"), DIRECTORY);

    OomSettings settings =
        OomSettings.fromEnvironment(
            Map.of(
                "OOM_TABLE", "oom-prod",
                "OOM_STORE_DIRECTORY", directory.toString(),
                "AWS_REGION", "ca-central-1",
                "OOM_AWS_ENDPOINT", "http://127.0.0.1:4566"));

    assertThat(settings.table()).isEqualTo("oom-prod");
    assertThat(settings.stores().storeIds()).containsExactly("101", "202");
    assertThat(settings.stores().forStore("202").zone()).isEqualTo(ZoneId.of("America/Regina"));
    assertThat(settings.stores().store("202").orElseThrow().name()).isEqualTo("Regina");
    assertThat(settings.aws().region()).isEqualTo("ca-central-1");
    assertThat(settings.aws().endpointOverride()).contains(URI.create("http://127.0.0.1:4566"));
  }

  @Test
  void the_event_bus_is_OOM_EVENT_BUS_and_oom_events_when_unset() throws IOException {
    Path directory = Files.writeString(dir.resolve("stores.json"), DIRECTORY);

    assertThat(
            OomSettings.fromEnvironment(
                    Map.of(
                        "OOM_STORE_DIRECTORY",
                        directory.toString(),
                        "OOM_EVENT_BUS",
                        "oom-events-prod"))
                .eventBus())
        .isEqualTo("oom-events-prod");
    assertThat(
            OomSettings.fromEnvironment(Map.of("OOM_STORE_DIRECTORY", directory.toString()))
                .eventBus())
        .isEqualTo("oom-events");
  }

  @Test
  void a_missing_store_directory_is_named_in_the_error() {
    assertThatThrownBy(() -> OomSettings.fromEnvironment(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OOM_STORE_DIRECTORY");
    Map<String, String> env = Map.of("OOM_STORE_DIRECTORY", dir.resolve("none.json").toString());
    assertThatThrownBy(() -> OomSettings.fromEnvironment(env))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OOM_STORE_DIRECTORY")
        .hasMessageContaining("cannot read the store directory");
  }

  @Test
  void a_bad_store_fails_the_start_naming_the_store_and_the_field() throws IOException {
    Path directory =
        Files.writeString(
            dir.resolve("stores.json"), DIRECTORY.replace("America/Regina", "Mars/Olympus"));
    Map<String, String> env = Map.of("OOM_STORE_DIRECTORY", directory.toString());

    assertThatThrownBy(() -> OomSettings.fromEnvironment(env))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("store 202: unknown time zone 'Mars/Olympus'");
  }

  @Test
  void a_store_field_given_twice_is_refused() throws IOException {
    Path directory =
        Files.writeString(
            dir.resolve("stores.json"),
            DIRECTORY.replace("\"name\": \"Regina\",", "\"name\": \"Regina\", \"name\": \"R\","));
    Map<String, String> env = Map.of("OOM_STORE_DIRECTORY", directory.toString());

    assertThatThrownBy(() -> OomSettings.fromEnvironment(env))
        .hasMessageContaining("not a JSON object")
        .hasMessageContaining("name");
  }
}
