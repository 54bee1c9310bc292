package com.oom.benchmarks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** The same for a stream handler's answer, read without a JSON library (text patterns only). */
  static String describeJson(String answer) {
    if (answer.startsWith("{\"batchItemFailures\"")) {
      return "batchItemFailures:" + (answer.split("\"itemIdentifier\"", -1).length - 1);
    }
    Matcher status = STATUS.matcher(answer);
    if (status.find()) {
      return "status:" + status.group(1);
    }
    return "bytes:" + answer.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private static final Pattern STATUS = Pattern.compile("\"statusCode\":(\\d+)");
}
