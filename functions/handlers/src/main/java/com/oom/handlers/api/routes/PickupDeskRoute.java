package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.ListPickupDesk;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.api.PickupDeskResponses;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.http.HttpResponses;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /worklists/pickup-desk?locationId=&date=}: a distribution centre's pick-up desk (CPU
 * duties), the booked pick-ups at {@code locationId} on {@code date}, by window start then order
 * id. Without {@code date}, each order's own today (in its time zone). Agents and supervisors see
 * every pick-up, a store's staff only their own stores' orders. One read of the location's desk
 * partition, whatever the stores' size.
 */
final class PickupDeskRoute implements Route {
  private static final Pattern LOCATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  private final ListPickupDesk desk;

  PickupDeskRoute(ListPickupDesk desk) {
    this.desk = desk;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.PICKUP_DESK;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String locationId =
        call.request()
            .query("locationId")
            .filter(id -> !id.isBlank())
            .orElseThrow(() -> new InvalidMessage("locationId", "is required"));
    if (!LOCATION_ID.matcher(locationId).matches()) {
      throw new InvalidMessage("locationId", "is not a location id");
    }
    LocalDate date = date(call.request().query("date"));
    List<String> stores =
        call.caller().agent() ? null : call.caller().stores().stream().sorted().toList();
    return HttpResponses.json(
        200, PickupDeskResponses.DeskList.of(desk.handle(locationId, date, stores)));
  }

  private static LocalDate date(Optional<String> text) {
    try {
      return text.map(LocalDate::parse).orElse(null);
    } catch (DateTimeParseException e) {
      throw new InvalidMessage("date", "must be a date, YYYY-MM-DD");
    }
  }
}
