package com.oom.handlers.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.config.OomConfig;
import com.oom.handlers.orderfeed.OrderFeedWiring;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A function's thresholds come from {@code OOM_SETTINGS}, read once when its wiring is built (the
 * function's init): its use cases follow them, and a bad document fails the init naming the
 * setting. No AWS call is made: the endpoint is never contacted while only the settings are read.
 */
class FunctionWiringSettingsTest {

  private static Map<String, String> env(String settings) {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_REGION", "us-east-1");
    env.put("OOM_AWS_ENDPOINT", "http://127.0.0.1:9");
    env.put("OOM_TABLE", "oom");
    env.put(
        "OOM_STORE_DIRECTORY",
        com.oom.aws.testing.AwsStack.storeDirectoryFile("101=America/Winnipeg").toString());
    if (settings != null) {
      env.put("OOM_SETTINGS", settings);
    }
    return env;
  }

  @Test
  void withoutADocumentAFunctionRunsOnTheDefaults() {
    FunctionWiring wiring = new FunctionWiring(env(null), Clock.systemUTC());
    assertThat(wiring.config()).isEqualTo(OomConfig.defaults());
    assertThat(wiring.useCases().config()).isEqualTo(OomConfig.defaults());
  }

  @Test
  void aFunctionWiredWithADocumentBuildsItsUseCasesOnItsSettings() {
    FunctionWiring wiring =
        new FunctionWiring(
            env("{\"smsDailyCap\": 1, \"balanceDueGrace\": \"PT48H\"}"), Clock.systemUTC());
    OrderFeedWiring.wire(wiring);
    OomConfig used = wiring.useCases().config();
    assertThat(used.smsDailyCap()).isEqualTo(1);
    assertThat(used.balanceDueGrace()).isEqualTo(Duration.ofHours(48));
    assertThat(used.quietHours()).isEqualTo(OomConfig.defaults().quietHours());
  }

  @Test
  void aSettingOutOfItsRangeFailsTheInitWithItsNameAndRange() {
    assertThatThrownBy(() -> new FunctionWiring(env("{\"smsDailyCap\": 0}"), Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("OOM_SETTINGS is invalid: smsDailyCap must be between 1 and 20, was 0");
  }

  @Test
  void anUnknownSettingOrABrokenDocumentFailsTheInit() {
    assertThatThrownBy(() -> new FunctionWiring(env("{\"smsCap\": 2}"), Clock.systemUTC()))
        .hasMessageContaining("OOM_SETTINGS is invalid: unknown setting 'smsCap'");
    assertThatThrownBy(() -> new FunctionWiring(env("{\"smsDailyCap\": "), Clock.systemUTC()))
        .hasMessageContaining(
            "OOM_SETTINGS is invalid: the settings document is not a JSON object");
  }
}
