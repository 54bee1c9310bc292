package com.oom.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.UnknownOrder;
import com.oom.core.application.UnknownStore;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.RuleViolation;
import com.oom.core.order.TextRefused;
import com.oom.core.port.ConcurrentUpdate;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.http.HttpProblem;
import com.oom.handlers.http.HttpResponses;
import com.oom.handlers.http.Problem;
import com.oom.handlers.http.ProblemDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure of an API request as RFC 9457 problem details: the HTTP refusals as raised, invalid
 * requests and commands as 400 naming the field, an unknown (or another store's) order as 404, a
 * store not in the directory as 404, a broken rule as 409, a text the texting policy refuses as 409
 * text-refused naming the reason, a lost race as 409 version conflict, anything else as a 500 that
 * says nothing more.
 */
final class ApiProblems {
  private static final Logger LOG = LoggerFactory.getLogger(AgentApiHandler.class);

  private ApiProblems() {}

  static APIGatewayV2HTTPResponse of(RuntimeException failure, String instance) {
    return switch (failure) {
      case HttpProblem problem -> HttpResponses.problem(problem, instance);
      case InvalidMessage invalid -> {
        String field =
            invalid.field() == null || invalid.field().isEmpty() ? "body" : invalid.field();
        yield HttpResponses.problem(
            Problem.INVALID_REQUEST, field + ": " + reason(invalid), instance, field);
      }
      case InvalidCommand invalid ->
          HttpResponses.problem(
              Problem.INVALID_REQUEST, invalid.getMessage(), instance, invalid.field());
      case UnknownOrder unknown ->
          HttpResponses.problem(
              Problem.UNKNOWN_ORDER, "No order with this id is known to OOM.", instance, null);
      case UnknownStore unknown ->
          HttpResponses.problem(
              Problem.UNKNOWN_STORE,
              "Store " + unknown.storeId() + " is not in the store directory.",
              instance,
              null);
      case TextRefused refused ->
          HttpResponses.problem(
              ProblemDetails.of(Problem.TEXT_REFUSED, refused.getMessage(), instance, null)
                  .withReason(refused.reason().name()));
      case RuleViolation violation ->
          HttpResponses.problem(Problem.RULE_VIOLATION, violation.getMessage(), instance, null);
      case ConcurrentUpdate conflict ->
          HttpResponses.problem(
              Problem.VERSION_CONFLICT,
              "The order was changed by someone else: read it again, then retry.",
              instance,
              null);
      default -> {
        LOG.error("request failed", failure);
        yield HttpResponses.problem(
            Problem.INTERNAL_ERROR,
            "Something went wrong on our side; nothing more can be said here.",
            instance,
            null);
      }
    };
  }

  /** The reason part of an InvalidMessage (its message is "field: reason"). */
  private static String reason(InvalidMessage invalid) {
    String message = invalid.getMessage();
    String prefix = invalid.field() + ": ";
    return invalid.field() != null && !invalid.field().isEmpty() && message.startsWith(prefix)
        ? message.substring(prefix.length())
        : message;
  }
}
