package com.oom.aws.wire;

/**
 * A message whose fields are well-formed JSON but not a valid domain value; names the field (e.g.
 * {@code order.guest.phones[0].number}) and why, never the value.
 */
public final class WireException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String reason;

  public WireException(String field, String reason) {
    super(field.isEmpty() ? reason : field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }

  /** The same failure, seen from the object that holds {@code parent}. */
  WireException within(String parent) {
    if (field.isEmpty()) {
      return new WireException(parent, reason);
    }
    return new WireException(parent + (field.startsWith("[") ? "" : ".") + field, reason);
  }
}
