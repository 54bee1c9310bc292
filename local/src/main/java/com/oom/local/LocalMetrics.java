package com.oom.local;

import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/**
 * Metrics written as in Lambda: Embedded Metric Format lines on standard output. Outside Lambda the
 * EMF library otherwise looks for a CloudWatch agent on localhost:25888 and keeps a non-daemon
 * thread retrying, which also keeps the JVM from exiting when the demo ends.
 */
final class LocalMetrics {
  private LocalMetrics() {}

  static void writeAsInLambda() {
    EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Lambda);
  }
}
