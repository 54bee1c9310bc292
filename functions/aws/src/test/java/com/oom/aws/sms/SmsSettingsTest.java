package com.oom.aws.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsSettingsTest {

  private static final Map<String, String> MINIMAL =
      Map.of(
          "OOM_SMS_POOL_ID", "pool-0123456789abcdef0123456789abcdef",
          "OOM_SMS_CONFIGURATION_SET", "oom-transactional");

  @Test
  void pool_and_configuration_set_alone_give_a_day_to_live_and_the_regional_endpoint() {
    SmsSettings settings = SmsSettings.fromEnvironment(MINIMAL);

    assertThat(settings)
        .isEqualTo(
            new SmsSettings(
                "pool-0123456789abcdef0123456789abcdef",
                "oom-transactional",
                Duration.ofHours(24),
                Optional.empty()));
    assertThat(settings.timeToLiveSeconds()).isEqualTo(86_400);
  }

  @Test
  void time_to_live_and_endpoint_are_read_when_set() {
    SmsSettings settings =
        SmsSettings.fromEnvironment(
            with(
                "OOM_SMS_TTL_SECONDS", "3600",
                "OOM_SMS_ENDPOINT", "http://localhost:8089"));

    assertThat(settings.timeToLive()).isEqualTo(Duration.ofHours(1));
    assertThat(settings.endpoint()).contains(URI.create("http://localhost:8089"));
  }

  @Test
  void blank_optional_variables_mean_the_defaults() {
    SmsSettings settings =
        SmsSettings.fromEnvironment(with("OOM_SMS_TTL_SECONDS", " ", "OOM_SMS_ENDPOINT", ""));

    assertThat(settings.timeToLive()).isEqualTo(SmsSettings.DEFAULT_TIME_TO_LIVE);
    assertThat(settings.endpoint()).isEmpty();
  }

  @Test
  void a_missing_pool_is_named_in_the_error() {
    var env = new HashMap<>(MINIMAL);
    env.remove("OOM_SMS_POOL_ID");

    assertThatIllegalStateException()
        .isThrownBy(() -> SmsSettings.fromEnvironment(env))
        .withMessageContaining("OOM_SMS_POOL_ID");
  }

  @Test
  void a_blank_configuration_set_is_named_in_the_error() {
    assertThatIllegalStateException()
        .isThrownBy(() -> SmsSettings.fromEnvironment(with("OOM_SMS_CONFIGURATION_SET", "  ")))
        .withMessageContaining("OOM_SMS_CONFIGURATION_SET");
  }

  @Test
  void a_time_to_live_that_is_not_a_number_is_named_in_the_error() {
    assertThatIllegalStateException()
        .isThrownBy(() -> SmsSettings.fromEnvironment(with("OOM_SMS_TTL_SECONDS", "1d")))
        .withMessageContaining("OOM_SMS_TTL_SECONDS")
        .withMessageContaining("1d");
  }

  @Test
  void a_time_to_live_outside_what_the_service_accepts_is_refused() {
    assertThatIllegalStateException()
        .isThrownBy(() -> SmsSettings.fromEnvironment(with("OOM_SMS_TTL_SECONDS", "259201")))
        .withMessageContaining("OOM_SMS_TTL_SECONDS");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new SmsSettings("pool-1", "set", Duration.ofSeconds(4), Optional.empty()));
    assertThat(SmsSettings.fromEnvironment(with("OOM_SMS_TTL_SECONDS", "259200")).timeToLive())
        .isEqualTo(Duration.ofHours(72));
  }

  @Test
  void an_endpoint_that_is_not_an_absolute_uri_is_named_in_the_error() {
    assertThatIllegalStateException()
        .isThrownBy(() -> SmsSettings.fromEnvironment(with("OOM_SMS_ENDPOINT", "localhost:8089")))
        .withMessageContaining("OOM_SMS_ENDPOINT");
  }

  private static Map<String, String> with(String... pairs) {
    var env = new HashMap<>(MINIMAL);
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }
}
