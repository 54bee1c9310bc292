package com.oom.handlers.logging;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;
import org.slf4j.spi.MDCAdapter;

/** One {@link JsonLogger} per name, with its threshold: ours at the configured level. */
final class JsonLoggers implements ILoggerFactory {
  static final String OURS = "com.oom";

  private final MDCAdapter mdc;
  private final Level ours;
  private final String service;
  private final Map<String, JsonLogger> loggers = new ConcurrentHashMap<>();

  JsonLoggers(MDCAdapter mdc, Map<String, String> env) {
    this.mdc = mdc;
    this.ours = level(env.get("POWERTOOLS_LOG_LEVEL"), Level.INFO);
    this.service = env.getOrDefault("POWERTOOLS_SERVICE_NAME", "service_undefined");
  }

  @Override
  public Logger getLogger(String name) {
    return loggers.computeIfAbsent(
        name,
        n ->
            new JsonLogger(
                n, n.equals(OURS) || n.startsWith(OURS + ".") ? ours : Level.WARN, mdc, service));
  }

  static Level level(String configured, Level fallback) {
    if (configured == null || configured.isBlank()) {
      return fallback;
    }
    try {
      return Level.valueOf(configured.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return fallback;
    }
  }
}
