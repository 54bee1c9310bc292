package com.oom.tooling.emulator;

import java.net.URI;

/**
 * An AWS emulator the integration tests run against: moto ({@link MotoServer}, the default) or
 * LocalStack ({@link LocalStackEmulator}), chosen by {@link Emulators} from {@code -Doom.emulator}.
 * Clients reach it at {@link #endpoint()} in {@link #region()}.
 */
public interface Emulator extends AutoCloseable {
  /** The region the tests' clients use (each emulator keeps regions apart). */
  String DEFAULT_REGION = "us-east-1";

  /** Where every service of the emulator answers. */
  URI endpoint();

  /** The region the clients must name to see what the tests created. */
  default String region() {
    return DEFAULT_REGION;
  }

  /** Forgets every table, queue, secret and item, so tests never see each other's data. */
  void reset();

  /** Stops the emulator (a second call does nothing). */
  @Override
  void close();
}
