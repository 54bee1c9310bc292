package com.oom.handlers.api;

import com.oom.catalogue.Route;
import com.oom.catalogue.Routes;
import com.oom.catalogue.SuiteFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agent API's routes: the catalogue's routes served by the agent API function ({@link Routes}),
 * in an enum so the handler can switch over them exhaustively. Everything about a route (method,
 * path, who may call it, its statuses) is the catalogue's.
 */
public enum ApiRoute {
  WORK_LIST(Routes.WORK_LIST),
  ORDER(Routes.ORDER),
  CONTACT_ATTEMPTS(Routes.CONTACT_ATTEMPTS),
  CONTACT_STATUS(Routes.CONTACT_STATUS),
  FULFILMENT_DATE(Routes.FULFILMENT_DATE),
  APPOINTMENTS(Routes.APPOINTMENTS),
  TROUBLE(Routes.TROUBLE),
  COMMENTS(Routes.COMMENTS),
  CONFIRMATIONS(Routes.CONFIRMATIONS),
  CONFIRMATION_AUDIT(Routes.CONFIRMATION_AUDIT),
  TRANSFERS(Routes.TRANSFERS),
  PICKUP_DESK(Routes.PICKUP_DESK),
  PICKUP(Routes.PICKUP),
  ORDERS_BY_PHONE(Routes.ORDERS_BY_PHONE),
  TEXTS(Routes.TEXTS);

  private final Route spec;
  private final String method;
  private final String template;

  ApiRoute(Route spec) {
    if (!spec.name().equals(name()) || spec.function() != SuiteFunction.AGENT_API) {
      throw new IllegalStateException(name() + " is not the agent API's route " + spec.name());
    }
    this.spec = spec;
    this.method = spec.method();
    this.template = spec.path();
  }

  /** The catalogue's route. */
  public Route spec() {
    return spec;
  }

  public String method() {
    return method;
  }

  public String template() {
    return template;
  }

  /** The route key API Gateway uses, e.g. {@code GET /orders/{orderId}}. */
  public String routeKey() {
    return spec.routeKey();
  }

  public int successStatus() {
    return spec.successStatus();
  }

  /** Whether {@code store-<storeId>} callers may use it (for their own store's orders). */
  public boolean storesAllowed() {
    return spec.access() == Route.Access.AGENTS_AND_STORES;
  }

  /** Every status the route can answer, sorted. */
  public Set<Integer> statuses() {
    return spec.statuses();
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
    for (ApiRoute route : literalFirst()) {
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

  /**
   * The routes, those whose path has fewer parameters first, as API Gateway prefers the most
   * specific route: {@code GET /worklists/pickup-desk} before {@code GET /worklists/{kind}}.
   */
  static List<ApiRoute> literalFirst() {
    List<ApiRoute> routes = new ArrayList<>(List.of(values()));
    routes.sort(
        java.util.Comparator.comparingLong(r -> r.template.chars().filter(c -> c == '{').count()));
    return routes;
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
