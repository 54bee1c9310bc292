package com.oom.aws.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How to start moto, the AWS emulator the tests and the local runner use, through {@code
 * oom_moto.py}: moto's own server with the costs that grow with the table and the queues taken out
 * (see the script). Never used on AWS.
 */
public final class OomMoto {
  private static final String SCRIPT = "/com/oom/aws/emulator/oom_moto.py";

  private OomMoto() {}

  /**
   * The command that starts the server on {@code python3}, if that Python has moto; then append
   * moto_server's flags ({@code -H host -p port}).
   *
   * @param serializeRequests one request at a time, so concurrent conditional writes are atomic as
   *     in DynamoDB (clients must then not long-poll SQS)
   */
  public static Optional<List<String>> command(boolean serializeRequests) {
    if (!pythonHasMoto()) {
      return Optional.empty();
    }
    try {
      Path script = Files.createTempFile("oom_moto", ".py");
      script.toFile().deleteOnExit();
      try (InputStream in = OomMoto.class.getResourceAsStream(SCRIPT)) {
        if (in == null) {
          throw new IllegalStateException(SCRIPT + " is missing from the class path");
        }
        Files.write(script, in.readAllBytes());
      }
      return Optional.of(
          serializeRequests
              ? List.of("python3", script.toString(), "--serialize-requests")
              : List.of("python3", script.toString()));
    } catch (IOException e) {
      throw new IllegalStateException("could not write " + SCRIPT + " to a temporary file", e);
    }
  }

  private static boolean pythonHasMoto() {
    try {
      Process probe =
          new ProcessBuilder("python3", "-c", "import moto.server, moto.dynamodb.models.table")
              .redirectErrorStream(true)
              .start();
      probe.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
