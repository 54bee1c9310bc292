package com.oom.tooling.emulator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The one switch between the integration tests' emulators: {@code -Doom.emulator=moto} (the
 * default, also when blank) or {@code -Doom.emulator=localstack}. Every test that needs AWS gets
 * its endpoint and region from {@link #shared()} (through {@link EmulatorExtension}, {@code
 * AwsStack} and the handlers' test support), so the choice reaches every suite.
 *
 * <p>Moto is never asked about Docker, and LocalStack's classes (Testcontainers) are not even
 * loaded unless LocalStack is chosen: the default run neither needs nor probes a Docker engine.
 */
public final class Emulators {
  /** The system property naming the emulator (Maven passes it to the test JVMs). */
  public static final String PROPERTY = "oom.emulator";

  public static final String MOTO = "moto";
  public static final String LOCALSTACK = "localstack";

  private static final Map<String, Emulator> offered = new HashMap<>();
  private static boolean localStackUsed;

  private Emulators() {}

  /** The chosen emulator's name: {@code -Doom.emulator}, {@value #MOTO} when absent or blank. */
  public static String choice() {
    String value = System.getProperty(PROPERTY, "");
    return value.isBlank() ? MOTO : value.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The emulator of this test JVM, started on first use: moto's shared server, the shared
   * LocalStack container, or the emulator a test of the switch offered under the chosen name.
   *
   * @throws IllegalArgumentException if {@code -Doom.emulator} names no emulator
   */
  public static synchronized Emulator shared() {
    String name = choice();
    Emulator emulator = offered.get(name);
    if (emulator != null) {
      return emulator;
    }
    return switch (name) {
      case MOTO -> MotoServer.get();
      case LOCALSTACK -> {
        localStackUsed = true;
        yield LocalStackEmulator.shared();
      }
      default ->
          throw new IllegalArgumentException(
              "-D" + PROPERTY + "=" + name + " names no emulator: " + MOTO + " or " + LOCALSTACK);
    };
  }

  /**
   * Why the chosen emulator cannot run on this machine — LocalStack without a reachable Docker
   * engine — or empty. Only asks Docker when LocalStack is chosen.
   */
  public static Optional<String> unavailable() {
    // a lambda, not a method reference: LocalStackEmulator stays unloaded unless it is asked
    return unavailable(() -> LocalStackEmulator.dockerReachable());
  }

  /** As {@link #unavailable()}, asking {@code dockerReachable} (only if LocalStack is chosen). */
  static synchronized Optional<String> unavailable(BooleanSupplier dockerReachable) {
    if (!choice().equals(LOCALSTACK) || offered.containsKey(LOCALSTACK)) {
      return Optional.empty();
    }
    return dockerReachable.getAsBoolean()
        ? Optional.empty()
        : Optional.of(
            "LocalStack requested (-D"
                + PROPERTY
                + "="
                + LOCALSTACK
                + ") but no Docker engine is reachable: integration tests skipped");
  }

  /**
   * For tests of the switch itself: until the returned handle is closed, {@code -Doom.emulator} is
   * {@code name} and {@link #shared()} is {@code emulator}; closing restores the property as it
   * was.
   */
  public static synchronized Choice choose(String name, Emulator emulator) {
    String before = System.getProperty(PROPERTY);
    offered.put(name, emulator);
    System.setProperty(PROPERTY, name);
    return new Choice(name, before);
  }

  /** A choice made by {@link #choose}; {@link #close()} undoes it. */
  public static final class Choice implements AutoCloseable {
    private final String name;
    private final String before;

    private Choice(String name, String before) {
      this.name = name;
      this.before = before;
    }

    @Override
    public void close() {
      synchronized (Emulators.class) {
        offered.remove(name);
        if (before == null) {
          System.clearProperty(PROPERTY);
        } else {
          System.setProperty(PROPERTY, before);
        }
      }
    }
  }

  /** Stops the shared emulators this JVM started (at the end of the test run). */
  static synchronized void stopShared() {
    MotoServer.stopSharedIfRunning();
    if (localStackUsed) {
      LocalStackEmulator.stopSharedIfRunning();
    }
  }
}
