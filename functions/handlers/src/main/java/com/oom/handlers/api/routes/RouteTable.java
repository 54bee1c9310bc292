package com.oom.handlers.api.routes;

import com.oom.handlers.api.AgentApiHandler;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.api.WorkListCursors;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every {@link ApiRoute} with the class that answers it. */
public final class RouteTable {
  private final Map<ApiRoute, Route> routes = new EnumMap<>(ApiRoute.class);

  RouteTable(List<Route> routes) {
    for (Route route : routes) {
      if (this.routes.put(route.route(), route) != null) {
        throw new IllegalArgumentException("two classes answer " + route.route());
      }
    }
  }

  /** The agent API's routes over these use cases, paging work lists with these cursors. */
  public static RouteTable of(AgentApiHandler.UseCases oom, WorkListCursors cursors) {
    return new RouteTable(
        List.of(
            new WorkListRoute(oom.listWorkList(), cursors),
            new OrderRoute(oom.viewOrder()),
            new ContactAttemptsRoute(oom.recordContactAttempt()),
            new ContactStatusRoute(oom.setContactStatus()),
            new FulfilmentDateRoute(oom.redateOrder()),
            new AppointmentsRoute(oom.bookAppointment()),
            new TroubleRoute(oom.reportTrouble()),
            new CommentsRoute(oom.addComment()),
            new ConfirmationsRoute(oom.recordAgentConfirmation()),
            new ConfirmationAuditRoute(oom.readConfirmationAudit()),
            new TransfersRoute(oom.bookTransfer()),
            new PickupDeskRoute(oom.listPickupDesk()),
            new PickupRoute(oom.recordPickupEvent()),
            new OrdersByPhoneRoute(oom.findOrdersByPhone()),
            new TextsRoute(oom.textGuest())));
  }

  /** The class that answers {@code route}. */
  public Route get(ApiRoute route) {
    Route found = routes.get(route);
    if (found == null) {
      throw new IllegalStateException("no route class answers " + route);
    }
    return found;
  }

  /** The routes answered, for the test that every route has its class. */
  public Map<ApiRoute, Route> routes() {
    return Map.copyOf(routes);
  }
}
