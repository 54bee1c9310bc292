package com.oom.handlers.api;

import com.oom.core.order.Acting;
import com.oom.core.order.Actor;
import com.oom.core.worklist.WorkListKind;
import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.Problem;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is calling, from the claims the HTTP API's JWT authorizer verified: the subject and the roles
 * from the token's groups ({@code cognito:groups} or {@code groups}). API Gateway flattens an array
 * claim to a string such as {@code [oom-agent store-101]}; comma- or space-separated lists and
 * JSON-style arrays are read too.
 *
 * @param agent true for {@code oom-agent} and {@code oom-supervisor}: every route, every store, the
 *     agents' work lists
 * @param supervisor true for {@code oom-supervisor}: also the lists only supervisors read (the sync
 *     list) and every store's list of the stores' (the cwc list)
 * @param stores the stores of the caller's {@code store-<storeId>} groups
 */
public record Caller(String subject, boolean agent, boolean supervisor, Set<String> stores) {
  public static final String AGENT_GROUP = "oom-agent";
  public static final String SUPERVISOR_GROUP = "oom-supervisor";
  public static final String STORE_GROUP_PREFIX = "store-";
  private static final Pattern STORE_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

  /**
   * OpenID Connect caps {@code sub} at 255 characters; a longer one is not a subject we can record
   * (it becomes the actor of audit entries and part of idempotency keys, which DynamoDB caps).
   */
  static final int MAX_SUBJECT_CHARS = 255;

  public Caller {
    stores = Set.copyOf(stores);
  }

  /** The caller, or a 401 when there are no claims, no subject or a subject too long to be one. */
  public static Caller from(Map<String, String> claims) {
    String subject = claims == null ? null : claims.get("sub");
    if (subject == null || subject.isBlank() || subject.strip().length() > MAX_SUBJECT_CHARS) {
      throw new HttpProblem(
          Problem.UNAUTHENTICATED,
          "A bearer token with a subject is required.",
          null,
          Map.of("WWW-Authenticate", "Bearer"));
    }
    Set<String> groups = new LinkedHashSet<>();
    groups.addAll(groups(claims.get("cognito:groups")));
    groups.addAll(groups(claims.get("groups")));
    boolean supervisor = groups.contains(SUPERVISOR_GROUP);
    boolean agent = supervisor || groups.contains(AGENT_GROUP);
    Set<String> stores = new LinkedHashSet<>();
    for (String group : groups) {
      if (group.startsWith(STORE_GROUP_PREFIX)) {
        String storeId = group.substring(STORE_GROUP_PREFIX.length());
        if (STORE_ID.matcher(storeId).matches()) {
          stores.add(storeId);
        }
      }
    }
    return new Caller(subject.strip(), agent, supervisor, stores);
  }

  static Set<String> groups(String claim) {
    if (claim == null || claim.isBlank()) {
      return Set.of();
    }
    String list = claim.strip();
    if (list.startsWith("[") && list.endsWith("]")) {
      list = list.substring(1, list.length() - 1);
    }
    Set<String> groups = new LinkedHashSet<>();
    Arrays.stream(SEPARATORS.split(list))
        .map(group -> group.replace("\"", "").strip())
        .filter(group -> !group.isEmpty())
        .forEach(groups::add);
    return groups;
  }

  /** Agents and supervisors, or a store's staff: anyone else may call nothing. */
  public boolean hasAnyRole() {
    return agent || !stores.isEmpty();
  }

  /**
   * Whether the caller reads {@code kind} of every store: agents the agents' lists, only
   * supervisors the stores' (cwc); anyone else their own stores' only.
   */
  public boolean listsEveryStore(WorkListKind kind) {
    return kind.forStoresAndSupervisors() ? supervisor : agent;
  }

  /** Whether the caller may read {@code kind} of {@code storeId}: every store's, or its own. */
  public boolean mayList(WorkListKind kind, String storeId) {
    return listsEveryStore(kind) || stores.contains(storeId);
  }

  /** Whether the caller may read {@code storeId}'s reports: agents any store's, staff their own. */
  public boolean mayWorkStore(String storeId) {
    return agent || stores.contains(storeId);
  }

  /**
   * Who acts, for the core to decide against the order it reads: the agent by id (any order), else
   * the staff of the caller's stores (a change is recorded under the order's store).
   */
  public Acting acting() {
    return agent ? Actor.agent(subject) : Acting.staffOf(stores);
  }
}
