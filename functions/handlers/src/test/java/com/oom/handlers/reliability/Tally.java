package com.oom.handlers.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.wire.MessageJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * A suite's cases and failures, printed as {@code RELIABILITY <suite>: <cases> cases, <failures>
 * failures} when the suite ends. A case is one {@link #check}: a failing check counts once and is
 * rethrown, so the test still fails.
 */
final class Tally {
  /** A check that may throw (an assertion, or an exception of the code under test). */
  interface Check {
    void run() throws Exception;
  }

  private final String suite;
  private int cases;
  private int failures;

  Tally(String suite) {
    this.suite = suite;
  }

  synchronized void check(Check check) throws Exception {
    cases++;
    try {
      check.run();
    } catch (Exception | AssertionError failed) {
      failures++;
      throw failed;
    }
  }

  synchronized void report() {
    System.out.printf("RELIABILITY %s: %d cases, %d failures%n", suite, cases, failures);
  }

  /** How many of {@code messages} name each order ({@code orderId} of the JSON body). */
  static Map<String, Integer> perOrder(List<Message> messages) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Message message : messages) {
      counts.merge(json(message).path("orderId").asText(), 1, Integer::sum);
    }
    return counts;
  }

  static JsonNode json(Message message) {
    try {
      return MessageJson.mapper().readTree(message.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
