package com.oom.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandlerJarTest {
  @TempDir Path dir;

  @AfterEach
  void clearProperty() {
    System.clearProperty(HandlerJar.PROPERTY);
  }

  @Test
  void byDefaultTheAppDeploysTheShadedJarOfThisVersion() {
    Path jar = HandlerJar.locate(Optional.empty());
    assertThat(jar.toString().replace('\\', '/'))
        .startsWith("../functions/handlers/target/oom-handlers-")
        .endsWith(".jar")
        .doesNotContain("${");
  }

  @Test
  void theSystemPropertyWinsOverTheContextValue() {
    System.setProperty(HandlerJar.PROPERTY, "/builds/oom-handlers.jar");
    assertThat(HandlerJar.locate(Optional.of("/elsewhere.jar")))
        .isEqualTo(Path.of("/builds/oom-handlers.jar"));
  }

  @Test
  void aMissingJarIsRefusedWithTheCommandThatBuildsIt() {
    Path missing = dir.resolve("nope.jar");
    assertThatThrownBy(() -> HandlerJar.require(Optional.of(missing.toString())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("./mvnw -B install -DskipTests");
  }

  @Test
  void anExistingJarIsAccepted() throws Exception {
    Path jar = Files.writeString(dir.resolve("oom-handlers.jar"), "jar");
    assertThat(HandlerJar.require(Optional.of(jar.toString()))).isEqualTo(jar);
  }
}
