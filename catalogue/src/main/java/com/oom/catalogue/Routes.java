package com.oom.catalogue;

import static com.oom.catalogue.Route.Access.AGENTS;
import static com.oom.catalogue.Route.Access.AGENTS_AND_STORES;
import static com.oom.catalogue.Route.Access.SIGNED_WEBHOOK;

import java.util.List;
import java.util.Set;

/** Every route of the HTTP API: the agents' routes and Jenny's webhook. */
public final class Routes {
  private static final Set<Integer> COMMAND_ERRORS = Set.of(400, 401, 403, 404, 409, 500);

  public static final Route WORK_LIST =
      agentApi(
          "WORK_LIST", "GET /worklists/{kind}", AGENTS_AND_STORES, 200, 400, 401, 403, 404, 500);
  public static final Route ORDER =
      agentApi("ORDER", "GET /orders/{orderId}", AGENTS_AND_STORES, 200, 401, 403, 404, 500);
  public static final Route CONTACT_ATTEMPTS =
      command(
          "CONTACT_ATTEMPTS", "POST /orders/{orderId}/contact-attempts", AGENTS_AND_STORES, 201);
  public static final Route CONTACT_STATUS =
      command("CONTACT_STATUS", "PUT /orders/{orderId}/contact-status", AGENTS, 200);

  /** The past-due fix: a new fulfilment date, by default the ATP date (issue 17). */
  public static final Route FULFILMENT_DATE =
      command("FULFILMENT_DATE", "PUT /orders/{orderId}/fulfilment-date", AGENTS, 200);

  public static final Route APPOINTMENTS =
      command("APPOINTMENTS", "POST /orders/{orderId}/appointments", AGENTS, 201);
  public static final Route TROUBLE =
      command("TROUBLE", "POST /orders/{orderId}/trouble", AGENTS, 201);
  public static final Route COMMENTS =
      command("COMMENTS", "POST /orders/{orderId}/comments", AGENTS_AND_STORES, 201);

  /**
   * An agent's confirmation call on the booked appointment: the result, and the call as an attempt
   * on that number (issue 17).
   */
  public static final Route CONFIRMATIONS =
      command("CONFIRMATIONS", "POST /orders/{orderId}/confirmations", AGENTS, 201);

  /** A store's stored end-of-day confirmation audit of a business day (issue 17). */
  public static final Route CONFIRMATION_AUDIT =
      agentApi(
          "CONFIRMATION_AUDIT",
          "GET /reports/confirmation-audit",
          AGENTS_AND_STORES,
          200,
          400,
          401,
          403,
          404,
          500);

  /**
   * An agent books a transfer of the order's merchandise between two locations (e.g. from the
   * distribution centre 888 to the store; issue 19).
   */
  public static final Route TRANSFERS =
      command("TRANSFERS", "POST /orders/{orderId}/transfers", AGENTS, 201);

  /**
   * A distribution centre's pick-up desk (CPU duties): the booked pick-ups at a location on a day
   * (issue 19). A literal path: it wins over {@code GET /worklists/{kind}}.
   */
  public static final Route PICKUP_DESK =
      agentApi(
          "PICKUP_DESK", "GET /worklists/pickup-desk", AGENTS_AND_STORES, 200, 400, 401, 403, 500);

  /** The pick-up desk records ARRIVED, RELEASED or NO_SHOW on a booked pick-up (issue 19). */
  public static final Route PICKUP =
      command("PICKUP", "POST /orders/{orderId}/pickup", AGENTS_AND_STORES, 201);

  /**
   * The open orders of a caller's telephone number, in the caller's scope (issue 19): a store's
   * staff see only their own stores' orders.
   */
  public static final Route ORDERS_BY_PHONE =
      agentApi("ORDERS_BY_PHONE", "GET /orders", AGENTS_AND_STORES, 200, 400, 401, 403, 500);

  /**
   * An agent's text to the guest under the touch points' policy (issue 19): 202, the text is kept
   * on the order and queued for the SMS sender; a text the policy forbids is a 409 text-refused.
   */
  public static final Route TEXTS = command("TEXTS", "POST /orders/{orderId}/texts", AGENTS, 202);

  public static final Route JENNY_WEBHOOK =
      new Route(
          "JENNY_WEBHOOK",
          "POST",
          "/webhooks/jenny",
          SuiteFunction.JENNY_WEBHOOK,
          SIGNED_WEBHOOK,
          202,
          Set.of(400, 401, 409, 500, 503));

  private static final List<Route> ALL =
      List.of(
          WORK_LIST,
          ORDER,
          CONTACT_ATTEMPTS,
          CONTACT_STATUS,
          FULFILMENT_DATE,
          APPOINTMENTS,
          TROUBLE,
          COMMENTS,
          CONFIRMATIONS,
          CONFIRMATION_AUDIT,
          TRANSFERS,
          PICKUP_DESK,
          PICKUP,
          ORDERS_BY_PHONE,
          TEXTS,
          JENNY_WEBHOOK);

  private Routes() {}

  public static List<Route> all() {
    return ALL;
  }

  /** The routes one function serves, in catalogue order. */
  public static List<Route> servedBy(SuiteFunction function) {
    return ALL.stream().filter(r -> r.function() == function).toList();
  }

  /** The route with this name. */
  public static Route named(String name) {
    return ALL.stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no such route: " + name));
  }

  private static Route agentApi(
      String name, String routeKey, Route.Access access, int success, Integer... errors) {
    String[] methodAndPath = routeKey.split(" ", 2);
    return new Route(
        name,
        methodAndPath[0],
        methodAndPath[1],
        SuiteFunction.AGENT_API,
        access,
        success,
        Set.of(errors));
  }

  private static Route command(String name, String routeKey, Route.Access access, int success) {
    return agentApi(name, routeKey, access, success, COMMAND_ERRORS.toArray(Integer[]::new));
  }
}
