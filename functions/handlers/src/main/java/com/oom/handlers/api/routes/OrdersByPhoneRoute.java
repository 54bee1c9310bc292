package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.FindOrdersByPhone;
import com.oom.core.order.PhoneNumber;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.api.OrdersOfPhone;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.http.HttpResponses;

/**
 * {@code GET /orders?phone=}: the open orders of the number a guest rings from, newest first. The
 * number may be written any common way ({@link PhoneNumber#parseQueryValue}: "(204) 555-0142", "+1
 * 204 555 0142", a "+" a form encoding turned into a space). Agents see every order, a store's
 * staff only their own stores' orders: others are left out, not refused, so a store does not learn
 * that a number has orders elsewhere. The number is never logged nor repeated in a problem.
 */
final class OrdersByPhoneRoute implements Route {
  private final FindOrdersByPhone find;

  OrdersByPhoneRoute(FindOrdersByPhone find) {
    this.find = find;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.ORDERS_BY_PHONE;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    PhoneNumber phone = phone(call);
    return HttpResponses.json(200, OrdersOfPhone.of(find.handle(phone, call.caller().acting())));
  }

  private static PhoneNumber phone(ApiCall call) {
    String raw =
        call.request()
            .query("phone")
            .filter(value -> !value.isBlank())
            .orElseThrow(() -> new InvalidMessage("phone", "is required"));
    try {
      return PhoneNumber.parseQueryValue(raw);
    } catch (IllegalArgumentException e) {
      throw new InvalidMessage(
          "phone",
          "must be a telephone number: E.164 (a + and the country code) or a North American form");
    }
  }
}
