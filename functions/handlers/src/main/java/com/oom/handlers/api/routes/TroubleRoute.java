package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.CommandResult;
import com.oom.core.application.ReportTrouble;
import com.oom.handlers.api.ApiRequests.TroubleRequest;
import com.oom.handlers.api.ApiRoute;

/** {@code POST /orders/{orderId}/trouble}: answers with the escalation it raised. */
final class TroubleRoute implements Route {
  private final ReportTrouble useCase;

  TroubleRoute(ReportTrouble useCase) {
    this.useCase = useCase;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.TROUBLE;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    TroubleRequest body = call.body(TroubleRequest.class).validated();
    CommandResult result =
        useCase.handle(
            new ReportTrouble.Command(
                call.commandId(), orderId, call.caller().acting(), body.reason(), body.comment()));
    return CommandAnswer.of(route(), result, null, null, result.order().escalation());
  }
}
