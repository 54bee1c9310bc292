package com.oom.benchmarks;

import com.oom.aws.client.AwsClients;
import com.oom.aws.client.AwsSettings;
import com.oom.aws.dynamo.OomTable;
import com.oom.aws.sqs.OomQueues;
import com.oom.catalogue.Setting;
import com.oom.catalogue.StoreDirectory;
import com.oom.catalogue.StoreDirectoryDocument;
import com.oom.catalogue.SuiteFunction;
import com.oom.tooling.emulator.MotoServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

  /** The floor, then every function of the catalogue with its sample event. */
  static final List<Case> CASES =
      Stream.concat(
              Stream.of(new Case(FLOOR, HelloHandler.class.getName(), "string:world")),
              Arrays.stream(SuiteFunction.values())
                  .map(
                      f ->
                          new Case(
                              f.handlerSimpleName(),
                              f.handlerClass(),
                              f.sampleEvent().orElse(JennyRequests.GENERATED))))
          .toList();

  /** One run's figures, as InvokeOnce printed them. */
  record Run(Map<String, String> values) {
    double number(String key) {
      String v = values.get(key);
      return v == null ? Double.NaN : Double.parseDouble(v);
    }
  }

  /** {@code --classpath full}: handlers get the thin jars instead of the shaded one. */
  private static boolean fullClasspath;

  /** Where generated events (signed webhook requests) and AOT caches are written. */
  private static Path workDir = Path.of("target");

  /** How a measured JVM is started: as Lambda does today, or with the handler's AOT cache. */
  enum Mode {
    NO_CACHE,
    AOT,
    /** No cache; the SnapStart hooks run between init and the event ({@code --priming}). */
    PRIMED
  }

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    int runs = 5;
    Path out = Path.of("target", "cold-start.md");
    String only = null;
    boolean aot = false;
    boolean priming = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only = args[++i];
        case "--classpath" -> fullClasspath = "full".equals(args[++i]);
        case "--aot" -> aot = true;
        case "--priming" -> priming = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Case> cases = new ArrayList<>();
    for (Case c : CASES) {
      if (only == null || c.name().equals(FLOOR) || c.name().equals(only)) {
        cases.add(c);
      }
    }

    // Plain moto ($MOTO_SERVER, else moto_server, else python3 -m moto.server): the figures are
    // measured against it, not against the tests' oom_moto.py.
    MotoServer moto =
        MotoServer.builder()
            .plainMoto()
            .log(out.toAbsolutePath().getParent().resolve("moto.log"))
            .start();
    SmsStub smsStub = SmsStub.start();
    try {
      URI endpoint = moto.endpoint();
      AwsClients clients = new AwsClients(AwsSettings.emulator(endpoint), List.of());
      OomTable.create(clients.dynamoDb(), TABLE);
      OomQueues.create(
          clients.sqs(),
          StoreDirectory.standardStores(
              "101=America/Winnipeg,202=America/Regina,303=America/Toronto"));

      Map<String, String> env = childEnvironment(endpoint, smsStub);
      workDir = out.toAbsolutePath().getParent();
      // One discarded launch per handler first: the jars come into the page cache and the first
      // runs' data (the order AgentApi reads) exists before anything is measured.
      for (Case c : cases) {
        runOnce(c, env, List.of());
      }
      Map<String, Path> caches = new LinkedHashMap<>();
      Map<String, Long> trainingMillis = new LinkedHashMap<>();
      if (aot) {
        // One training run per handler, on its own sample, writes the handler's AOT cache.
        for (Case c : cases) {
          Path cache =
              workDir.resolve("aot").resolve(c.name().replaceAll("[^A-Za-z]", "") + ".aot");
          Files.createDirectories(cache.getParent());
          Files.deleteIfExists(cache);
          long start = System.currentTimeMillis();
          runOnce(c, env, List.of("-XX:AOTCacheOutput=" + cache));
          trainingMillis.put(c.name(), System.currentTimeMillis() - start);
          if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run of " + c.name() + " wrote no cache");
          }
          caches.put(c.name(), cache);
          System.err.printf(
              Locale.ROOT,
              "trained %-24s %d ms, cache %d MB%n",
              c.name(),
              trainingMillis.get(c.name()),
              Files.size(cache) / (1024 * 1024));
        }
      }
      Map<Mode, Map<String, List<Run>>> results = new LinkedHashMap<>();
      List<Mode> modes = new ArrayList<>(List.of(Mode.NO_CACHE));
      if (aot) {
        modes.add(Mode.AOT);
      }
      if (priming) {
        modes.add(Mode.PRIMED);
      }
      for (Mode mode : modes) {
        Map<String, List<Run>> byCase = new LinkedHashMap<>();
        cases.forEach(c -> byCase.put(c.name(), new ArrayList<>()));
        results.put(mode, byCase);
      }
      // Runs interleave the handlers (and, with --aot, both modes of a handler), so a drift of
      // the machine spreads over all of them.
      for (int r = 1; r <= runs; r++) {
        for (Case c : cases) {
          for (Mode mode : results.keySet()) {
            if (mode == Mode.PRIMED && c.name().equals(FLOOR)) {
              continue; // nothing to prime, and no org.crac on its class path
            }
            List<String> extra =
                switch (mode) {
                  case NO_CACHE -> List.of();
                  case AOT -> List.of("-XX:AOTCache=" + caches.get(c.name()));
                  case PRIMED -> List.of("-D" + InvokeOnce.PRIME_PROPERTY + "=true");
                };
            Run run = runOnce(c, env, extra);
            results.get(mode).get(c.name()).add(run);
            System.err.printf(
                Locale.ROOT, "run %d/%d %-8s %-24s %s%n", r, runs, mode, c.name(), run.values());
          }
        }
      }
      String report = report(results, runs, trainingMillis, caches);
      System.out.println(report);
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, report);
      System.out.println("written to " + out.toAbsolutePath());
    } finally {
      smsStub.close();
      moto.close();
    }
  }

  static Map<String, String> childEnvironment(URI endpoint, SmsStub smsStub) throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put(Setting.TABLE.variable(), TABLE);
    // the store directory as a stage's layer carries it: a file the function reads at init
    Path stores = Files.createTempFile("oom-bench-stores", ".json");
    Files.writeString(
        stores,
        StoreDirectoryDocument.write(
            StoreDirectory.standardStores(
                "101=America/Winnipeg@MB,202=America/Regina@SK,303=America/Toronto@ON")));
    stores.toFile().deleteOnExit();
    env.put(Setting.STORE_DIRECTORY.variable(), stores.toString());
    env.put(Setting.AWS_ENDPOINT.variable(), endpoint.toString());
    env.put("AWS_REGION", "us-east-1");
    env.put(Setting.SMS_POOL_ID.variable(), "pool-bench");
    env.put(Setting.SMS_CONFIGURATION_SET.variable(), "bench");
    // A stub of End User Messaging that accepts every text (SmsStub): a send costs one round trip,
    // as it would in AWS, instead of connection-refused retries with back-off.
    env.put(Setting.SMS_ENDPOINT.variable(), smsStub.endpoint().toString());
    env.put(Setting.SERVICE_NAME.variable(), "oom-bench");
    env.put(Setting.METRICS_NAMESPACE.variable(), "OomBench");
    // The webhook's HMAC secret as tests and the local runner pass it; requests are signed with it.
    env.put(Setting.JENNY_SECRET.variable(), JennyRequests.TEST_SECRET);
    // The agent API's work-list cursor key, as the local runner passes it.
    env.put(Setting.CURSOR_SECRET.variable(), "oom-bench-work-list-cursor-key-not-a-secret");
    return env;
  }

  /**
   * One fresh JVM for {@code c}, with {@code extraFlags} (the AOT cache to write or to use) after
   * the Lambda-like flags.
   */
  static Run runOnce(Case c, Map<String, String> env, List<String> extraFlags)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    for (String flag : JVM_FLAGS) {
      // -Xshare:auto is the default; the JVM refuses it written out next to an AOT cache flag.
      if (extraFlags.isEmpty() || !flag.startsWith("-Xshare")) {
        command.add(flag);
      }
    }
    command.addAll(extraFlags);
    command.add("-cp");
    command.add(classpath(c));
    int launchIndex = command.size();
    command.add("");
    command.add(InvokeOnce.class.getName());
    command.add(c.handlerClass());
    command.add(
        c.event().equals(JennyRequests.GENERATED)
            ? JennyRequests.signedEvent(workDir.resolve("events")).toString()
            : c.event());
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
    // A training run ends by assembling the AOT cache, which takes longer than the run.
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
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
   * handler: the deployable (shaded) oom-handlers jar, as the function gets it, plus the harness
   * and the sample events. Every handler is a stream handler and reads its own event, so the
   * runtime's event serializer is not there either. Anything else on this JVM's class path (the
   * handlers' own dependency jars, junit) is left out.
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
              : harness || name.startsWith("oom-handlers-") || name.startsWith("oom-events-");
      if (wanted) {
        keep.add(harness ? harnessJar(entry) : entry);
      }
      shaded |= name.startsWith("oom-handlers-") && new File(entry).length() > 5_000_000;
    }
    // An unshaded oom-handlers (a build without the package phase): fall back to everything.
    return (shaded && !fullClasspath) || c.name().equals(FLOOR)
        ? String.join(File.pathSeparator, keep)
        : System.getProperty("java.class.path");
  }

  /**
   * The harness as a jar: an AOT cache (like a CDS archive) only covers classes from jars, and the
   * JVM refuses the cache when a non-empty directory is on the class path. {@code
   * ./benchmark-cold-start} installs the module first, so the jar next to target/classes is
   * current.
   */
  static String harnessJar(String entry) {
    Path path = Path.of(entry);
    if (!Files.isDirectory(path) || path.getParent() == null) {
      return entry;
    }
    try (var jars = Files.list(path.getParent())) {
      return jars.filter(
              p ->
                  p.getFileName().toString().startsWith("oom-benchmarks-")
                      && p.getFileName().toString().endsWith(".jar")
                      && !p.getFileName().toString().endsWith("-tests.jar"))
          .findFirst()
          .map(Path::toString)
          .orElse(entry);
    } catch (IOException e) {
      return entry;
    }
  }

  static String report(
      Map<Mode, Map<String, List<Run>>> byMode,
      int runs,
      Map<String, Long> trainingMillis,
      Map<String, Path> caches)
      throws IOException {
    Map<String, List<Run>> results = byMode.get(Mode.NO_CACHE);
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
    Map<String, List<Run>> aot = byMode.get(Mode.AOT);
    if (aot != null) {
      md.append("\n## With a JDK AOT cache (`-XX:AOTCache=<handler>.aot`)\n\n")
          .append(
              "Each cache was written by one training run of the handler on its sample"
                  + " (`-XX:AOTCacheOutput=…`, same flags and class path); measured in the same"
                  + " runs as the table above, each AOT run right after the handler's no-cache"
                  + " run.\n\n")
          .append(
              "| handler | no cache total ms | × floor | AOT total ms | × floor | AOT ÷ no cache |"
                  + " AOT init ms | AOT event ms | AOT first invoke ms | AOT peak RSS MB |"
                  + " training ms | cache MB |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Map.Entry<String, List<Run>> e : aot.entrySet()) {
        String name = e.getKey();
        double plain = median(results.get(name), "total_ms");
        double cached = median(e.getValue(), "total_ms");
        Path cache = caches.get(name);
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %.0f | %.1f | %.0f | %.1f | %.2f | %.0f | %.0f | %.0f | %.0f | %d | %.0f |%n",
                name,
                plain,
                Stats.ratio(plain, floor),
                cached,
                Stats.ratio(cached, floor),
                Stats.ratio(cached, plain),
                median(e.getValue(), "init_ms"),
                median(e.getValue(), "event_ms"),
                median(e.getValue(), "first_invoke_ms"),
                median(e.getValue(), "peak_rss_kb") / 1024,
                trainingMillis.getOrDefault(name, -1L),
                cache == null ? Double.NaN : Files.size(cache) / (1024.0 * 1024.0)));
      }
      md.append(
          "\nBoth × floor columns divide by the floor's **no-cache** total (the issue's floor is a"
              + " plain hello-world JVM). training ms = the training JVM's wall time, including"
              + " writing the cache.\n");
    }
    Map<String, List<Run>> primed = byMode.get(Mode.PRIMED);
    if (primed != null) {
      md.append("\n## SnapStart priming (org.crac `beforeCheckpoint` after init)\n\n")
          .append(
              "No cache. The primed runs call the registered org.crac hooks right after the"
                  + " constructor, as SnapStart does before the snapshot; their event and first"
                  + " invocation are what an environment restored from that snapshot still pays"
                  + " (plus the restore itself, which only Lambda can measure).\n\n")
          .append(
              "| handler | first invoke ms, not primed | priming ms | first invoke ms, primed |"
                  + " primed ÷ not primed | event ms, primed | outcome |\n")
          .append("|---|---:|---:|---:|---:|---:|---|\n");
      for (Map.Entry<String, List<Run>> e : primed.entrySet()) {
        if (e.getKey().equals(FLOOR)) {
          continue;
        }
        double plain = median(results.get(e.getKey()), "first_invoke_ms");
        double after = median(e.getValue(), "first_invoke_ms");
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %.0f | %.0f | %.0f | %.2f | %.0f | %s |%n",
                e.getKey(),
                plain,
                median(e.getValue(), "prime_ms"),
                after,
                Stats.ratio(after, plain),
                median(e.getValue(), "event_ms"),
                e.getValue().isEmpty()
                    ? ""
                    : e.getValue().get(e.getValue().size() - 1).values().get("outcome")));
      }
    }
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
}
