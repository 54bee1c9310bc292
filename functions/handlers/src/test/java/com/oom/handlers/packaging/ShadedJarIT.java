package com.oom.handlers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The deployable jar (the shaded oom-handlers jar every function runs, built in the package phase
 * before failsafe runs this) holds the functions and what they need at run time, and none of the
 * development tooling: no Python (moto's wrapper {@code oom_moto.py}), no class of {@code
 * com.oom.tooling} (the moto launcher, {@code RequestCounter}, {@code InvocationContext}) or of the
 * former emulator package, no JUnit, no WireMock, no Testcontainers. The handlers module uses
 * oom-tooling in test scope only; this fails should it ever reach the compile or runtime scope.
 */
class ShadedJarIT {
  @Test
  void holds_the_functions_and_no_development_tooling() throws IOException {
    Path jar = Path.of(System.getProperty("oom.shaded.jar", "target/oom-handlers.jar"));
    assertThat(jar).as("the shaded jar (system property oom.shaded.jar)").isRegularFile();
    List<String> entries;
    try (JarFile file = new JarFile(jar.toFile())) {
      entries = file.stream().map(JarEntry::getName).toList();
    }

    // It is the shaded jar: the functions, the adapters, the core and the libraries they run on.
    assertThat(entries)
        .contains(
            "com/oom/handlers/orderfeed/OrderFeedHandler.class",
            "com/oom/aws/client/AwsClients.class",
            "com/oom/core/config/OomConfig.class",
            "com/amazonaws/services/lambda/runtime/Context.class",
            "software/amazon/awssdk/services/dynamodb/DynamoDbClient.class");

    // Every kind of offender is reported, not only the first.
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(entries).filteredOn(name -> name.endsWith(".py")).isEmpty();
    softly
        .assertThat(entries)
        .filteredOn(
            name -> name.startsWith("com/oom/tooling/") || name.startsWith("com/oom/aws/emulator/"))
        .isEmpty();
    softly
        .assertThat(entries)
        .filteredOn(
            name ->
                name.endsWith("/RequestCounter.class")
                    || name.endsWith("/InvocationContext.class")
                    || name.endsWith("/MotoServer.class")
                    || name.endsWith("/EmulatorExtension.class")
                    || name.endsWith("/OomMoto.class"))
        .isEmpty();
    softly
        .assertThat(entries)
        .filteredOn(
            name ->
                name.startsWith("org/junit/")
                    || name.startsWith("org/testcontainers/")
                    || name.startsWith("com/github/tomakehurst/")
                    || name.startsWith("wiremock/"))
        .isEmpty();
    softly.assertAll();
  }
}
