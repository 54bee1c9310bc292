package com.oom.handlers.logging;

import com.oom.catalogue.Setting;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;
import org.slf4j.spi.MDCAdapter;

/** One {@link JsonLogger} per name, with its threshold: ours at the configured level. */
final class JsonLoggers implements ILoggerFactory {
  static final String OURS = "com.oom";

  private final MDCAdapter mdc;
  private final Level configured;
  private final AtomicReference<Level> ours;
  private final AtomicReference<Level> libraries = new AtomicReference<>(Level.WARN);
  private final String service;
  private final Map<String, JsonLogger> loggers = new ConcurrentHashMap<>();

  JsonLoggers(MDCAdapter mdc, Map<String, String> env) {
    this.mdc = mdc;
    // Powertools' own rule: POWERTOOLS_LOG_LEVEL, else Lambda's advanced logging level, else INFO.
    this.configured =
        level(env.get("POWERTOOLS_LOG_LEVEL"), level(env.get("AWS_LAMBDA_LOG_LEVEL"), Level.INFO));
    this.ours = new AtomicReference<>(configured);
    this.service = env.getOrDefault(Setting.SERVICE_NAME.variable(), "service_undefined");
  }

  @Override
  public Logger getLogger(String name) {
    return loggers.computeIfAbsent(
        name, n -> new JsonLogger(n, isOurs(n) ? ours : libraries, mdc, service));
  }

  /** Back to the configured level after an invocation that sampling switched to DEBUG. */
  void endInvocation() {
    ours.set(configured);
  }

  /** Powertools' level switch (its configured level, a sampled invocation's DEBUG): ours only. */
  void ourLevel(Level level) {
    ours.set(level);
  }

  private static boolean isOurs(String name) {
    return name.equals(OURS) || name.startsWith(OURS + ".");
  }

  static Level level(String configured, Level fallback) {
    if (configured == null || configured.isBlank()) {
      return fallback;
    }
    String name = configured.strip().toUpperCase(Locale.ROOT);
    if (name.equals("FATAL")) {
      return Level.ERROR;
    }
    try {
      return Level.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return fallback;
    }
  }
}
