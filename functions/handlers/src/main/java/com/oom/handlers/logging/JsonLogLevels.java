package com.oom.handlers.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import software.amazon.lambda.powertools.logging.internal.LoggingManager;

/**
 * Powertools logging's hook into the backend, found through {@code ServiceLoader}: Powertools sets
 * the level from {@code POWERTOOLS_LOG_LEVEL} (or {@code AWS_LAMBDA_LOG_LEVEL}) when {@code
 * PowertoolsLogging} loads, and DEBUG when an invocation is sampled ({@code
 * POWERTOOLS_LOGGER_SAMPLE_RATE}; not set by the CDK app). Powertools 2.9.0 never sets a sampled
 * level back, with its own backends too: after one sampled invocation the instance logs at DEBUG.
 * Without a registered hook Powertools printed three "ERROR. No LoggingManager was found" lines at
 * every cold start. The level applies to our loggers; libraries stay at WARN.
 *
 * <p>{@code LoggingManager} is in Powertools' {@code internal} package, the one interface outside
 * its plain-code API we implement: a Powertools upgrade may change it ({@code JsonLoggerTest}
 * checks that Powertools finds this class).
 */
public final class JsonLogLevels implements LoggingManager {
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
