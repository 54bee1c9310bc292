package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.SetContactStatus;
import com.oom.handlers.api.ApiRequests.ContactStatusRequest;
import com.oom.handlers.api.ApiRoute;

/** {@code PUT /orders/{orderId}/contact-status}, optionally at an expected version. */
final class ContactStatusRoute implements Route {
  private final SetContactStatus useCase;

  ContactStatusRoute(SetContactStatus useCase) {
    this.useCase = useCase;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.CONTACT_STATUS;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    ContactStatusRequest body = call.body(ContactStatusRequest.class).validated();
    return CommandAnswer.of(
        route(),
        useCase.handle(
            new SetContactStatus.Command(
                call.commandId(),
                orderId,
                call.caller().acting(),
                body.status(),
                body.contactDate(),
                body.comment(),
                body.expectedVersion())));
  }
}
