package com.oom.handlers.http;

/**
 * An RFC 9457 problem details body. {@code detail} never carries personal data or internals; {@code
 * field} names the offending request field of a 400.
 *
 * @param instance the request path
 */
public record ProblemDetails(
    String type, String title, int status, String detail, String instance, String field) {

  public static ProblemDetails of(Problem problem, String detail, String instance, String field) {
    return new ProblemDetails(
        problem.type(), problem.title(), problem.status(), detail, instance, field);
  }
}
