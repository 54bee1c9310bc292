package com.oom.local;

import com.oom.aws.emulator.OomMoto;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A moto server (the AWS emulator) this runner starts and stops. */
final class MotoProcess implements AutoCloseable {
  private final Process process;
  private final URI endpoint;

  private MotoProcess(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  static MotoProcess start(int port) throws IOException, InterruptedException {
    // Not serialized: the event sources long-poll SQS, as Lambda does.
    List<String> command = new ArrayList<>(OomMoto.command(false).orElseGet(MotoProcess::launcher));
    command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
    Path log = Files.createTempFile("oom-local-moto-", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    MotoProcess moto = new MotoProcess(process, URI.create("http://127.0.0.1:" + port));
    moto.awaitReady(log);
    return moto;
  }

  URI endpoint() {
    return endpoint;
  }

  private static List<String> launcher() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "moto_server");
      if (Files.isExecutable(candidate)) {
        return List.of(candidate.toString());
      }
    }
    Path pyenv = Path.of(System.getProperty("user.home"), ".pyenv", "shims", "moto_server");
    if (Files.isExecutable(pyenv)) {
      return List.of(pyenv.toString());
    }
    return List.of("python3", "-m", "moto.server");
  }

  private void awaitReady(Path log) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "moto could not start (install it with: pip install \"moto[server]\"); its output:\n"
                + Files.readString(log));
      }
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(endpoint.resolve("/moto-api/")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    close();
    throw new IOException("moto did not start within 60 s; log: " + log);
  }

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
}
