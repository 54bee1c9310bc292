package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.CommandResult;
import com.oom.core.application.RecordContactAttempt;
import com.oom.handlers.api.ApiRequests.ContactAttemptRequest;
import com.oom.handlers.api.ApiRoute;

/** {@code POST /orders/{orderId}/contact-attempts}: answers with the attempt recorded. */
final class ContactAttemptsRoute implements Route {
  private final RecordContactAttempt useCase;

  ContactAttemptsRoute(RecordContactAttempt useCase) {
    this.useCase = useCase;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.CONTACT_ATTEMPTS;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    ContactAttemptRequest body = call.body(ContactAttemptRequest.class).validated();
    String commandId = call.commandId();
    CommandResult result =
        useCase.handle(
            new RecordContactAttempt.Command(
                commandId,
                orderId,
                call.caller().acting(),
                body.phone(),
                body.channel(),
                body.outcome(),
                body.comment()));
    return CommandAnswer.of(
        route(), result, CommandAnswer.attemptRecorded(result, commandId, orderId), null, null);
  }
}
