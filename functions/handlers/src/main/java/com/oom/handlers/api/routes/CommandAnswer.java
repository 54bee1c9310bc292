package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.CommandResult;
import com.oom.core.order.Appointment;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.DerivedId;
import com.oom.core.order.Escalation;
import com.oom.handlers.api.AgentApiHandler;
import com.oom.handlers.api.ApiResponses;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.http.HttpResponses;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command's answer: the route's success status with the outcome, and {@code Idempotent-Replayed:
 * true} when the request was applied before.
 */
final class CommandAnswer {
  static final String REPLAYED = "Idempotent-Replayed";
  private static final Logger LOG = LoggerFactory.getLogger(AgentApiHandler.class);

  private CommandAnswer() {}

  static APIGatewayV2HTTPResponse of(ApiRoute route, CommandResult result) {
    return of(route, result, ApiResponses.CommandOutcome.of(result));
  }

  static APIGatewayV2HTTPResponse of(
      ApiRoute route,
      CommandResult result,
      ContactAttempt attempt,
      Appointment appointment,
      Escalation escalation) {
    return of(
        route,
        result,
        ApiResponses.CommandOutcome.of(result, attempt, appointment, escalation, null));
  }

  /** The attempt command {@code commandId} recorded on the order, or null (a refused one). */
  static ContactAttempt attemptRecorded(CommandResult result, String commandId, String orderId) {
    String attemptId = DerivedId.of(commandId, orderId, "attempt");
    return result.order().attempts().stream()
        .filter(a -> a.attemptId().equals(attemptId))
        .findFirst()
        .orElse(null);
  }

  static APIGatewayV2HTTPResponse of(
      ApiRoute route, CommandResult result, ApiResponses.CommandOutcome outcome) {
    LOG.info("{} {}", route.name(), result.outcome());
    Map<String, String> headers =
        result.outcome() == CommandResult.Outcome.DUPLICATE ? Map.of(REPLAYED, "true") : Map.of();
    return HttpResponses.json(route.successStatus(), outcome, headers);
  }
}
