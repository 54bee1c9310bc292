package com.oom.tooling.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The switch: which emulator {@code -Doom.emulator} names, and when one cannot run here. */
class EmulatorsTest {
  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(Emulators.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(Emulators.PROPERTY);
    } else {
      System.setProperty(Emulators.PROPERTY, before);
    }
  }

  @Test
  void moto_is_the_choice_when_the_property_is_absent_or_blank() {
    System.clearProperty(Emulators.PROPERTY);
    assertThat(Emulators.choice()).isEqualTo("moto");
    System.setProperty(Emulators.PROPERTY, " ");
    assertThat(Emulators.choice()).isEqualTo("moto");
    System.setProperty(Emulators.PROPERTY, " LocalStack ");
    assertThat(Emulators.choice()).isEqualTo("localstack");
  }

  @Test
  void moto_is_available_without_docker_being_asked() {
    System.setProperty(Emulators.PROPERTY, "moto");
    assertThat(Emulators.unavailable(() -> fail("Docker was asked"))).isEmpty();
  }

  @Test
  void localstack_is_unavailable_without_a_docker_engine_and_says_why_in_one_line() {
    System.setProperty(Emulators.PROPERTY, "localstack");
    assertThat(Emulators.unavailable(() -> false))
        .contains(
            "LocalStack requested (-Doom.emulator=localstack) but no Docker engine is"
                + " reachable: integration tests skipped");
    assertThat(Emulators.unavailable(() -> true)).isEmpty();
  }

  @Test
  void an_unknown_name_is_refused_with_the_choices() {
    System.setProperty(Emulators.PROPERTY, "motto");
    assertThatThrownBy(Emulators::shared)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("-Doom.emulator=motto names no emulator: moto or localstack");
  }

  @Test
  void docker_is_only_looked_for_where_something_points_at_an_engine(@TempDir Path home)
      throws Exception {
    assertThat(LocalStackEmulator.dockerConfigured(Map.of(), home))
        .isEqualTo(Files.exists(Path.of("/var/run/docker.sock")));
    assertThat(
            LocalStackEmulator.dockerConfigured(
                Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"), home))
        .isTrue();
    Files.createDirectories(home.resolve(".docker/run"));
    Files.createFile(home.resolve(".docker/run/docker.sock"));
    assertThat(LocalStackEmulator.dockerConfigured(Map.of(), home)).isTrue();
  }

  @Test
  @SuppressWarnings("try") // the choice is held open, not used
  void an_emulator_chosen_for_a_test_of_the_switch_is_the_shared_one_until_the_choice_is_closed() {
    Emulator fake = new Fake(URI.create("http://127.0.0.1:9"));
    System.setProperty(Emulators.PROPERTY, "moto");
    try (Emulators.Choice chosen = Emulators.choose("fake", fake)) {
      assertThat(Emulators.choice()).isEqualTo("fake");
      assertThat(Emulators.shared()).isSameAs(fake);
      assertThat(Emulators.unavailable(() -> fail("Docker was asked"))).isEmpty();
    }
    assertThat(System.getProperty(Emulators.PROPERTY)).isEqualTo("moto");
  }

  private record Fake(URI endpoint) implements Emulator {
    @Override
    public void reset() {}

    @Override
    public void close() {}
  }
}
