package com.oom.core.port;

/** The command was applied before (a redelivery): nothing more to do. */
public final class AlreadyApplied extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AlreadyApplied(String idempotencyKey) {
    super("already applied: " + idempotencyKey);
  }
}
