package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.Context;
import com.oom.core.application.UnknownOrder;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.api.Caller;
import com.oom.handlers.api.CommandIds;
import com.oom.handlers.http.HttpRequest;
import com.oom.handlers.http.JsonBodies;
import org.slf4j.MDC;

/** One request to a route: the request, the route it resolved to, and the caller. */
public record ApiCall(HttpRequest request, Context context, ApiRoute.Match match, Caller caller) {
  private static final int MAX_ORDER_ID_CHARS = 64;

  public ApiRoute route() {
    return match.route();
  }

  /** The path's order id (logged with the request); one no order can have is an unknown order. */
  public String orderId() {
    String orderId = match.pathParameters().get("orderId");
    if (orderId == null
        || orderId.isBlank()
        || orderId.length() > MAX_ORDER_ID_CHARS
        || orderId.chars().anyMatch(Character::isISOControl)) {
      throw new UnknownOrder(String.valueOf(orderId));
    }
    MDC.put("orderId", orderId);
    return orderId;
  }

  /** The command id this request's change is recorded under (see {@link CommandIds}). */
  public String commandId() {
    return CommandIds.of(request, context, route(), caller);
  }

  /** The JSON body as {@code type} (a 400 naming the field when it does not read). */
  public <T extends Record> T body(Class<T> type) {
    return JsonBodies.read(request.bodyText(), type);
  }
}
