package com.oom.handlers.common;

/**
 * A message or request body that cannot be used: malformed JSON, a missing or wrong field. The
 * message names the field and never echoes personal data. Queue handlers report the message as
 * failed (it reaches the DLQ); the API answers 400.
 */
public final class InvalidMessage extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidMessage(String field, String reason) {
    super(field == null || field.isEmpty() ? reason : field + ": " + reason);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
