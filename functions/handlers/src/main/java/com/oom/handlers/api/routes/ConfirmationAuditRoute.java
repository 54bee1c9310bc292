package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.ReadConfirmationAudit;
import com.oom.handlers.api.ApiResponses;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.HttpResponses;
import com.oom.handlers.http.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code GET /reports/confirmation-audit?storeId=&date=}: the end-of-day confirmation audit the
 * daily plan stored for a store's business day ({@code date}, by default the store's today). Agents
 * read any store, a store's staff their own (another store: 403); a store not in the directory is
 * 404 unknown-store, a day with no audit stored 404 audit-not-found.
 */
final class ConfirmationAuditRoute implements Route {
  private final ReadConfirmationAudit audits;

  ConfirmationAuditRoute(ReadConfirmationAudit audits) {
    this.audits = audits;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.CONFIRMATION_AUDIT;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String storeId =
        StoreIds.query(call).orElseThrow(() -> new InvalidMessage("storeId", "is required"));
    LocalDate date = date(call.request().query("date"));
    if (!call.caller().mayWorkStore(storeId)) {
      throw new HttpProblem(Problem.FORBIDDEN, "You may read only your own store's audit.");
    }
    return audits
        .handle(storeId, date)
        .map(report -> HttpResponses.json(200, ApiResponses.ConfirmationAudit.of(report)))
        .orElseThrow(
            () ->
                new HttpProblem(
                    Problem.AUDIT_NOT_FOUND,
                    "No confirmation audit is stored for store "
                        + storeId
                        + (date == null ? " today." : " on " + date + ".")));
  }

  private static LocalDate date(Optional<String> text) {
    try {
      return text.map(LocalDate::parse).orElse(null);
    } catch (DateTimeParseException e) {
      throw new InvalidMessage("date", "must be a date, YYYY-MM-DD");
    }
  }
}
