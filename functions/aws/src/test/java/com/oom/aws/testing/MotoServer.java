package com.oom.aws.testing;

import com.oom.aws.emulator.OomMoto;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One moto server per test JVM, on a free loopback port. Started on first use, reset between tests
 * through moto's reset API, stopped when the JVM ends (and by {@link MotoExtension} at the end of
 * the run).
 *
 * <p>moto's threaded server evaluates a conditional write and applies it in two steps without a
 * lock, so two concurrent conditional writes to one item can both succeed, which real DynamoDB
 * never allows. The server is therefore started with every request handled under one lock ({@link
 * OomMoto}, {@code --serialize-requests}): concurrent clients still connect at once, but each
 * request runs alone, so races in tests exercise the adapters' conditions as DynamoDB would. A
 * consequence: an SQS long poll would hold the lock, so tests receive with {@code
 * waitTimeSeconds(0)}.
 */
public final class MotoServer {
  private static MotoServer instance;

  private final Process process;
  private final URI endpoint;
  private final HttpClient http = HttpClient.newHttpClient();

  private MotoServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  public static synchronized MotoServer get() {
    if (instance == null || !instance.process.isAlive()) {
      instance = start();
    }
    return instance;
  }

  public URI endpoint() {
    return endpoint;
  }

  /** Forgets every table, queue and item. */
  public void reset() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("moto reset answered " + response.statusCode());
      }
    } catch (IOException e) {
      throw new IllegalStateException("moto reset failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  synchronized void stop() {
    process.destroy();
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static synchronized void stopIfRunning() {
    if (instance != null) {
      instance.stop();
      instance = null;
    }
  }

  private static MotoServer start() {
    List<String> failures = new ArrayList<>();
    for (List<String> launcher : launchers()) {
      try {
        return start(launcher);
      } catch (IllegalStateException failed) {
        failures.add(
            String.join(" ", launcher.subList(0, Math.min(2, launcher.size())))
                + ": "
                + failed.getMessage());
      }
    }
    throw new IllegalStateException(missingMotoMessage() + "\n" + String.join("\n", failures));
  }

  private static MotoServer start(List<String> launcher) {
    int port = freePort();
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
    try {
      Path log = Files.createTempFile("moto-", ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
      server.awaitReady(log);
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("could not run " + launcher.getFirst() + ": " + e, e);
    }
  }

  /**
   * {@link OomMoto} on {@code python3} first, serialized; should that Python not have moto, plain
   * {@code moto_server} from the PATH (whose concurrent conditional writes are not atomic).
   */
  private static List<List<String>> launchers() {
    List<List<String>> launchers = new ArrayList<>();
    OomMoto.command(true).ifPresent(launchers::add);
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "moto_server"))) {
        launchers.add(List.of(Path.of(dir, "moto_server").toString()));
        break;
      }
    }
    return launchers;
  }

  private void awaitReady(Path log) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("moto exited with: " + Files.readString(log).strip());
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(endpoint.resolve("/moto-api/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    stop();
    throw new IllegalStateException("moto did not start within 60 s; its log: " + log);
  }

  private static String missingMotoMessage() {
    return "Could not start the moto AWS emulator (looked for `moto_server` on the PATH, then"
        + " `python3 -m moto.server`). Install it with: pip install \"moto[server]\"";
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }
}
