package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.CommandResult;
import com.oom.core.application.RedateOrder;
import com.oom.handlers.api.ApiRequests.FulfilmentDateRequest;
import com.oom.handlers.api.ApiResponses;
import com.oom.handlers.api.ApiRoute;

/**
 * {@code PUT /orders/{orderId}/fulfilment-date}, optionally at an expected version: the past-due
 * fix, to the date given or else the order's ATP date. Answers with the fulfilment date now; the
 * ERP update carries it, and it stays pending until a snapshot shows it.
 */
final class FulfilmentDateRoute implements Route {
  private final RedateOrder useCase;

  FulfilmentDateRoute(RedateOrder useCase) {
    this.useCase = useCase;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.FULFILMENT_DATE;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    FulfilmentDateRequest body = call.body(FulfilmentDateRequest.class).validated();
    CommandResult result =
        useCase.handle(
            new RedateOrder.Command(
                call.commandId(),
                orderId,
                call.caller().acting(),
                body.date(),
                body.comment(),
                body.expectedVersion()));
    return CommandAnswer.of(
        route(),
        result,
        ApiResponses.CommandOutcome.of(
            result, null, null, null, result.order().details().fulfilmentDate()));
  }
}
