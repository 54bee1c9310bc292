package com.oom.tooling.emulator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one way to start moto, the AWS emulator of the tests, the local runner and the cold-start
 * benchmark. Never used on AWS (the deployable jar does not contain it: {@code ShadedJarIT}).
 *
 * <p>By default moto runs through {@code oom_moto.py}, moto's own server with the costs that grow
 * with the table and the queues taken out (see the script), on the first {@code python3} that has
 * moto: on the PATH in order, then {@code ~/.pyenv/shims/python3} (the PATH's first {@code python3}
 * may be the system's, without moto). Should there be none, or should the wrapper fail to start,
 * plain moto is tried instead: {@code $MOTO_SERVER}, then {@code moto_server} on the PATH, then
 * {@code ~/.pyenv/shims/moto_server}, then {@code python3 -m moto.server}. {@link
 * Builder#plainMoto()} skips the wrapper (the benchmark measures against plain moto).
 *
 * <p>Tests share one server per JVM ({@link #get()}, reset between tests by {@link
 * EmulatorExtension}; {@link Emulators} hands it to them unless {@code -Doom.emulator=localstack}).
 * moto's threaded server evaluates a conditional write and applies it in two steps without a lock,
 * so two concurrent conditional writes to one item can both succeed, which real DynamoDB never
 * allows. The shared server is therefore started with every request handled under one lock ({@link
 * Builder#serializeRequests()}): concurrent clients still connect at once, but each request runs
 * alone, so races in tests exercise the adapters' conditions as DynamoDB would. A consequence: an
 * SQS long poll would hold the lock, so tests receive with {@code waitTimeSeconds(0)}. The local
 * runner's server is not serialized: its event sources long-poll SQS, as Lambda does.
 *
 * <p>Every server is stopped by {@link #close()} and, should that not happen, when the JVM ends.
 */
public final class MotoServer implements Emulator {
  private static final String SCRIPT = "/com/oom/tooling/emulator/oom_moto.py";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private static MotoServer shared;
  private static Optional<String> pythonWithMoto;
  private static Path wrapperScript;

  private final Process process;
  private final List<String> command;
  private final URI endpoint;
  private final HttpClient http = HttpClient.newHttpClient();

  private MotoServer(Process process, List<String> command, URI endpoint) {
    this.process = process;
    this.command = List.copyOf(command);
    this.endpoint = endpoint;
  }

  /**
   * The test JVM's shared server: serialized, on a free loopback port, started on first use (and
   * again should it have died).
   */
  public static synchronized MotoServer get() {
    if (shared == null || !shared.process.isAlive()) {
      shared = builder().serializeRequests().start();
    }
    return shared;
  }

  static synchronized void stopSharedIfRunning() {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** How a server is started; {@link #start()} returns once it answers. */
  public static final class Builder {
    private int port;
    private boolean serializeRequests;
    private boolean plainMoto;
    private Path log;

    private Builder() {}

    /** The loopback port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * One request at a time, so concurrent conditional writes are atomic as in DynamoDB (clients
     * must then not long-poll SQS). Only the wrapper can; plain moto cannot.
     */
    public Builder serializeRequests() {
      this.serializeRequests = true;
      return this;
    }

    /** Plain moto, without {@code oom_moto.py}. */
    public Builder plainMoto() {
      this.plainMoto = true;
      return this;
    }

    /** Where moto's output goes; a new temporary file by default. */
    public Builder log(Path log) {
      this.log = log;
      return this;
    }

    /**
     * Starts moto with the first launcher that works.
     *
     * @throws IllegalStateException if none does, with what each said
     */
    public MotoServer start() {
      List<String> failures = new ArrayList<>();
      for (List<String> launcher : launchers(serializeRequests && !plainMoto, plainMoto)) {
        try {
          MotoServer server = MotoServer.start(launcher, port == 0 ? freePort() : port, log);
          if (!failures.isEmpty()) {
            System.err.println(
                "moto: started with "
                    + String.join(" ", launcher)
                    + " after:\n"
                    + String.join("\n", failures));
          }
          return server;
        } catch (IllegalStateException failed) {
          failures.add(String.join(" ", launcher) + ": " + failed.getMessage());
        }
      }
      throw new IllegalStateException(
          "Could not start the moto AWS emulator. Install it with: pip install \"moto[server]\"\n"
              + String.join("\n", failures));
    }
  }

  @Override
  public URI endpoint() {
    return endpoint;
  }

  /** The command that started this server. */
  List<String> command() {
    return command;
  }

  /** Forgets every table, queue and item. */
  @Override
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

  /** Stops the server (also from a shutdown hook; a second call does nothing). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /**
   * {@code oom_moto.py} as a file, for {@code <python> <script> [--serialize-requests] -H host -p
   * port}; written once per JVM from the class path.
   */
  public static synchronized Path wrapperScript() {
    if (wrapperScript == null) {
      try {
        Path script = Files.createTempFile("oom_moto", ".py");
        script.toFile().deleteOnExit();
        try (InputStream in = MotoServer.class.getResourceAsStream(SCRIPT)) {
          if (in == null) {
            throw new IllegalStateException(SCRIPT + " is missing from the class path");
          }
          Files.write(script, in.readAllBytes());
        }
        wrapperScript = script;
      } catch (IOException e) {
        throw new IllegalStateException("could not write " + SCRIPT + " to a temporary file", e);
      }
    }
    return wrapperScript;
  }

  /**
   * The first {@code python3} that can import moto's server (the wrapper needs it): on the PATH in
   * order, then {@code ~/.pyenv/shims/python3}.
   */
  public static synchronized Optional<String> pythonWithMoto() {
    if (pythonWithMoto == null) {
      List<Path> candidates = new ArrayList<>(onPath("python3"));
      candidates.add(Path.of(System.getProperty("user.home"), ".pyenv", "shims", "python3"));
      pythonWithMoto =
          candidates.stream()
              .filter(Files::isExecutable)
              .distinct()
              .filter(MotoServer::hasMoto)
              .map(Path::toString)
              .findFirst();
    }
    return pythonWithMoto;
  }

  private static List<List<String>> launchers(boolean serializeRequests, boolean plainMoto) {
    List<List<String>> launchers = new ArrayList<>();
    Optional<String> python = pythonWithMoto();
    if (!plainMoto && python.isPresent()) {
      launchers.add(
          serializeRequests
              ? List.of(python.get(), wrapperScript().toString(), "--serialize-requests")
              : List.of(python.get(), wrapperScript().toString()));
    }
    String explicit = System.getenv("MOTO_SERVER");
    if (explicit != null && !explicit.isBlank()) {
      launchers.add(List.of(explicit));
    }
    onPath("moto_server").stream()
        .findFirst()
        .ifPresent(found -> launchers.add(List.of(found.toString())));
    Path shim = Path.of(System.getProperty("user.home"), ".pyenv", "shims", "moto_server");
    if (Files.isExecutable(shim)) {
      launchers.add(List.of(shim.toString()));
    }
    launchers.add(List.of(python.orElse("python3"), "-m", "moto.server"));
    return launchers;
  }

  private static MotoServer start(List<String> launcher, int port, Path log) {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
    try {
      Path output = log != null ? log : Files.createTempFile("moto-" + port + "-", ".log");
      if (output.getParent() != null) {
        Files.createDirectories(output.getParent());
      }
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      MotoServer server = new MotoServer(process, command, URI.create("http://127.0.0.1:" + port));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "moto-stop"));
      server.awaitReady(output);
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("could not run " + launcher.getFirst() + ": " + e, e);
    }
  }

  private void awaitReady(Path log) throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
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
        close();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException(
        "moto did not start within " + START_TIMEOUT.toSeconds() + " s; its log: " + log);
  }

  private static boolean hasMoto(Path python) {
    try {
      Process probe =
          new ProcessBuilder(
                  python.toString(), "-c", "import moto.server, moto.dynamodb.models.table")
              .redirectErrorStream(true)
              .start();
      probe.getInputStream().transferTo(OutputStream.nullOutputStream());
      if (!probe.waitFor(60, TimeUnit.SECONDS)) {
        probe.destroyForcibly();
        return false;
      }
      return probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Every {@code program} on the PATH, in order. */
  private static List<Path> onPath(String program) {
    List<Path> found = new ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        found.add(Path.of(dir, program));
      }
    }
    return found;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }
}
