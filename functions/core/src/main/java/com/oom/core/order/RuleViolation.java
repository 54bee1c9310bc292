package com.oom.core.order;

/** The rules forbid this change in the order's current state (the API answers 409). */
public final class RuleViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleViolation(String message) {
    super(message);
  }
}
