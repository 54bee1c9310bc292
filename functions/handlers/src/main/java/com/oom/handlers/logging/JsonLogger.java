package com.oom.handlers.logging;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;

/** Writes each event at or above its threshold as one JSON line on the current standard output. */
final class JsonLogger extends LegacyAbstractLogger {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** Powertools' fields, in its layout's order; timestamp goes between service and the trace id. */
  private static final String[] BEFORE_TIMESTAMP = {
    "cold_start",
    "function_arn",
    "function_memory_size",
    "function_name",
    "function_request_id",
    "function_version",
    "sampling_rate",
    "service"
  };

  private static final String[] AFTER_TIMESTAMP = {"xray_trace_id", "correlation_id"};
  private static final Set<String> POWERTOOLS =
      Stream.concat(Arrays.stream(BEFORE_TIMESTAMP), Arrays.stream(AFTER_TIMESTAMP))
          .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> LITERALS =
      Set.of("cold_start", "function_memory_size", "sampling_rate");

  /** Shared by every logger of one kind: Powertools' switch moves all of ours at once. */
  private final AtomicReference<Level> threshold;

  private final transient MDCAdapter mdc;
  private final String service;

  JsonLogger(String name, AtomicReference<Level> threshold, MDCAdapter mdc, String service) {
    this.name = name;
    this.threshold = threshold;
    this.mdc = mdc;
    this.service = service;
  }

  JsonLogger(String name, Level threshold, MDCAdapter mdc, String service) {
    this(name, new AtomicReference<>(threshold), mdc, service);
  }

  Level threshold() {
    return threshold.get();
  }

  private boolean enabled(Level level) {
    return level.toInt() >= threshold.get().toInt();
  }

  @Override
  public boolean isTraceEnabled() {
    return enabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return enabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return enabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return enabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return enabled(Level.ERROR);
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(pattern, arguments);
    String line = line(level, message, throwable, mdc.getCopyOfContextMap(), Instant.now());
    PrintStream out = System.out; // looked up per line: the local runner and tests redirect it
    out.println(line);
  }

  String line(
      Level level, String message, Throwable throwable, Map<String, String> context, Instant at) {
    Map<String, String> fields = context == null ? Map.of() : context;
    Json json = new Json();
    json.field("level", level.name()).field("message", message);
    if (throwable != null) {
      json.object("error")
          .field("message", throwable.getMessage())
          .field("name", throwable.getClass().getName())
          .field("stack", Json.stackTrace(throwable))
          .end();
    }
    for (String key : BEFORE_TIMESTAMP) {
      String value = key.equals("service") ? fields.getOrDefault(key, service) : fields.get(key);
      powertools(json, key, value);
    }
    json.field("timestamp", TIMESTAMP.format(at));
    for (String key : AFTER_TIMESTAMP) {
      powertools(json, key, fields.get(key));
    }
    fields.entrySet().stream()
        .filter(e -> !POWERTOOLS.contains(e.getKey()))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> json.field(e.getKey(), e.getValue()));
    return json.end().toString();
  }

  private static void powertools(Json json, String key, String value) {
    if (value == null) {
      return;
    }
    if (LITERALS.contains(key) && Json.isLiteral(value)) {
      json.literal(key, value);
    } else {
      json.field(key, value);
    }
  }
}
