package com.oom.handlers.http;

/**
 * The kinds of problem the HTTP functions answer with, as RFC 9457 problem details: each has a
 * stable {@code type} URI ({@code https://oom.example/problems/<slug>}), a status and a title.
 */
public enum Problem {
  INVALID_REQUEST(400, "invalid-request", "The request is not valid"),
  INVALID_CURSOR(400, "invalid-cursor", "The cursor is not valid for this list"),
  UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
  INVALID_SIGNATURE(401, "invalid-signature", "The request signature is not valid"),
  FORBIDDEN(403, "forbidden", "Your roles do not allow this"),
  NOT_FOUND(404, "not-found", "There is nothing at this address"),
  UNKNOWN_ORDER(404, "unknown-order", "No such order"),
  UNKNOWN_STORE(404, "unknown-store", "No such store"),
  AUDIT_NOT_FOUND(404, "audit-not-found", "No confirmation audit is stored for this store and day"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "This method is not allowed here"),
  RULE_VIOLATION(409, "rule-violation", "The order's rules forbid this change"),
  VERSION_CONFLICT(409, "version-conflict", "The order changed since you read it"),
  REPLAYED_EVENT(409, "replayed-event", "This event was accepted before"),
  INTERNAL_ERROR(500, "internal-error", "The request could not be completed"),
  EVENT_IN_FLIGHT(503, "event-in-flight", "This event is being accepted by another delivery"),
  TEXT_REFUSED(409, "text-refused", "The text to the guest was refused");

  public static final String TYPE_PREFIX = "https://oom.example/problems/";

  private final int status;
  private final String slug;
  private final String title;

  Problem(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String type() {
    return TYPE_PREFIX + slug;
  }

  public String title() {
    return title;
  }
}
