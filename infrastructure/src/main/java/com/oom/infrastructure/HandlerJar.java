package com.oom.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the shaded handler jar is: the system property {@code oom.handlersJar}, else the context
 * value {@code oom:handlersJar}, else {@code
 * ../functions/handlers/target/oom-handlers-<version>.jar} relative to {@code infrastructure/}
 * (where {@code cdk} runs). The app refuses to synthesize without it: a deployment must never carry
 * anything but the real build.
 */
public final class HandlerJar {
  public static final String PROPERTY = "oom.handlersJar";
  public static final String CONTEXT_KEY = "oom:handlersJar";

  private HandlerJar() {}

  /** The jar path this app would deploy, whether or not it exists. */
  public static Path locate(Optional<String> contextValue) {
    String explicit = System.getProperty(PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    return contextValue
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of("..", "functions", "handlers", "target", defaultJarName()));
  }

  /** The jar, which must exist. */
  public static Path require(Optional<String> contextValue) {
    Path jar = locate(contextValue);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "the handler jar "
              + jar.toAbsolutePath().normalize()
              + " does not exist: build it first (./mvnw -B install -DskipTests from the"
              + " repository root), or point -D"
              + PROPERTY
              + " / -c "
              + CONTEXT_KEY
              + " at it");
    }
    return jar;
  }

  static String defaultJarName() {
    Properties properties = new Properties();
    try (InputStream in = HandlerJar.class.getResourceAsStream("/oom-infrastructure.properties")) {
      if (in == null) {
        throw new IllegalStateException("oom-infrastructure.properties is missing");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("handlers.jar");
  }
}
