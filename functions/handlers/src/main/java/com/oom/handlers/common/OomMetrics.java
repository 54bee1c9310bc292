package com.oom.handlers.common;

import com.oom.catalogue.Setting;
import com.oom.catalogue.SuiteFunction;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * CloudWatch metrics in Embedded Metric Format (Powertools, plain API): written to the function's
 * log, no request to CloudWatch. Namespace from POWERTOOLS_METRICS_NAMESPACE, else "OOM".
 */
public final class OomMetrics {
  static final String NAMESPACE =
      System.getenv()
          .getOrDefault(Setting.METRICS_NAMESPACE.variable(), SuiteFunction.CLOUDWATCH_NAMESPACE);

  private OomMetrics() {}

  private static Metrics metrics() {
    Metrics metrics = MetricsFactory.getMetricsInstance();
    metrics.setNamespace(NAMESPACE);
    return metrics;
  }

  /** Adds to a count flushed at the end of the invocation. */
  public static void count(String name, double value) {
    metrics().addMetric(name, value, MetricUnit.COUNT);
  }

  /** One occurrence of a count with one dimension (e.g. SmsBlocked by reason), written at once. */
  public static void countBy(String name, String dimension, String value) {
    countBy(name, dimension, value, 1);
  }

  public static void countBy(String name, String dimension, String value, double amount) {
    metrics()
        .flushSingleMetric(
            name, amount, MetricUnit.COUNT, NAMESPACE, DimensionSet.of(dimension, value));
  }

  public static void seconds(String name, double value) {
    metrics().addMetric(name, value, MetricUnit.SECONDS);
  }

  public static void flush() {
    metrics().flush();
  }
}
