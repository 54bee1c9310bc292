package com.oom.handlers.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/**
 * The CloudWatch metrics the functions write, read back from their Embedded Metric Format lines on
 * standard output, where Lambda's log stream would take them. The EMF library writes there only in
 * its Lambda environment (elsewhere it looks for a CloudWatch agent on localhost:25888) and keeps
 * the environment it resolves first, so this is a JUnit launcher session listener: it chooses the
 * Lambda environment before any test runs a function.
 */
public final class EmfMetrics implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Lambda);
  }

  /**
   * What a run wrote to standard output: its lines (logs and metrics) and the sum of each metric it
   * wrote in namespace {@code OOM}, by name.
   */
  public record Written(List<String> lines, Map<String, Double> metrics) {
    public double metric(String name) {
      return metrics.getOrDefault(name, 0.0);
    }
  }

  /** Runs {@code action}, capturing what it writes to standard output (and letting it through). */
  public static synchronized Written during(Runnable action) {
    PrintStream out = System.out;
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    System.setOut(new PrintStream(tee(out, written), true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.out.flush();
      System.setOut(out);
    }
    List<String> lines = written.toString(StandardCharsets.UTF_8).lines().toList();
    Map<String, Double> metrics = new TreeMap<>();
    lines.stream()
        .filter(line -> line.startsWith("{") && line.contains("\"_aws\""))
        .forEach(line -> add(line, metrics));
    return new Written(lines, metrics);
  }

  private static void add(String line, Map<String, Double> metrics) {
    JsonNode emf;
    try {
      emf = ApiJson.mapper().readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (JsonNode directive : emf.path("_aws").path("CloudWatchMetrics")) {
      if (!"OOM".equals(directive.path("Namespace").asText())) {
        continue;
      }
      for (JsonNode metric : directive.path("Metrics")) {
        String name = metric.path("Name").asText();
        JsonNode value = emf.path(name);
        double sum = 0;
        if (value.isArray()) {
          for (JsonNode v : value) {
            sum += v.asDouble();
          }
        } else {
          sum = value.asDouble();
        }
        metrics.merge(name, sum, Double::sum);
      }
    }
  }

  private static OutputStream tee(OutputStream first, OutputStream second) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        first.write(b);
        second.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        first.write(b, off, len);
        second.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        first.flush();
        second.flush();
      }
    };
  }
}
