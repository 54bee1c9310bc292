package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.ListWorkList;
import com.oom.core.application.UnknownStore;
import com.oom.core.worklist.WorkListKind;
import com.oom.handlers.api.ApiResponses;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.api.Caller;
import com.oom.handlers.api.WorkListCursors;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.HttpResponses;
import com.oom.handlers.http.Problem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /worklists/{kind}}, a page at a time ({@code limit}, {@code cursor}): agents list any
 * store (or all), a store's staff their own stores (all of them merged in priority order, or the
 * one asked for). The sync list is for supervisors only; the cwc list is the stores' (each its own)
 * and the supervisors' (any store), not the agents'. A store not in the store directory is a 404
 * naming it, never an empty list: a typo would otherwise look like a store with nothing to do.
 *
 * <p>A page reads only its own entries of the work-list index, whatever the stores' size; {@code
 * total} comes from the lists' counters. The cursor says where the page before ended, for this list
 * and these stores only; who may read them is checked from the request every time. A page leaves
 * out the orders of a store since dropped from the directory ({@link ListWorkList#page}), so it may
 * be short before its last page.
 */
final class WorkListRoute implements Route {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  private final ListWorkList lists;
  private final WorkListCursors cursors;

  WorkListRoute(ListWorkList lists, WorkListCursors cursors) {
    this.lists = lists;
    this.cursors = cursors;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.WORK_LIST;
  }

  /**
   * The stores a page is read from and the cursor's name for them.
   *
   * @param stores null for every store
   */
  private record Scope(String name, List<String> stores) {}

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String slug = call.match().pathParameters().getOrDefault("kind", "");
    WorkListKind kind =
        WorkListKind.fromSlug(slug)
            .orElseThrow(
                () -> new InvalidMessage("kind", "must be one of " + WorkListKind.slugs()));
    Optional<String> storeId = StoreIds.query(call);
    int limit = limit(call);
    Optional<String> cursor = call.request().query("cursor");
    if (kind.supervisorsOnly() && !call.caller().supervisor()) {
      throw new HttpProblem(
          Problem.FORBIDDEN,
          "Only supervisors (" + Caller.SUPERVISOR_GROUP + ") may read the " + slug + " list.");
    }
    if (!call.caller().listsEveryStore(kind) && call.caller().stores().isEmpty()) {
      throw new HttpProblem(
          Problem.FORBIDDEN,
          "Only supervisors ("
              + Caller.SUPERVISOR_GROUP
              + ") and a store's own staff ("
              + Caller.STORE_GROUP_PREFIX
              + "<storeId>) may read the "
              + slug
              + " list.");
    }
    Scope scope = scope(kind, storeId, call.caller());
    String after = cursor.map(c -> cursors.rankAfter(c, kind.slug(), scope.name())).orElse(null);
    ListWorkList.WorkListPage page = lists.page(kind, scope.stores(), after, limit);
    String next =
        page.lastRank() == null ? null : cursors.issue(kind.slug(), scope.name(), page.lastRank());
    return HttpResponses.json(
        200, ApiResponses.WorkList.of(kind.slug(), page.total(), page.items(), next));
  }

  /** The request's {@code limit}: 1 to 200, 50 when absent. */
  private static int limit(ApiCall call) {
    Optional<String> text = call.request().query("limit");
    if (text.isEmpty()) {
      return ListWorkList.DEFAULT_LIMIT;
    }
    int limit = DIGITS.matcher(text.get()).matches() ? Integer.parseInt(text.get()) : 0;
    if (limit < 1 || limit > ListWorkList.MAX_LIMIT) {
      throw new InvalidMessage(
          "limit", "must be a whole number from 1 to " + ListWorkList.MAX_LIMIT);
    }
    return limit;
  }

  /**
   * One store (the caller's own, unless they list every store), every store, or the staff's own
   * stores that the directory knows, sorted.
   */
  private Scope scope(WorkListKind kind, Optional<String> storeId, Caller caller) {
    if (storeId.isPresent()) {
      if (!caller.mayList(kind, storeId.get())) {
        throw new HttpProblem(Problem.FORBIDDEN, "You may list only your own store's orders.");
      }
      if (!lists.knowsStore(storeId.get())) {
        throw new UnknownStore(storeId.get());
      }
      return new Scope("store:" + storeId.get(), List.of(storeId.get()));
    }
    if (caller.listsEveryStore(kind)) {
      return new Scope("all", null);
    }
    List<String> own = caller.stores().stream().filter(lists::knowsStore).sorted().toList();
    return new Scope("stores:" + String.join(",", own), own);
  }
}
