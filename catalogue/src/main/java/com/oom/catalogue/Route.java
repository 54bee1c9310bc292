package com.oom.catalogue;

import java.util.Set;
import java.util.TreeSet;

/**
 * A route of the HTTP API (payload format 2.0): a public contract that other systems are built
 * against.
 *
 * @param name the route's stable name; the agent API scopes idempotency keys by it
 * @param function the function that serves it
 * @param errorStatuses every status besides {@code successStatus} the route can answer (the OpenAPI
 *     document is checked against these)
 */
public record Route(
    String name,
    String method,
    String path,
    SuiteFunction function,
    Access access,
    int successStatus,
    Set<Integer> errorStatuses) {

  public Route {
    errorStatuses = Set.copyOf(errorStatuses);
  }

  /** Who may call a route, and how the gateway checks it. */
  public enum Access {
    /** A JWT with {@code oom-agent} or {@code oom-supervisor}: any store. */
    AGENTS("`oom-agent`, `oom-supervisor`"),
    /** As {@link #AGENTS}, or {@code store-<storeId>} staff for their own store's orders. */
    AGENTS_AND_STORES("`oom-agent`, `oom-supervisor`, `store-<storeId>` (own store)"),
    /** No JWT at the gateway: the function verifies the sender's HMAC signature. */
    SIGNED_WEBHOOK("Jenny's HMAC signature");

    private final String roles;

    Access(String roles) {
      this.roles = roles;
    }

    /** The roles, as the README's route table states them. */
    public String roles() {
      return roles;
    }

    /** Whether API Gateway's JWT authorizer guards routes with this access. */
    public boolean jwt() {
      return this != SIGNED_WEBHOOK;
    }
  }

  /** The route key API Gateway uses, e.g. {@code GET /orders/{orderId}}. */
  public String routeKey() {
    return method + " " + path;
  }

  /** Every status the route can answer, sorted. */
  public Set<Integer> statuses() {
    Set<Integer> all = new TreeSet<>(errorStatuses);
    all.add(successStatus);
    return all;
  }
}
