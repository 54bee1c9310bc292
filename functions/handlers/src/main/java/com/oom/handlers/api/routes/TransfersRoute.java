package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.BookTransfer;
import com.oom.core.application.CommandResult;
import com.oom.handlers.api.ApiRequests.TransferRequest;
import com.oom.handlers.api.ApiResponses;
import com.oom.handlers.api.ApiRoute;

/** {@code POST /orders/{orderId}/transfers}: answers with the order's transfer. */
final class TransfersRoute implements Route {
  private final BookTransfer useCase;

  TransfersRoute(BookTransfer useCase) {
    this.useCase = useCase;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.TRANSFERS;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    TransferRequest body = call.body(TransferRequest.class).validated();
    CommandResult result =
        useCase.handle(
            new BookTransfer.Command(
                call.commandId(),
                orderId,
                call.caller().acting(),
                body.fromLocationId(),
                body.toLocationId(),
                body.expectedDate(),
                body.comment()));
    return CommandAnswer.of(
        route(),
        result,
        ApiResponses.CommandOutcome.of(result).withTransfer(result.order().transfer()));
  }
}
