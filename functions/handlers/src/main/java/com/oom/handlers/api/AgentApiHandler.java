package com.oom.handlers.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.AddComment;
import com.oom.core.application.BookAppointment;
import com.oom.core.application.BookTransfer;
import com.oom.core.application.FindOrdersByPhone;
import com.oom.core.application.ListPickupDesk;
import com.oom.core.application.ListWorkList;
import com.oom.core.application.ReadConfirmationAudit;
import com.oom.core.application.RecordAgentConfirmation;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.RecordPickupEvent;
import com.oom.core.application.RedateOrder;
import com.oom.core.application.ReportTrouble;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.TextGuest;
import com.oom.core.application.ViewOrder;
import com.oom.handlers.api.routes.ApiCall;
import com.oom.handlers.api.routes.RouteTable;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.HttpFunction;
import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.HttpRequest;
import com.oom.handlers.http.Problem;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The agent API (API Gateway HTTP API, payload 2.0, JWT authorizer): work lists, the order view,
 * the agents' commands and the stored confirmation audits. Each request is authenticated from the
 * verified claims, resolved to its route, checked against the route's roles, then answered by the
 * route's class ({@link RouteTable}); every error is RFC 9457 problem details ({@link
 * ApiProblems}).
 *
 * <p>Whether a store's staff ({@code store-<storeId>}) may touch an order is decided by the core
 * from the order its use case reads anyway: another store's order is answered exactly like an
 * unknown one (404), so its existence is not revealed, and nothing is written.
 */
public final class AgentApiHandler implements HttpFunction {
  private static final Logger LOG = LoggerFactory.getLogger(AgentApiHandler.class);

  private final RouteTable routes;

  /** The use cases this function calls. */
  public record UseCases(
      ViewOrder viewOrder,
      ListWorkList listWorkList,
      RecordContactAttempt recordContactAttempt,
      SetContactStatus setContactStatus,
      RedateOrder redateOrder,
      BookAppointment bookAppointment,
      ReportTrouble reportTrouble,
      AddComment addComment,
      RecordAgentConfirmation recordAgentConfirmation,
      ReadConfirmationAudit readConfirmationAudit,
      BookTransfer bookTransfer,
      ListPickupDesk listPickupDesk,
      RecordPickupEvent recordPickupEvent,
      FindOrdersByPhone findOrdersByPhone,
      TextGuest textGuest) {}

  public AgentApiHandler() {
    this(AgentApiWiring.wire(FunctionWiring.fromEnvironment()));
  }

  /**
   * What the handler works with: its use cases and the key its work-list cursors are signed with.
   */
  public record Parts(UseCases useCases, WorkListCursors cursors) {}

  public AgentApiHandler(Parts parts) {
    this.routes = RouteTable.of(parts.useCases(), parts.cursors());
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return PowertoolsLogging.withLogging(context, () -> handle(event, context));
  }

  private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Context context) {
    HttpRequest request = HttpRequest.of(event);
    APIGatewayV2HTTPResponse response;
    try {
      ApiCall call = resolve(request, context);
      response = routes.get(call.route()).answer(call);
    } catch (RuntimeException failure) {
      response = ApiProblems.of(failure, request.path());
    }
    LOG.info("{} {} answered {}", request.method(), MDC.get("route"), response.getStatusCode());
    MDC.remove("route");
    MDC.remove("orderId");
    MDC.remove("actor");
    return response;
  }

  /** The caller and the route, refused here when the caller's roles do not allow the route. */
  private static ApiCall resolve(HttpRequest request, Context context) {
    Caller caller = Caller.from(request.claims());
    ApiRoute.Match match =
        switch (ApiRoute.resolve(
            request.routeKey(), request.pathParameters(), request.method(), request.path())) {
          case ApiRoute.Resolution.Found found -> found.match();
          case ApiRoute.Resolution.WrongMethod wrong ->
              throw new HttpProblem(
                  Problem.METHOD_NOT_ALLOWED,
                  request.method()
                      + " is not allowed here; use "
                      + String.join(", ", wrong.allowed()),
                  null,
                  Map.of("Allow", String.join(", ", wrong.allowed())));
          case ApiRoute.Resolution.NoSuchPath none ->
              throw new HttpProblem(Problem.NOT_FOUND, "No route matches this path.");
        };
    MDC.put("route", match.route().template());
    MDC.put("actor", caller.subject());
    if (!caller.hasAnyRole()) {
      throw new HttpProblem(
          Problem.FORBIDDEN, "Your token carries none of the OOM groups (oom-agent, store-…).");
    }
    if (!match.route().storesAllowed() && !caller.agent()) {
      throw new HttpProblem(Problem.FORBIDDEN, "Only OOM agents and supervisors may do this.");
    }
    return new ApiCall(request, context, match, caller);
  }
}
