package com.oom.handlers.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.aws.json.ApiJson;
import java.util.HashMap;
import java.util.Map;

/**
 * Responses of the HTTP functions: JSON through {@link ApiJson}, errors as {@code
 * application/problem+json}. Nothing is cached: answers carry guests' personal data.
 */
public final class HttpResponses {
  public static final String JSON = "application/json";
  public static final String PROBLEM_JSON = "application/problem+json";

  private HttpResponses() {}

  public static APIGatewayV2HTTPResponse json(int status, Object body) {
    return json(status, body, Map.of());
  }

  public static APIGatewayV2HTTPResponse json(
      int status, Object body, Map<String, String> extraHeaders) {
    return response(status, JSON, ApiJson.write(body), extraHeaders);
  }

  public static APIGatewayV2HTTPResponse problem(
      Problem problem, String detail, String instance, String field) {
    return problem(problem, detail, instance, field, Map.of());
  }

  public static APIGatewayV2HTTPResponse problem(
      Problem problem,
      String detail,
      String instance,
      String field,
      Map<String, String> extraHeaders) {
    return response(
        problem.status(),
        PROBLEM_JSON,
        ApiJson.write(ProblemDetails.of(problem, detail, instance, field)),
        extraHeaders);
  }

  /** A problem written as given (e.g. with a member only its kind has). */
  public static APIGatewayV2HTTPResponse problem(ProblemDetails details) {
    return response(details.status(), PROBLEM_JSON, ApiJson.write(details), Map.of());
  }

  public static APIGatewayV2HTTPResponse problem(HttpProblem problem, String instance) {
    return problem(
        problem.problem(), problem.getMessage(), instance, problem.field(), problem.headers());
  }

  private static APIGatewayV2HTTPResponse response(
      int status, String contentType, String body, Map<String, String> extraHeaders) {
    Map<String, String> headers = new HashMap<>(extraHeaders);
    headers.put("Content-Type", contentType);
    headers.put("Cache-Control", "no-store");
    APIGatewayV2HTTPResponse response = new APIGatewayV2HTTPResponse();
    response.setStatusCode(status);
    response.setHeaders(headers);
    response.setBody(body);
    response.setIsBase64Encoded(false);
    return response;
  }
}
