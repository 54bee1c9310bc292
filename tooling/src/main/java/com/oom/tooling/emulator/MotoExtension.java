package com.oom.tooling.emulator;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared moto server once per test JVM, resets it before each test so tests never see
 * each other's data, and stops it when the whole run ends.
 */
public final class MotoExtension implements BeforeAllCallback, BeforeEachCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    MotoServer.get();
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            MotoExtension.class.getName(),
            key -> (ExtensionContext.Store.CloseableResource) MotoServer::stopSharedIfRunning);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    MotoServer.get().reset();
  }
}
