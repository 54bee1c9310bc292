package com.oom.handlers.http;

/**
 * An RFC 9457 problem details body. {@code detail} never carries personal data or internals; {@code
 * field} names the offending request field of a 400.
 *
 * @param instance the request path
 * @param reason for a refused text ({@code text-refused}): why the policy forbids it, e.g. {@code
 *     OPTED_OUT}; absent on every other problem
 */
public record ProblemDetails(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String field,
    String reason) {

  public static ProblemDetails of(Problem problem, String detail, String instance, String field) {
    return new ProblemDetails(
        problem.type(), problem.title(), problem.status(), detail, instance, field, null);
  }

  /** The same problem naming the policy's {@code reason}. */
  public ProblemDetails withReason(String value) {
    return new ProblemDetails(type, title, status, detail, instance, field, value);
  }
}
