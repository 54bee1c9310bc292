package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.AddComment;
import com.oom.handlers.api.ApiRequests.CommentRequest;
import com.oom.handlers.api.ApiRoute;

/** {@code POST /orders/{orderId}/comments}. */
final class CommentsRoute implements Route {
  private final AddComment useCase;

  CommentsRoute(AddComment useCase) {
    this.useCase = useCase;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.COMMENTS;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    CommentRequest body = call.body(CommentRequest.class).validated();
    return CommandAnswer.of(
        route(),
        useCase.handle(
            new AddComment.Command(
                call.commandId(), orderId, call.caller().acting(), body.comment())));
  }
}
