package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.ViewOrder;
import com.oom.handlers.api.ApiResponses;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.http.HttpResponses;

/** {@code GET /orders/{orderId}}: the order view, for the caller as the core decides. */
final class OrderRoute implements Route {
  private final ViewOrder view;

  OrderRoute(ViewOrder view) {
    this.view = view;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.ORDER;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    return HttpResponses.json(
        200, ApiResponses.OrderView.of(view.handle(orderId, call.caller().acting())));
  }
}
