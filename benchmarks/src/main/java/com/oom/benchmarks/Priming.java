package com.oom.benchmarks;

import com.oom.handlers.common.SnapStartPriming;

/**
 * What SnapStart does between init and the snapshot: the functions' org.crac {@code
 * beforeCheckpoint}. org.crac's global context refuses to be called outside a real checkpoint, so
 * the harness runs our priming directly (a Powertools hook, if any, is not run). Kept apart so that
 * the floor, whose class path has no handlers, never loads it.
 */
final class Priming {
  private Priming() {}

  static void beforeCheckpoint() {
    if (SnapStartPriming.primeRegistered() < 0) {
      throw new IllegalStateException("the handler registered no SnapStart priming");
    }
  }
}
