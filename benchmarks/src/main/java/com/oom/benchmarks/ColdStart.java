package com.oom.benchmarks;

import com.oom.aws.client.AwsClients;
import com.oom.aws.client.AwsSettings;
import com.oom.aws.dynamo.OomTable;
import com.oom.aws.sqs.OomQueues;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cold-start benchmark (benchmarks/README.md): starts moto once, creates the table and queues,
 * then for each handler and each run launches a fresh JVM with Lambda-like flags running {@link
 * InvokeOnce}, and reports medians, the ratio to the hello-world floor and peak RSS.
 *
 * <p>Arguments: {@code --runs N} (default 5), {@code --out FILE} (default target/cold-start.md),
 * {@code --only NAME} (one handler, plus the floor).
 */
public final class ColdStart {
  /** The flags of the java runtime of a 512 MB function (heap as Lambda sizes it). */
  static final List<String> JVM_FLAGS =
      List.of(
          "-XX:+TieredCompilation",
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xmx400m",
          "-Xshare:auto");

  static final String TABLE = "oom-bench";
  static final String FLOOR = "hello-world (floor)";

  /** A handler and its representative sample event. */
  record Case(String name, String handlerClass, String event) {}

  static final List<Case> CASES =
      List.of(
          new Case(FLOOR, HelloHandler.class.getName(), "string:world"),
          new Case(
              "OrderFeedHandler",
              "com.oom.handlers.orderfeed.OrderFeedHandler",
              "lambda/sqs/oom-order-feed.json"),
          new Case(
              "ConfirmationFeedHandler",
              "com.oom.handlers.confirmations.ConfirmationFeedHandler",
              "lambda/sqs/oom-confirmations.json"),
          new Case(
              "SmsInboundHandler",
              "com.oom.handlers.smsinbound.SmsInboundHandler",
              "lambda/sqs/oom-sms-inbound.json"),
          new Case(
              "SmsSenderHandler",
              "com.oom.handlers.smssender.SmsSenderHandler",
              "lambda/sqs/oom-sms-requests.json"),
          new Case(
              "DailyPlanHandler",
              "com.oom.handlers.schedule.DailyPlanHandler",
              "lambda/scheduler/daily-plan-start-of-day-101.json"),
          new Case(
              "TimerSweepHandler",
              "com.oom.handlers.schedule.TimerSweepHandler",
              "lambda/scheduler/timer-sweep.json"),
          new Case(
              "AgentApiHandler",
              "com.oom.handlers.api.AgentApiHandler",
              "lambda/http/get-order-as-agent.json"));

  /** One run's figures, as InvokeOnce printed them. */
  record Run(Map<String, String> values) {
    double number(String key) {
      String v = values.get(key);
      return v == null ? Double.NaN : Double.parseDouble(v);
    }
  }

  /** {@code --classpath full}: handlers get the thin jars instead of the shaded one. */
  private static boolean fullClasspath;

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    int runs = 5;
    Path out = Path.of("target", "cold-start.md");
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only = args[++i];
        case "--classpath" -> fullClasspath = "full".equals(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Case> cases = new ArrayList<>();
    for (Case c : CASES) {
      if (only == null || c.name().equals(FLOOR) || c.name().equals(only)) {
        cases.add(c);
      }
    }

    int port = freePort();
    Process moto = startMoto(port, out.toAbsolutePath().getParent());
    try {
      URI endpoint = URI.create("http://127.0.0.1:" + port);
      awaitPort(port, 30_000);
      AwsClients clients = new AwsClients(AwsSettings.emulator(endpoint), List.of());
      OomTable.create(clients.dynamoDb(), TABLE);
      OomQueues.create(clients.sqs(), List.of("101", "202", "303"));

      Map<String, String> env = childEnvironment(endpoint);
      Map<String, List<Run>> results = new LinkedHashMap<>();
      cases.forEach(c -> results.put(c.name(), new ArrayList<>()));
      // Runs interleave the handlers, so a drift of the machine spreads over all of them.
      for (int r = 1; r <= runs; r++) {
        for (Case c : cases) {
          Run run = runOnce(c, env);
          results.get(c.name()).add(run);
          System.err.printf(Locale.ROOT, "run %d/%d %-24s %s%n", r, runs, c.name(), run.values());
        }
      }
      String report = report(results, runs);
      System.out.println(report);
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, report);
      System.out.println("written to " + out.toAbsolutePath());
    } finally {
      moto.destroy();
      if (!moto.waitFor(5, TimeUnit.SECONDS)) {
        moto.destroyForcibly();
      }
    }
  }

  static Map<String, String> childEnvironment(URI endpoint) throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("OOM_TABLE", TABLE);
    env.put("OOM_STORES", "101=America/Winnipeg,202=America/Regina,303=America/Toronto");
    env.put("OOM_AWS_ENDPOINT", endpoint.toString());
    env.put("AWS_REGION", "us-east-1");
    env.put("OOM_SMS_POOL_ID", "pool-bench");
    env.put("OOM_SMS_CONFIGURATION_SET", "bench");
    // Nothing listens there: a function that sends in its sample records a failed send.
    env.put("OOM_SMS_ENDPOINT", "http://127.0.0.1:" + freePort());
    env.put("POWERTOOLS_SERVICE_NAME", "oom-bench");
    env.put("POWERTOOLS_METRICS_NAMESPACE", "OomBench");
    return env;
  }

  static Run runOnce(Case c, Map<String, String> env) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(classpath(c));
    int launchIndex = command.size();
    command.add("");
    command.add(InvokeOnce.class.getName());
    command.add(c.handlerClass());
    command.add(c.event());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    command.set(launchIndex, "-D" + InvokeOnce.LAUNCH_PROPERTY + "=" + System.currentTimeMillis());
    builder.command(command);
    Process process = builder.start();
    Deque<String> tail = new ArrayDeque<>();
    Map<String, String> values = new LinkedHashMap<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith(InvokeOnce.PREFIX)) {
          for (String pair : line.substring(InvokeOnce.PREFIX.length()).split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
          }
        } else {
          tail.addLast(line);
          if (tail.size() > 30) {
            tail.removeFirst();
          }
        }
      }
    }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    if (values.isEmpty()) {
      throw new IllegalStateException(
          c.name() + " printed no figures; its last output:\n" + String.join("\n", tail));
    }
    return new Run(values);
  }

  /**
   * What the child JVM sees. The floor: the harness classes and the Lambda interface only. A
   * handler: the deployable (shaded) oom-handlers jar, as the function gets it, plus the harness,
   * the sample events and the runtime's event serializer (EventLoader). Anything else on this JVM's
   * class path (the handlers' own dependency jars, junit) is left out.
   */
  static String classpath(Case c) {
    List<String> keep = new ArrayList<>();
    boolean shaded = false;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean harness =
          entry.endsWith("benchmarks" + File.separator + "target" + File.separator + "classes")
              || name.startsWith("oom-benchmarks");
      boolean wanted =
          c.name().equals(FLOOR)
              ? harness || name.startsWith("aws-lambda-java-core-")
              : harness
                  || name.startsWith("oom-handlers-")
                  || name.startsWith("oom-events-")
                  || name.startsWith("aws-lambda-java-tests-")
                  || name.startsWith("aws-lambda-java-serialization-");
      if (wanted) {
        keep.add(entry);
      }
      shaded |= name.startsWith("oom-handlers-") && new File(entry).length() > 5_000_000;
    }
    // An unshaded oom-handlers (a build without the package phase): fall back to everything.
    return (shaded && !fullClasspath) || c.name().equals(FLOOR)
        ? String.join(File.pathSeparator, keep)
        : System.getProperty("java.class.path");
  }

  static String report(Map<String, List<Run>> results, int runs) {
    double floor = median(results.get(FLOOR), "total_ms");
    StringBuilder md = new StringBuilder();
    md.append("# Cold starts\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "%s, %d runs each, median; %d cores; java %s; flags `%s`%n%n",
                Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC",
                runs,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                String.join(" ", JVM_FLAGS)))
        .append(
            "| handler | JVM boot ms | init ms | event ms | first invoke ms | total ms |"
                + " × floor | peak RSS MB | outcome |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    results.forEach(
        (name, list) -> {
          double total = median(list, "total_ms");
          md.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f | %.0f | %s |%n",
                  name,
                  median(list, "boot_ms"),
                  median(list, "init_ms"),
                  median(list, "event_ms"),
                  median(list, "first_invoke_ms"),
                  total,
                  Stats.ratio(total, floor),
                  median(list, "peak_rss_kb") / 1024,
                  list.isEmpty() ? "" : list.get(list.size() - 1).values().get("outcome")));
        });
    md.append(
        "\ntotal = from just before the JVM is launched to the end of the first invocation;"
            + " × floor = total / the floor's total.\n");
    return md.toString();
  }

  private static double median(List<Run> runs, String key) {
    List<Double> values = new ArrayList<>();
    for (Run run : runs) {
      double v = run.number(key);
      if (!Double.isNaN(v)) {
        values.add(v);
      }
    }
    return Stats.median(values);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Process startMoto(int port, Path logDir) throws IOException {
    List<String> command = new ArrayList<>();
    String explicit = System.getenv("MOTO_SERVER");
    Path shim = Path.of(System.getProperty("user.home"), ".pyenv", "shims", "moto_server");
    if (explicit != null && !explicit.isBlank()) {
      command.add(explicit);
    } else if (onPath("moto_server")) {
      command.add("moto_server");
    } else if (Files.isExecutable(shim)) {
      command.add(shim.toString());
    } else {
      command.addAll(List.of("python3", "-m", "moto.server"));
    }
    command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
    Files.createDirectories(logDir);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(logDir.resolve("moto.log").toFile())
        .start();
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static void awaitPort(int port, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("moto did not start on port " + port);
  }
}
