package com.oom.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.oom.aws.OomSettings;
import com.oom.aws.client.AwsClients;
import com.oom.core.application.OomServices;
import java.time.Clock;
import java.util.Map;

/** The HTTP API's functions, built for the local runner. */
final class LocalHttpFunctions {
  private LocalHttpFunctions() {}

  static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> agentApi(
      OomServices services) {
    return (event, context) -> notYet();
  }

  static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> jennyWebhook(
      OomServices services, OomSettings settings, AwsClients clients, Clock clock) {
    return (event, context) -> notYet();
  }

  private static APIGatewayV2HTTPResponse notYet() {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(501)
        .withHeaders(Map.of("content-type", "application/problem+json"))
        .withBody("{\"title\":\"not wired yet\",\"status\":501}")
        .build();
  }
}
