package com.oom.tooling.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
  void moto_is_always_available_without_asking_docker() {
    System.setProperty(Emulators.PROPERTY, "moto");
    assertThat(Emulators.unavailable()).isEmpty();
  }

  @Test
  void localstack_is_unavailable_exactly_when_no_docker_engine_is_reachable_and_says_so() {
    System.setProperty(Emulators.PROPERTY, "localstack");
    if (LocalStackEmulator.dockerReachable()) {
      assertThat(Emulators.unavailable()).isEmpty();
    } else {
      assertThat(Emulators.unavailable())
          .contains(
              "LocalStack requested (-Doom.emulator=localstack) but no Docker engine is"
                  + " reachable: integration tests skipped");
    }
  }

  @Test
  void an_unknown_name_is_refused_with_the_choices() {
    System.setProperty(Emulators.PROPERTY, "motto");
    assertThatThrownBy(Emulators::shared)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("-Doom.emulator=motto names no emulator: moto or localstack");
  }

  @Test
  void an_emulator_chosen_for_a_test_of_the_switch_is_the_shared_one_until_the_choice_is_closed() {
    Emulator fake = new Fake(URI.create("http://127.0.0.1:9"));
    System.setProperty(Emulators.PROPERTY, "moto");
    try (Emulators.Choice chosen = Emulators.choose("fake", fake)) {
      assertThat(Emulators.choice()).isEqualTo("fake");
      assertThat(Emulators.shared()).isSameAs(fake);
      assertThat(Emulators.unavailable()).isEmpty();
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
