package com.oom.handlers.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import software.amazon.lambda.powertools.logging.internal.BufferManager;
import software.amazon.lambda.powertools.logging.internal.LoggingManager;

/**
 * Powertools logging's hook into the backend, found through {@code ServiceLoader}: Powertools sets
 * the level from {@code POWERTOOLS_LOG_LEVEL} (or {@code AWS_LAMBDA_LOG_LEVEL}) when {@code
 * PowertoolsLogging} loads, and DEBUG when an invocation is sampled ({@code
 * POWERTOOLS_LOGGER_SAMPLE_RATE}; not set by the CDK app). Powertools 2.9.0 never switches a
 * sampled level back itself; it does call {@link #clearBuffer} at the end of every {@code
 * withLogging}, so that is where the configured level returns: a sampled invocation logs at DEBUG,
 * the next ones do not. Without a registered hook Powertools printed three "ERROR. No
 * LoggingManager was found" lines at every cold start. The level applies to our loggers; libraries
 * stay at WARN. Nothing is buffered, so there is nothing to flush.
 *
 * <p>{@code LoggingManager} and {@code BufferManager} are in Powertools' {@code internal} package,
 * the only interfaces outside its plain-code API we implement: a Powertools upgrade may change them
 * ({@code JsonLoggerTest} checks that Powertools finds this class and samples per invocation).
 */
public final class JsonLogLevels implements LoggingManager, BufferManager {
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

  @Override
  public void clearBuffer() {
    if (LoggerFactory.getILoggerFactory() instanceof JsonLoggers loggers) {
      loggers.endInvocation();
    }
  }

  @Override
  public void flushBuffer() {
    // Lines are written as they come; nothing is held back.
  }
}
