package com.oom.handlers.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import software.amazon.lambda.powertools.logging.internal.LoggingManager;

/**
 * Powertools logging's hook into the backend, found through {@code ServiceLoader}: Powertools sets
 * the level from {@code POWERTOOLS_LOG_LEVEL} when {@code PowertoolsLogging} loads and switches to
 * DEBUG for sampled invocations ({@code POWERTOOLS_LOGGER_SAMPLE_RATE}). Without a registered
 * manager Powertools printed three "ERROR. No LoggingManager was found" lines at every cold start.
 * The level applies to our loggers; libraries stay at WARN.
 */
public final class JsonLoggingManager implements LoggingManager {
  @Override
  public void setLogLevel(Level level) {
    if (LoggerFactory.getILoggerFactory() instanceof JsonLoggers loggers) {
      loggers.ourLevel(level);
    }
  }

  @Override
  public Level getLogLevel(Logger logger) {
    return logger instanceof JsonLogger json ? json.threshold() : Level.INFO;
  }
}
