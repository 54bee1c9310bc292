package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.handlers.api.ApiRoute;

/**
 * One route of the agent API: it validates the request, runs its use case and shapes the answer.
 * The caller's role for the route is checked before; whether the caller may touch the order is the
 * core's to decide from the order it reads (another store's order is an unknown order).
 */
public interface Route {
  /** The route this class answers. */
  ApiRoute route();

  APIGatewayV2HTTPResponse answer(ApiCall call);
}
