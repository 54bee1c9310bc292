package com.oom.handlers.http;

import java.util.Map;

/**
 * Ends a request with a problem-details answer. Thrown by the HTTP functions' own checks
 * (authentication, roles, routing, signatures); the handler turns it into the response.
 */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Problem problem;
  private final String field;
  private final transient Map<String, String> headers;

  public HttpProblem(Problem problem, String detail) {
    this(problem, detail, null, Map.of());
  }

  public HttpProblem(Problem problem, String detail, String field, Map<String, String> headers) {
    super(detail, null, false, false);
    this.problem = problem;
    this.field = field;
    this.headers = Map.copyOf(headers);
  }

  public Problem problem() {
    return problem;
  }

  public String field() {
    return field;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
