package com.oom.aws.sms;

import com.oom.catalogue.Setting;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How text messages leave through AWS End User Messaging SMS: the phone pool they come from, the
 * configuration set that records their delivery events, how long the carrier hand-off may keep
 * trying, and an optional endpoint override (WireMock, a local sink). Read once at wiring time.
 *
 * @param originationIdentity the phone pool id or ARN ({@code pool-...}) messages are sent from
 * @param configurationSetName the configuration set (name or ARN) whose event destinations record
 *     delivery
 * @param timeToLive how long End User Messaging keeps trying to hand the message to the carrier; a
 *     touch point older than a day is worthless, so the default is 24 hours (the service's own
 *     default is 72)
 * @param endpoint where the SMS API is, when not the regional AWS endpoint
 */
public record SmsSettings(
    String originationIdentity,
    String configurationSetName,
    Duration timeToLive,
    Optional<URI> endpoint) {

  public static final String POOL_ID = Setting.SMS_POOL_ID.variable();
  public static final String CONFIGURATION_SET = Setting.SMS_CONFIGURATION_SET.variable();
  public static final String TTL_SECONDS = Setting.SMS_TTL_SECONDS.variable();
  public static final String ENDPOINT = Setting.SMS_ENDPOINT.variable();

  public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofHours(24);

  /** The bounds SendTextMessage accepts for TimeToLive (5 seconds to 72 hours). */
  static final Duration MIN_TIME_TO_LIVE = Duration.ofSeconds(5);

  static final Duration MAX_TIME_TO_LIVE = Duration.ofHours(72);

  public SmsSettings {
    requireText(originationIdentity, "originationIdentity");
    requireText(configurationSetName, "configurationSetName");
    Objects.requireNonNull(timeToLive, "timeToLive");
    Objects.requireNonNull(endpoint, "endpoint");
    if (timeToLive.compareTo(MIN_TIME_TO_LIVE) < 0 || timeToLive.compareTo(MAX_TIME_TO_LIVE) > 0) {
      throw new IllegalArgumentException(
          "timeToLive must be between 5 seconds and 72 hours, was " + timeToLive);
    }
  }

  /** Settings with the default time to live and the regional endpoint. */
  public static SmsSettings of(String originationIdentity, String configurationSetName) {
    return new SmsSettings(
        originationIdentity, configurationSetName, DEFAULT_TIME_TO_LIVE, Optional.empty());
  }

  public static SmsSettings fromEnvironment(Map<String, String> env) {
    String pool = required(env, POOL_ID);
    String configurationSet = required(env, CONFIGURATION_SET);
    Duration ttl = optional(env, TTL_SECONDS).map(s -> seconds(s)).orElse(DEFAULT_TIME_TO_LIVE);
    Optional<URI> endpoint = optional(env, ENDPOINT).map(s -> uri(s));
    try {
      return new SmsSettings(pool, configurationSet, ttl, endpoint);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(TTL_SECONDS + ": " + e.getMessage(), e);
    }
  }

  /** The time to live as SendTextMessage takes it: whole seconds. */
  int timeToLiveSeconds() {
    return Math.toIntExact(timeToLive.toSeconds());
  }

  private static String required(Map<String, String> env, String name) {
    return optional(env, name)
        .orElseThrow(
            () -> new IllegalStateException("environment variable " + name + " is not set"));
  }

  private static Optional<String> optional(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Duration seconds(String raw) {
    try {
      return Duration.ofSeconds(Long.parseLong(raw));
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          TTL_SECONDS + " must be a whole number of seconds, was '" + raw + "'", e);
    }
  }

  private static URI uri(String raw) {
    try {
      URI uri = URI.create(raw);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("no scheme or host");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(ENDPOINT + " is not an absolute URI: '" + raw + "'", e);
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
  }
}
