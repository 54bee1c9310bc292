package com.oom.handlers.common;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A function behind the HTTP API (payload 2.0). Lambda calls the stream method (see {@link
 * SqsFunction}); in-process callers call the typed one.
 */
public interface HttpFunction
    extends RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, RequestStreamHandler {
  @Override
  default void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    LambdaEvents.write(
        output, handleRequest(LambdaEvents.read(input, APIGatewayV2HTTPEvent.class), context));
  }
}
