package com.oom.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start, in the JVM {@link ColdStart} launched for it: wires the handler through its
 * no-argument constructor (init), reads the sample event, invokes once, and prints one line {@code
 * OOM-BENCH boot_ms=… init_ms=… event_ms=… first_invoke_ms=… total_ms=… peak_rss_kb=… outcome=…}.
 *
 * <p>{@code boot_ms} runs from the launch timestamp the parent passes as {@value #LAUNCH_PROPERTY}
 * (taken just before it started this process) to {@code main}; {@code total_ms} from that timestamp
 * to the end of the first invocation. Neither JMX nor anything else is loaded for the measurement.
 */
public final class InvokeOnce {
  static final String LAUNCH_PROPERTY = "oom.bench.launchMillis";
  static final String PREFIX = "OOM-BENCH ";

  /**
   * {@code -Doom.bench.prime=true}: after the constructor, run the org.crac {@code
   * beforeCheckpoint} hooks as Lambda SnapStart does before it takes the snapshot ({@code
   * prime_ms}); the event and the first invocation then measure what a restored environment still
   * pays.
   */
  static final String PRIME_PROPERTY = "oom.bench.prime";

  private InvokeOnce() {}

  public static void main(String[] args) throws Exception {
    long mainMillis = System.currentTimeMillis();
    long launchMillis = Long.getLong(LAUNCH_PROPERTY, mainMillis);
    String handlerClass = args[0];
    String event = args[1];

    long t0 = System.nanoTime();
    Object handler = Class.forName(handlerClass).getDeclaredConstructor().newInstance();
    long t1 = System.nanoTime();
    long primeNanos = 0;
    if (Boolean.getBoolean(PRIME_PROPERTY)) {
      Priming.beforeCheckpoint();
      primeNanos = System.nanoTime() - t1;
      t1 = System.nanoTime();
    }
    Context context = new BenchContext(handlerClass.substring(handlerClass.lastIndexOf('.') + 1));
    Object answer;
    long t2;
    // As the Lambda runtime does: a RequestStreamHandler gets the event's bytes, whatever else the
    // class implements; only a plain RequestHandler gets an object from the runtime's serializer.
    if (handler instanceof RequestStreamHandler stream) {
      byte[] bytes = resource(event);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t2 = System.nanoTime();
      stream.handleRequest(new ByteArrayInputStream(bytes), out, context);
      answer = out;
    } else {
      Object input = load(event);
      t2 = System.nanoTime();
      @SuppressWarnings("unchecked")
      RequestHandler<Object, Object> typed = (RequestHandler<Object, Object>) handler;
      answer = typed.handleRequest(input, context);
    }
    long t3 = System.nanoTime();
    long endMillis = System.currentTimeMillis();
    String outcome =
        answer instanceof ByteArrayOutputStream bytes
            ? Outcomes.describeJson(bytes.toString(StandardCharsets.UTF_8))
            : String.valueOf(answer).replace(' ', '_');
    System.out.println(
        PREFIX
            + "boot_ms="
            + (mainMillis - launchMillis)
            + " init_ms="
            + millis(t1 - t0)
            + (primeNanos > 0 ? " prime_ms=" + millis(primeNanos) : "")
            + " event_ms="
            + millis(t2 - t1)
            + " first_invoke_ms="
            + millis(t3 - t2)
            + " total_ms="
            + (endMillis - launchMillis)
            + " peak_rss_kb="
            + peakRssKb()
            + " outcome="
            + outcome);
    System.out.flush();
    // Powertools or the SDK may leave non-daemon threads behind; the measurement is done.
    System.exit(0);
  }

  private static String millis(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
  }

  /**
   * The input of a plain {@code RequestHandler}: only the floor is one, and it takes a string. The
   * functions are stream handlers and read their events themselves.
   */
  private static Object load(String event) {
    if (event.startsWith("string:")) {
      return event.substring("string:".length());
    }
    throw new IllegalArgumentException(
        "a plain RequestHandler can only take a string: here; "
            + event
            + " needs a stream handler");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = InvokeOnce.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        return Files.readAllBytes(Path.of(name));
      }
      return in.readAllBytes();
    }
  }

  /** VmHWM from /proc/self/status (peak resident set), or -1 where there is no procfs. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
