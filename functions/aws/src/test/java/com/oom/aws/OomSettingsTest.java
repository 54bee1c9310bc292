package com.oom.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.catalogue.StoreDirectory;
import java.net.URI;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OomSettingsTest {
  @Test
  void reads_table_stores_region_and_endpoint_from_the_environment() {
    OomSettings settings =
        OomSettings.fromEnvironment(
            Map.of(
                "OOM_TABLE", "oom-prod",
                "OOM_STORES", "101=America/Winnipeg, 202=America/Regina,303=America/Toronto",
                "AWS_REGION", "ca-central-1",
                "OOM_AWS_ENDPOINT", "http://127.0.0.1:4566"));

    assertThat(settings.table()).isEqualTo("oom-prod");
    assertThat(settings.stores().storeIds()).containsExactly("101", "202", "303");
    assertThat(settings.stores().forStore("202").zone()).isEqualTo(ZoneId.of("America/Regina"));
    assertThat(settings.aws().region()).isEqualTo("ca-central-1");
    assertThat(settings.aws().endpointOverride()).contains(URI.create("http://127.0.0.1:4566"));
  }

  @Test
  void missing_stores_are_named_in_the_error() {
    assertThatThrownBy(() -> OomSettings.fromEnvironment(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OOM_STORES");
  }

  @Test
  void a_bad_store_entry_is_named_in_the_error() {
    assertThatThrownBy(() -> StoreDirectory.parse("101=America/Winnipeg,202=Mars/Olympus"))
        .hasMessageContaining("202")
        .hasMessageContaining("Mars/Olympus");
    assertThatThrownBy(() -> StoreDirectory.parse("101")).hasMessageContaining("id=TimeZone");
  }

  @Test
  void an_unknown_store_has_no_calendar() {
    assertThatThrownBy(() -> StoreDirectory.parse("101=America/Winnipeg").forStore("999"))
        .hasMessageContaining("unknown store 999");
  }
}
