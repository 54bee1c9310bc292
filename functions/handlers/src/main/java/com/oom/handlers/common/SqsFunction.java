package com.oom.handlers.common;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A function behind an SQS event source. Lambda runs a class that implements {@link
 * RequestStreamHandler} as a stream handler (it checks that interface first), so it calls the
 * stream method, which reads the batch with {@link LambdaEvents}; in-process callers (the local
 * runner, tests) call the typed method.
 */
public interface SqsFunction
    extends RequestHandler<SQSEvent, SQSBatchResponse>, RequestStreamHandler {
  @Override
  default void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    LambdaEvents.write(output, handleRequest(LambdaEvents.read(input, SQSEvent.class), context));
  }
}
