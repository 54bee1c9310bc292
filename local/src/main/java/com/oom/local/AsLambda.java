package com.oom.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.oom.handlers.common.LambdaEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Invokes a function as the Lambda service does: the event written as Lambda's JSON into the
 * function's stream method (the one Lambda calls), its answer read back from JSON. The local runner
 * goes through the same bytes as a deployed function, not the typed shortcut the tests use.
 */
final class AsLambda {
  private AsLambda() {}

  static <T> T invoke(
      RequestStreamHandler function, Object event, Class<T> answer, Context context) {
    try {
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      LambdaEvents.write(request, event);
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      function.handleRequest(new ByteArrayInputStream(request.toByteArray()), response, context);
      return LambdaEvents.read(new ByteArrayInputStream(response.toByteArray()), answer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
