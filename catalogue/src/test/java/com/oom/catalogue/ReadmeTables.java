package com.oom.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The README's tables of functions, queues and routes, rendered from the catalogue. Each stands in
 * the README between {@code <!-- catalogue:NAME -->} and {@code <!-- /catalogue:NAME -->}; a test
 * fails when the README differs, and {@link #main} rewrites it.
 */
public final class ReadmeTables {
  private ReadmeTables() {}

  /** The tables by marker name, in README order. */
  public static List<Table> tables() {
    return List.of(
        new Table("functions", functions()),
        new Table("queues", queues()),
        new Table("routes", routes()),
        new Table("settings", settings()));
  }

  /** A generated block of the README. */
  public record Table(String name, String markdown) {
    public String begin() {
      return "<!-- catalogue:" + name + " -->";
    }

    public String end() {
      return "<!-- /catalogue:" + name + " -->";
    }
  }

  static String functions() {
    StringBuilder out = new StringBuilder();
    out.append("| function | handler | trigger | memory, timeout | does |\n");
    out.append("|---|---|---|---|---|\n");
    for (SuiteFunction f : SuiteFunction.values()) {
      out.append(
          "| `%s` | `%s` | %s | %d MB, %s | %s |\n"
              .formatted(
                  f.functionName(),
                  f.handlerClass().substring(SuiteFunction.HANDLER_PACKAGE.length()),
                  trigger(f),
                  f.memoryMb(),
                  seconds(f.timeout().toSeconds()),
                  f.does()));
    }
    return out.toString();
  }

  static String queues() {
    StringBuilder out = new StringBuilder();
    out.append("| queue | read by | messages | visibility timeout | to its DLQ after |\n");
    out.append("|---|---|---|---|---|\n");
    for (SuiteQueue q : Queues.all(StoreDirectory.standardStores("storeId=UTC"))) {
      out.append(
          "| `%s` | %s | %s | %s | %d receives |\n"
              .formatted(
                  q.name().replace("-storeId.", "-{storeId}."),
                  q.consumer().map(f -> "`" + f.functionName() + "`").orElse(q.readBy()),
                  q.schemas().stream().map(s -> "`" + s + "`").collect(Collectors.joining(", ")),
                  seconds(q.visibilityTimeout().toSeconds()),
                  q.maxReceiveCount()));
    }
    return out.toString();
  }

  static String routes() {
    StringBuilder out = new StringBuilder();
    out.append("| route | who may call it | function | answers |\n");
    out.append("|---|---|---|---|\n");
    for (Route r : Routes.all()) {
      out.append(
          "| `%s` | %s | `%s` | %s |\n"
              .formatted(
                  r.routeKey(),
                  r.access().roles(),
                  r.function().functionName(),
                  r.statuses().stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }
    return out.toString();
  }

  static String settings() {
    StringBuilder out = new StringBuilder();
    out.append("| variable | meaning | set on AWS by | read by |\n");
    out.append("|---|---|---|---|\n");
    for (Setting setting : Setting.values()) {
      out.append(
          "| `%s` | %s | %s | %s |\n"
              .formatted(
                  setting.variable(),
                  setting.meaning(),
                  switch (setting.source()) {
                    case STACK -> "the CDK app, from what it deploys";
                    case STAGE -> "the CDK app, from the stage's configuration";
                    case EMULATOR -> "nobody: emulators and tests only";
                    case DEFAULTED -> "nobody: the function's default unless an operator sets it";
                  },
                  java.util.Arrays.stream(SuiteFunction.values())
                      .filter(f -> f.settings().contains(setting))
                      .map(SuiteFunction::slug)
                      .collect(Collectors.joining(", "))));
    }
    return out.toString();
  }

  private static String trigger(SuiteFunction function) {
    return switch (function.trigger()) {
      case Trigger.QueueTrigger q ->
          "SQS `%s`, batches of %d".formatted(q.queueName(), q.batchSize());
      case Trigger.ScheduleTrigger s ->
          function == SuiteFunction.TIMER_SWEEP
              ? "Scheduler, every %d min".formatted(Schedules.SWEEP_EVERY.toMinutes())
              : "Scheduler, per store in its zone: at opening, %d min before closing"
                  .formatted(Schedules.BEFORE_CLOSING.toMinutes());
      case Trigger.HttpTrigger h ->
          Routes.servedBy(function).stream()
              .map(r -> "`" + r.routeKey() + "`")
              .collect(Collectors.joining(", "))
              .transform(routes -> routes.length() > 60 ? "HTTP API, the routes below" : routes);
    };
  }

  private static String seconds(long seconds) {
    return seconds % 60 == 0 && seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
  }

  /** The README with every table replaced by the catalogue's. */
  public static String render(String readme) {
    String result = readme;
    for (Table table : tables()) {
      int begin = result.indexOf(table.begin());
      int end = result.indexOf(table.end());
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException("the README has no block " + table.begin());
      }
      result =
          result.substring(0, begin + table.begin().length())
              + "\n"
              + table.markdown()
              + result.substring(end);
    }
    return result;
  }

  /**
   * Rewrites the README given as the argument (default: ../README.md from this module); a test
   * class, so the deployable jar does not carry it.
   */
  public static void main(String[] args) throws IOException {
    Path readme = Path.of(args.length > 0 ? args[0] : "../README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Files.writeString(readme, render(text), StandardCharsets.UTF_8);
  }
}
