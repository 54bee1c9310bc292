package com.oom.handlers.api.routes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.core.application.CommandResult;
import com.oom.core.application.TextGuest;
import com.oom.handlers.api.ApiRequests.TextRequest;
import com.oom.handlers.api.ApiResponses;
import com.oom.handlers.api.ApiRoute;
import com.oom.handlers.http.HttpResponses;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /orders/{orderId}/texts}: an agent's text to the guest. 202 with the text as kept on
 * the order and what happens to it next (queued, or deferred until when); a text the policy forbids
 * is a 409 {@code text-refused} naming the reason. Neither the words nor the number are logged.
 */
final class TextsRoute implements Route {
  private static final Logger LOG = LoggerFactory.getLogger(TextsRoute.class);

  private final TextGuest useCase;

  TextsRoute(TextGuest useCase) {
    this.useCase = useCase;
  }

  @Override
  public ApiRoute route() {
    return ApiRoute.TEXTS;
  }

  @Override
  public APIGatewayV2HTTPResponse answer(ApiCall call) {
    String orderId = call.orderId();
    TextRequest body = call.body(TextRequest.class).validated();
    TextGuest.Result result =
        useCase.handle(
            new TextGuest.Command(
                call.commandId(),
                orderId,
                call.caller().acting(),
                body.to(),
                body.body(),
                body.comment()));
    CommandResult.Outcome outcome = result.result().outcome();
    LOG.info("{} {} {}", route().name(), outcome, result.expected());
    Map<String, String> headers =
        outcome == CommandResult.Outcome.DUPLICATE
            ? Map.of(CommandAnswer.REPLAYED, "true")
            : Map.of();
    return HttpResponses.json(
        route().successStatus(), ApiResponses.TextOutcome.of(result), headers);
  }
}
