package com.oom.handlers.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The functions' SLF4J backend: one JSON object per line on standard output, with the fields of
 * Powertools' Lambda layout (level, message, error, the Lambda context fields Powertools puts in
 * the MDC, timestamp) followed by our own MDC keys (orderId, messageId, ...).
 *
 * <p>It replaces Log4j2 (Powertools' {@code powertools-logging-log4j} backend): configuring Log4j2
 * took about 850 ms of every cold start (the first {@code LoggerFactory.getLogger} in a fresh JVM
 * with Lambda's flags, measured 800–876 ms), a third of a handler's first invocation. Powertools'
 * other backend (Logback) is not served here. {@code PowertoolsLogging.withLogging} still fills the
 * MDC, and switches levels through {@link JsonLogLevels}. Our loggers start at the level Powertools
 * configures ({@code POWERTOOLS_LOG_LEVEL}, else {@code AWS_LAMBDA_LOG_LEVEL}, else INFO),
 * libraries' at WARN.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {
  private final BasicMDCAdapter mdc = new BasicMDCAdapter();
  private final BasicMarkerFactory markers = new BasicMarkerFactory();
  private JsonLoggers loggers;

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    loggers = new JsonLoggers(mdc, System.getenv());
  }
}
