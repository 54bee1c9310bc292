package com.oom.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import com.oom.catalogue.Route;
import com.oom.catalogue.Routes;
import com.oom.catalogue.SuiteFunction;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API on {@code 127.0.0.1:<port>}: requests become API Gateway HTTP API (payload 2.0)
 * events for the agent API and the webhook, after the JWT check API Gateway's authorizer would
 * make; {@code /_local/...} are the runner's own endpoints (tokens, clock, texts, queues, events).
 */
final class LocalApiServer implements AutoCloseable {
  private final LocalSuite suite;
  private final HttpServer server;

  LocalApiServer(LocalSuite suite, int port) throws IOException {
    this.suite = suite;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", this::handle);
    // The JDK server's dispatcher thread runs with the system class loader as its context loader,
    // and the pool's threads would inherit it; libraries that look up services through the context
    // loader (Powertools finds our logging backend that way) must see the runner's class path, as
    // a function's threads see the function's on Lambda.
    ClassLoader runner = LocalApiServer.class.getClassLoader();
    server.setExecutor(
        java.util.concurrent.Executors.newFixedThreadPool(
            4,
            task -> {
              Thread thread = new Thread(task, "local-api");
              thread.setContextClassLoader(runner);
              return thread;
            }));
    server.start();
  }

  URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (path.startsWith("/_local/")) {
        local(exchange, method, path, body);
      } else {
        api(exchange, method, path, body);
      }
    } catch (RuntimeException failure) {
      respond(
          exchange,
          500,
          "application/problem+json",
          problem(500, "Local runner error", String.valueOf(failure.getMessage())));
    }
  }

  private void local(HttpExchange exchange, String method, String path, String body)
      throws IOException {
    switch (method + " " + path) {
      case "POST /_local/token" -> {
        JsonNode request = readJson(body);
        List<String> groups = new ArrayList<>();
        request.path("groups").forEach(g -> groups.add(g.asText()));
        String sub = request.path("sub").asText("");
        if (sub.isBlank()) {
          respond(
              exchange,
              400,
              "application/problem+json",
              problem(400, "sub is required", "field: sub"));
          return;
        }
        json(exchange, 200, Map.of("token", suite.jwt.issue(sub, groups)));
      }
      case "GET /_local/clock" -> json(exchange, 200, Map.of("now", suite.now().toString()));
      case "POST /_local/clock" -> {
        JsonNode request = readJson(body);
        Instant target;
        if (request.hasNonNull("to")) {
          target = Instant.parse(request.get("to").asText());
        } else if (request.hasNonNull("advanceBy")) {
          target = suite.now().plus(Duration.parse(request.get("advanceBy").asText()));
        } else {
          respond(
              exchange,
              400,
              "application/problem+json",
              problem(400, "advanceBy or to is required", null));
          return;
        }
        int fired = suite.advanceTo(target);
        json(exchange, 200, Map.of("now", suite.now().toString(), "schedulesFired", fired));
      }
      case "GET /_local/sms" -> json(exchange, 200, Map.of("items", suite.sms.newestFirst()));
      case "GET /_local/events" -> json(exchange, 200, Map.of("items", suite.publishedEvents()));
      default -> {
        if (method.equals("GET") && path.startsWith("/_local/queues/")) {
          String queue = path.substring("/_local/queues/".length());
          if (!suite.queueUrls.containsKey(queue)) {
            respond(
                exchange, 404, "application/problem+json", problem(404, "No such queue", queue));
            return;
          }
          json(exchange, 200, Map.of("queue", queue, "items", suite.sent.newestFirst(queue)));
        } else {
          respond(exchange, 404, "application/problem+json", problem(404, "Not found", path));
        }
      }
    }
  }

  private void api(HttpExchange exchange, String method, String path, String body)
      throws IOException {
    Optional<Match> route = match(method, path);
    // a path no route matches goes to the agent API (its catch-all answers 404 or 405)
    SuiteFunction function = route.map(m -> m.route().function()).orElse(SuiteFunction.AGENT_API);
    boolean webhook = route.map(m -> !m.route().access().jwt()).orElse(false);
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
    APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = null;
    if (!webhook) {
      String bearer = headers.getOrDefault("authorization", "");
      Optional<Map<String, String>> claims =
          bearer.startsWith("Bearer ")
              ? suite.jwt.verify(bearer.substring(7).strip())
              : Optional.empty();
      if (claims.isEmpty()) {
        respond(exchange, 401, "application/json", "{\"message\":\"Unauthorized\"}");
        return;
      }
      authorizer =
          APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
              .withJwt(
                  APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT
                      .builder()
                      .withClaims(claims.get())
                      .withScopes(List.of())
                      .build())
              .build();
    }
    String query = exchange.getRequestURI().getRawQuery();
    APIGatewayV2HTTPEvent event =
        APIGatewayV2HTTPEvent.builder()
            .withVersion("2.0")
            .withRouteKey(route.map(Match::key).orElse("$default"))
            .withRawPath(path)
            .withRawQueryString(query == null ? "" : query)
            .withHeaders(headers)
            .withQueryStringParameters(queryParameters(query))
            .withPathParameters(route.map(Match::parameters).orElse(null))
            .withBody(body.isEmpty() ? null : body)
            .withIsBase64Encoded(false)
            .withRequestContext(
                APIGatewayV2HTTPEvent.RequestContext.builder()
                    .withRequestId(UUID.randomUUID().toString())
                    .withRouteKey(route.map(Match::key).orElse("$default"))
                    .withStage("$default")
                    .withTimeEpoch(suite.now().toEpochMilli())
                    .withHttp(
                        APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                            .withMethod(method)
                            .withPath(path)
                            .withProtocol("HTTP/1.1")
                            .withSourceIp("127.0.0.1")
                            .build())
                    .withAuthorizer(authorizer)
                    .build())
            .build();
    forward(exchange, suite.http(event, function));
  }

  /** Headers the server itself writes from the body it sends. */
  private static final java.util.Set<String> FRAMING =
      java.util.Set.of("content-length", "transfer-encoding", "connection");

  /**
   * The function's answer as API Gateway passes it on: its status, every header (names are
   * case-insensitive, so {@code Content-Type} is the handler's whatever its case), multi-value
   * headers and cookies, and its body ({@code application/json} when it names no content type).
   */
  private static void forward(HttpExchange exchange, APIGatewayV2HTTPResponse response)
      throws IOException {
    com.sun.net.httpserver.Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json");
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, value) -> headers.set(name, value));
    }
    if (response.getMultiValueHeaders() != null) {
      response
          .getMultiValueHeaders()
          .forEach(
              (name, values) -> {
                headers.remove(name);
                values.forEach(value -> headers.add(name, value));
              });
    }
    if (response.getCookies() != null) {
      response.getCookies().forEach(cookie -> headers.add("Set-Cookie", cookie));
    }
    FRAMING.forEach(headers::remove);
    String body = response.getBody() == null ? "" : response.getBody();
    byte[] bytes =
        response.getIsBase64Encoded()
            ? java.util.Base64.getDecoder().decode(body)
            : body.getBytes(StandardCharsets.UTF_8);
    send(exchange, response.getStatusCode(), bytes);
  }

  /** A catalogue route matched by method and path, with its path parameters. */
  record Match(Route route, Map<String, String> parameters) {
    String key() {
      return route.routeKey();
    }
  }

  /** The route keys the runner serves, as API Gateway would. */
  static List<String> routeKeys() {
    return Routes.all().stream().map(Route::routeKey).toList();
  }

  /** The catalogue route for a method and path, as API Gateway matches them. */
  static Optional<Match> match(String method, String path) {
    // the most specific route first, as API Gateway: a literal segment wins over a parameter
    List<Route> literalFirst = new ArrayList<>(Routes.all());
    literalFirst.sort(
        java.util.Comparator.comparingLong(r -> r.path().chars().filter(c -> c == '{').count()));
    for (Route route : literalFirst) {
      String[] parts = {route.method(), route.path()};
      if (!parts[0].equals(method)) {
        continue;
      }
      List<String> names = new ArrayList<>();
      Matcher names0 = Pattern.compile("\\{(\\w+)}").matcher(parts[1]);
      while (names0.find()) {
        names.add(names0.group(1));
      }
      Matcher m =
          Pattern.compile("^" + parts[1].replaceAll("\\{\\w+}", "([^/]+)") + "$").matcher(path);
      if (m.matches()) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
          // percent-decoding only, as API Gateway decodes a path: '+' stays '+' in a path
          parameters.put(
              names.get(i),
              java.net.URLDecoder.decode(
                  m.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return Optional.of(new Match(route, parameters));
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> queryParameters(String query) {
    if (query == null || query.isBlank()) {
      return null;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      parameters.put(
          java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return parameters;
  }

  private static JsonNode readJson(String body) {
    try {
      return body.isBlank() ? ApiJson.mapper().createObjectNode() : ApiJson.mapper().readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("malformed JSON");
    }
  }

  private static String problem(int status, String title, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    if (detail != null) {
      problem.put("detail", detail);
    }
    return ApiJson.write(problem);
  }

  private static void json(HttpExchange exchange, int status, Object body) throws IOException {
    respond(exchange, status, "application/json", ApiJson.write(body));
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
