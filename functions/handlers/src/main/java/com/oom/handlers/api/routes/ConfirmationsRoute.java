package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.CommandResult;
import com.oom.core.application.RecordAgentConfirmation;
import com.oom.core.order.ContactAttempt;
import com.oom.handlers.api.ApiRequests.ConfirmationRequest;
import com.oom.handlers.api.ApiResponses;
import com.oom.handlers.api.ApiRoute;

/**
 * {@code POST /orders/{orderId}/confirmations}, optionally at an expected version: an agent's
 * confirmation call on the booked appointment. Answers with the call as the attempt recorded and
 * the order's confirmation result now.
 */
final class ConfirmationsRoute implements Route {
  private final RecordAgentConfirmation useCase;

  ConfirmationsRoute(RecordAgentConfirmation useCase) {
    this.useCase = useCase;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.CONFIRMATIONS;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    ConfirmationRequest body = call.body(ConfirmationRequest.class).validated();
    String commandId = call.commandId();
    CommandResult result =
        useCase.handle(
            new RecordAgentConfirmation.Command(
                commandId,
                orderId,
                call.caller().acting(),
                body.phone(),
                body.result().kind(),
                body.comment(),
                body.expectedVersion()));
    ContactAttempt attempt = CommandAnswer.attemptRecorded(result, commandId, orderId);
    return CommandAnswer.of(
        route(),
        result,
        ApiResponses.CommandOutcome.of(result, attempt, null, null, null)
            .withConfirmation(result.order().confirmation()));
  }
}
