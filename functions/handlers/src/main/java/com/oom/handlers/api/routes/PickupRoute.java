package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.CommandResult;
import com.oom.core.application.RecordPickupEvent;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.api.PickupDeskResponses;
import com.oom.handlers.api.PickupRequest;
import com.oom.handlers.http.HttpResponses;
import java.util.Map;

/**
 * {@code POST /orders/{orderId}/pickup}: the pick-up desk records the guest's arrival, the release
 * of the merchandise (the order is picked up) or a no-show (the order goes on the missed list).
 * Agents and supervisors on any order; a store's staff on their own store's orders (the core
 * decides from the order it reads: another store's is an unknown order).
 */
final class PickupRoute implements Route {
  private final RecordPickupEvent useCase;

  PickupRoute(RecordPickupEvent useCase) {
    this.useCase = useCase;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.PICKUP;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    PickupRequest body = call.body(PickupRequest.class).validated();
    CommandResult result =
        useCase.handle(
            new RecordPickupEvent.Command(
                call.commandId(), orderId, call.caller().acting(), body.event(), body.comment()));
    Map<String, String> headers =
        result.outcome() == CommandResult.Outcome.DUPLICATE
            ? Map.of(CommandAnswer.REPLAYED, "true")
            : Map.of();
    return HttpResponses.json(
        route().successStatus(), PickupDeskResponses.PickupOutcome.of(result), headers);
  }
}
