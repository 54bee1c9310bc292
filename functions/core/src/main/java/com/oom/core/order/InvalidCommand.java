package com.oom.core.order;

/** A command is malformed; {@link #field()} names the offending field (the API answers 400). */
public final class InvalidCommand extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidCommand(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
