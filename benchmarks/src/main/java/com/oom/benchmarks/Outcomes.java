package com.oom.benchmarks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;

/** A handler's answer in a word, for the report; kept apart so the floor never loads it. */
final class Outcomes {
  private Outcomes() {}

  static String describe(Object result) {
    if (result instanceof SQSBatchResponse batch) {
      return "batchItemFailures:" + batch.getBatchItemFailures().size();
    }
    if (result instanceof APIGatewayV2HTTPResponse http) {
      return "status:" + http.getStatusCode();
    }
    return String.valueOf(result).replace(' ', '_');
  }
}
