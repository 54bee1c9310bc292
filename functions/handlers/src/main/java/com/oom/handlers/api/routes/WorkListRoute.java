package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.ListWorkList;
import com.oom.core.application.UnknownStore;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import com.oom.handlers.api.ApiResponses;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.api.Caller;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.HttpResponses;
import com.oom.handlers.http.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /worklists/{kind}}: agents list any store (or all), a store's staff their own stores
 * (all of them merged in priority order, or the one asked for). The sync list is for supervisors
 * only; the cwc list is the stores' (each its own) and the supervisors' (any store), not the
 * agents'. A store not in the store directory is a 404 naming it, never an empty list: a typo would
 * otherwise look like a store with nothing to do.
 */
final class WorkListRoute implements Route {
  private final ListWorkList lists;

  WorkListRoute(ListWorkList lists) {
    this.lists = lists;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.WORK_LIST;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String slug = call.match().pathParameters().getOrDefault("kind", "");
    WorkListKind kind =
        WorkListKind.fromSlug(slug)
            .orElseThrow(
                () -> new InvalidMessage("kind", "must be one of " + WorkListKind.slugs()));
    Optional<String> storeId = StoreIds.query(call);
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
    return HttpResponses.json(
        200, ApiResponses.WorkList.of(kind.slug(), items(kind, storeId, call.caller())));
  }

  private List<WorkItem> items(WorkListKind kind, Optional<String> storeId, Caller caller) {
    if (storeId.isPresent()) {
      if (!caller.mayList(kind, storeId.get())) {
        throw new HttpProblem(Problem.FORBIDDEN, "You may list only your own store's orders.");
      }
      if (!lists.knowsStore(storeId.get())) {
        throw new UnknownStore(storeId.get());
      }
      return lists.handle(kind, storeId.get());
    }
    if (caller.listsEveryStore(kind)) {
      return lists.handle(kind, null);
    }
    List<WorkItem> all = new ArrayList<>();
    caller.stores().stream()
        .filter(lists::knowsStore)
        .sorted()
        .forEach(s -> all.addAll(lists.handle(kind, s)));
    return all.stream().sorted(WorkLists.PRIORITY).toList();
  }
}
