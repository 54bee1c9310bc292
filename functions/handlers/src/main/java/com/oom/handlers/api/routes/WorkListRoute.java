package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.ListWorkList;
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
import java.util.regex.Pattern;

/**
 * {@code GET /worklists/{kind}}: agents list any store (or all), a store's staff their own stores
 * (all of them merged in priority order, or the one asked for).
 */
final class WorkListRoute implements Route {
  private static final Pattern STORE_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
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
                () ->
                    new InvalidMessage(
                        "kind",
                        "must be one of scheduling, follow-up, confirmation, coded, past-due,"
                            + " missed"));
    Optional<String> storeId = call.request().query("storeId");
    if (storeId.isPresent() && !STORE_ID.matcher(storeId.get()).matches()) {
      throw new InvalidMessage("storeId", "is not a store id");
    }
    return HttpResponses.json(
        200, ApiResponses.WorkList.of(kind.slug(), items(kind, storeId, call.caller())));
  }

  private List<WorkItem> items(WorkListKind kind, Optional<String> storeId, Caller caller) {
    if (caller.agent()) {
      return lists.handle(kind, storeId.orElse(null));
    }
    if (storeId.isPresent()) {
      if (!caller.mayWorkStore(storeId.get())) {
        throw new HttpProblem(Problem.FORBIDDEN, "You may list only your own store's orders.");
      }
      return lists.handle(kind, storeId.get());
    }
    List<WorkItem> all = new ArrayList<>();
    caller.stores().stream().sorted().forEach(s -> all.addAll(lists.handle(kind, s)));
    return all.stream().sorted(WorkLists.PRIORITY).toList();
  }
}
