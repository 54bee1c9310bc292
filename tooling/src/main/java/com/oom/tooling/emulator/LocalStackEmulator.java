package com.oom.tooling.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * LocalStack in a Docker container (Testcontainers), the integration tests' emulator with {@code
 * -Doom.emulator=localstack}: one container per test JVM, started on first use.
 *
 * <p>The image is pinned to {@value #DEFAULT_IMAGE}, the last LocalStack release that starts
 * without an account; {@code -Doom.localstack.image} picks another. Images released since March
 * 2026 refuse to start without an auth token: {@value #AUTH_TOKEN} is passed from the environment
 * to the container whenever it is set.
 *
 * <p>Reset between tests: LocalStack's {@code POST /_localstack/state/reset} where the image has
 * it; otherwise (it answers 404 on the free 4.x images) {@link ResourceWipe} deletes every bus,
 * queue, secret and table in the region.
 */
public final class LocalStackEmulator implements Emulator {
  public static final String IMAGE_PROPERTY = "oom.localstack.image";
  public static final String DEFAULT_IMAGE = "localstack/localstack:4.14.0";
  public static final String AUTH_TOKEN = "LOCALSTACK_AUTH_TOKEN";

  private static LocalStackEmulator shared;
  private static Boolean dockerReachable;

  private final LocalStackContainer container;
  private final HttpClient http = HttpClient.newHttpClient();
  private boolean resetEndpoint = true;

  private LocalStackEmulator(LocalStackContainer container) {
    this.container = container;
  }

  /**
   * Whether Testcontainers finds a Docker engine (asked once per JVM). Where nothing points at one
   * — no {@code DOCKER_HOST}, no {@code ~/.testcontainers.properties}, none of the usual sockets —
   * the answer is no without asking Testcontainers, whose search would log an error per strategy.
   */
  static synchronized boolean dockerReachable() {
    if (dockerReachable == null) {
      dockerReachable =
          dockerConfigured(System.getenv(), Path.of(System.getProperty("user.home")))
              && DockerClientFactory.instance().isDockerAvailable();
    }
    return dockerReachable;
  }

  /** Whether anything on this machine names or offers a Docker engine. */
  static boolean dockerConfigured(Map<String, String> env, Path home) {
    if (!env.getOrDefault("DOCKER_HOST", "").isBlank()
        || !System.getProperty("docker.host", "").isBlank()
        || Files.exists(home.resolve(".testcontainers.properties"))) {
      return true;
    }
    List<Path> sockets = new ArrayList<>();
    sockets.add(Path.of("/var/run/docker.sock"));
    String runtime = env.getOrDefault("XDG_RUNTIME_DIR", "");
    if (!runtime.isBlank()) {
      sockets.add(Path.of(runtime, "docker.sock"));
    }
    sockets.add(home.resolve(".docker/run/docker.sock"));
    sockets.add(home.resolve(".docker/desktop/docker.sock"));
    sockets.add(home.resolve(".colima/default/docker.sock"));
    sockets.add(home.resolve(".rd/docker.sock"));
    return sockets.stream().anyMatch(Files::exists);
  }

  /** The test JVM's container, started on first use (and again should it have stopped). */
  static synchronized LocalStackEmulator shared() {
    if (shared == null || !shared.container.isRunning()) {
      shared = start(image());
    }
    return shared;
  }

  static synchronized void stopSharedIfRunning() {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  /** {@code -Doom.localstack.image}, or {@value #DEFAULT_IMAGE} when absent or blank. */
  static String image() {
    String image = System.getProperty(IMAGE_PROPERTY, "");
    return image.isBlank() ? DEFAULT_IMAGE : image.strip();
  }

  /**
   * Starts a container of {@code image} and waits until LocalStack is ready.
   *
   * @throws IllegalStateException if it does not start, saying whether an auth token was given
   */
  static LocalStackEmulator start(String image) {
    LocalStackContainer container =
        new LocalStackContainer(
            DockerImageName.parse(image).asCompatibleSubstituteFor("localstack/localstack"));
    String token = System.getenv(AUTH_TOKEN);
    boolean withToken = token != null && !token.isBlank();
    if (withToken) {
      container.withEnv(AUTH_TOKEN, token);
    }
    try {
      container.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "LocalStack "
              + image
              + " did not start"
              + (withToken
                  ? ""
                  : " (no " + AUTH_TOKEN + " in the environment: images after 4.14 need one)"),
          e);
    }
    return new LocalStackEmulator(container);
  }

  @Override
  public URI endpoint() {
    return container.getEndpoint();
  }

  @Override
  public String region() {
    return container.getRegion();
  }

  @Override
  public synchronized void reset() {
    if (resetEndpoint) {
      int status = post("/_localstack/state/reset");
      if (status / 100 == 2) {
        return;
      }
      resetEndpoint = false;
      System.err.println(
          "LocalStack: POST /_localstack/state/reset answered "
              + status
              + "; resetting by deleting every bus, queue, secret and table instead");
    }
    ResourceWipe.everything(endpoint(), region());
  }

  @Override
  public void close() {
    container.stop();
  }

  private int post(String path) {
    try {
      return http.send(
              HttpRequest.newBuilder(endpoint().resolve(path))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("LocalStack at " + endpoint() + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
