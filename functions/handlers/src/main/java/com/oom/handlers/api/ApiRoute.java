package com.oom.handlers.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agent API's routes (the catalogue's public contract), who may call them, and every status
 * each can answer (the OpenAPI document is checked against these).
 */
public enum ApiRoute {
  WORK_LIST("GET", "/worklists/{kind}", 200, true, Set.of(400, 401, 403, 500)),
  ORDER("GET", "/orders/{orderId}", 200, true, Set.of(401, 403, 404, 500)),
  CONTACT_ATTEMPTS(
      "POST",
      "/orders/{orderId}/contact-attempts",
      201,
      true,
      Set.of(400, 401, 403, 404, 409, 500)),
  CONTACT_STATUS(
      "PUT", "/orders/{orderId}/contact-status", 200, false, Set.of(400, 401, 403, 404, 409, 500)),
  APPOINTMENTS(
      "POST", "/orders/{orderId}/appointments", 201, false, Set.of(400, 401, 403, 404, 409, 500)),
  TROUBLE("POST", "/orders/{orderId}/trouble", 201, false, Set.of(400, 401, 403, 404, 409, 500)),
  COMMENTS("POST", "/orders/{orderId}/comments", 201, true, Set.of(400, 401, 403, 404, 409, 500));

  private final String method;
  private final String template;
  private final int success;
  private final boolean storesAllowed;
  private final Set<Integer> errors;

  ApiRoute(
      String method, String template, int success, boolean storesAllowed, Set<Integer> errors) {
    this.method = method;
    this.template = template;
    this.success = success;
    this.storesAllowed = storesAllowed;
    this.errors = errors;
  }

  public String method() {
    return method;
  }

  public String template() {
    return template;
  }

  /** The route key API Gateway uses, e.g. {@code GET /orders/{orderId}}. */
  public String routeKey() {
    return method + " " + template;
  }

  public int successStatus() {
    return success;
  }

  /** Whether {@code store-<storeId>} callers may use it (for their own store's orders). */
  public boolean storesAllowed() {
    return storesAllowed;
  }

  /** Every status the route can answer, success first. */
  public Set<Integer> statuses() {
    Set<Integer> all = new TreeSet<>(errors);
    all.add(success);
    return all;
  }

  /** A route and its path parameters. */
  public record Match(ApiRoute route, Map<String, String> pathParameters) {}

  /** What a path resolves to: a route, a known path with other methods, or nothing. */
  public sealed interface Resolution {
    record Found(Match match) implements Resolution {}

    record WrongMethod(List<String> allowed) implements Resolution {}

    record NoSuchPath() implements Resolution {}
  }

  /**
   * The route API Gateway matched ({@code routeKey} with its {@code pathParameters}) or, for the
   * local runner and catch-all routes, the route whose template matches the method and path.
   */
  public static Resolution resolve(
      String routeKey, Map<String, String> pathParameters, String method, String path) {
    for (ApiRoute route : values()) {
      if (route.routeKey().equals(routeKey)) {
        Optional<Map<String, String>> fromPath = route.extract(path);
        Map<String, String> parameters = new LinkedHashMap<>(fromPath.orElse(Map.of()));
        parameters.putAll(pathParameters);
        return new Resolution.Found(new Match(route, parameters));
      }
    }
    List<String> allowed = new ArrayList<>();
    for (ApiRoute route : values()) {
      Optional<Map<String, String>> parameters = route.extract(path);
      if (parameters.isPresent()) {
        if (route.method.equals(method)) {
          return new Resolution.Found(new Match(route, parameters.get()));
        }
        allowed.add(route.method);
      }
    }
    return allowed.isEmpty() ? new Resolution.NoSuchPath() : new Resolution.WrongMethod(allowed);
  }

  /** The template's parameters in {@code path}, percent-decoded, if the path matches. */
  Optional<Map<String, String>> extract(String path) {
    if (path == null) {
      return Optional.empty();
    }
    String trimmed =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String[] want = template.substring(1).split("/", -1);
    String[] got = trimmed.startsWith("/") ? trimmed.substring(1).split("/", -1) : new String[0];
    if (want.length != got.length) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < want.length; i++) {
      if (want[i].startsWith("{")) {
        Optional<String> value = PathSegments.decode(got[i]);
        if (value.isEmpty() || value.get().isEmpty()) {
          return Optional.empty();
        }
        parameters.put(want[i].substring(1, want[i].length() - 1), value.get());
      } else if (!want[i].equals(got[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }
}
