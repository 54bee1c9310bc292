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
  private volatile Level ours;
  private final String service;
  private final Map<String, JsonLogger> loggers = new ConcurrentHashMap<>();

  JsonLoggers(MDCAdapter mdc, Map<String, String> env) {
    this.mdc = mdc;
    this.ours = level(env.get("POWERTOOLS_LOG_LEVEL"), Level.INFO);
    this.service = env.getOrDefault("POWERTOOLS_SERVICE_NAME", "service_undefined");
  }

  @Override
  public synchronized Logger getLogger(String name) {
    return loggers.computeIfAbsent(
        name, n -> new JsonLogger(n, isOurs(n) ? ours : Level.WARN, mdc, service));
  }

  /** Powertools' level switching (POWERTOOLS_LOG_LEVEL, debug sampling): our loggers only. */
  synchronized void ourLevel(Level level) {
    ours = level;
    loggers.forEach(
        (name, logger) -> {
          if (isOurs(name)) {
            logger.threshold(level);
          }
        });
  }

  private static boolean isOurs(String name) {
    return name.equals(OURS) || name.startsWith(OURS + ".");
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
