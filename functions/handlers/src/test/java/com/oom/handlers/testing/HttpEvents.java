package com.oom.handlers.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP API (payload 2.0) events as API Gateway delivers them. Start from {@link #route} (a matched
 * route: {@code routeKey} and {@code pathParameters}, as behind real routes) or {@link #raw} (only
 * method and path, as the local runner or a catch-all route sends), then add claims, headers and a
 * body.
 */
public final class HttpEvents {
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  private HttpEvents() {}

  /**
   * A request API Gateway matched to {@code routeKey}; {@code parameters} are name/value pairs
   * substituted into the path, e.g. {@code route("GET /orders/{orderId}", "orderId", "SO-1")}.
   */
  public static Builder route(String routeKey, String... parameters) {
    String method = routeKey.substring(0, routeKey.indexOf(' '));
    String path = routeKey.substring(routeKey.indexOf(' ') + 1);
    Builder builder = new Builder(method, path).routeKey(routeKey);
    for (int i = 0; i < parameters.length; i += 2) {
      builder.pathParameters.put(parameters[i], parameters[i + 1]);
      builder.path = builder.path.replace("{" + parameters[i] + "}", parameters[i + 1]);
    }
    return builder;
  }

  /** A request with only a method and a raw path (route key {@code $default}). */
  public static Builder raw(String method, String path) {
    return new Builder(method, path).routeKey("$default");
  }

  public static final class Builder {
    private final String method;
    private String path;
    private String routeKey;
    private final Map<String, String> pathParameters = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Map<String, String> claims;
    private String body;
    private boolean base64;
    private String requestId = "api-req-" + REQUESTS.incrementAndGet();

    private Builder(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Builder routeKey(String value) {
      routeKey = value;
      return this;
    }

    public Builder query(String name, String value) {
      query.put(name, value);
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Claims of a verified JWT, as name/value pairs. */
    public Builder claims(String... nameValuePairs) {
      claims = new LinkedHashMap<>();
      for (int i = 0; i < nameValuePairs.length; i += 2) {
        claims.put(nameValuePairs[i], nameValuePairs[i + 1]);
      }
      return this;
    }

    /** A user {@code sub} in {@code groups}, flattened as API Gateway passes array claims. */
    public Builder as(String sub, String... groups) {
      return claims("sub", sub, "cognito:groups", "[" + String.join(" ", groups) + "]");
    }

    public Builder body(String value) {
      body = value;
      base64 = false;
      return this;
    }

    /** The body base64-encoded, as API Gateway sends binary or non-text content types. */
    public Builder base64Body(String value) {
      body = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
      base64 = true;
      return this;
    }

    public Builder requestId(String value) {
      requestId = value;
      return this;
    }

    public APIGatewayV2HTTPEvent build() {
      APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
      context.setRequestId(requestId);
      context.setRouteKey(routeKey);
      context.setStage("$default");
      context.setAccountId("123456789012");
      context.setApiId("oomapi");
      context.setDomainName("oomapi.execute-api.ca-central-1.amazonaws.com");
      context.setTimeEpoch(1_796_054_400_000L);
      APIGatewayV2HTTPEvent.RequestContext.Http http =
          new APIGatewayV2HTTPEvent.RequestContext.Http();
      http.setMethod(method);
      http.setPath(path);
      http.setProtocol("HTTP/1.1");
      http.setSourceIp("192.0.2.10");
      http.setUserAgent("oom-tests");
      context.setHttp(http);
      if (claims != null) {
        APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt =
            new APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT();
        jwt.setClaims(claims);
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer =
            new APIGatewayV2HTTPEvent.RequestContext.Authorizer();
        authorizer.setJwt(jwt);
        context.setAuthorizer(authorizer);
      }
      APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
      event.setVersion("2.0");
      event.setRouteKey(routeKey);
      event.setRawPath(path);
      event.setRawQueryString(
          String.join(
              "&", query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
      event.setQueryStringParameters(query.isEmpty() ? null : Map.copyOf(query));
      event.setPathParameters(pathParameters.isEmpty() ? null : Map.copyOf(pathParameters));
      Map<String, String> allHeaders = new LinkedHashMap<>();
      allHeaders.put("content-type", "application/json");
      allHeaders.putAll(headers);
      event.setHeaders(allHeaders);
      event.setBody(body);
      event.setIsBase64Encoded(base64);
      event.setRequestContext(context);
      return event;
    }
  }
}
