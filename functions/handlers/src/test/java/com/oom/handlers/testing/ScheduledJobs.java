package com.oom.handlers.testing;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A scheduled function (timer sweep, daily plan) run on a Scheduler input, as Lambda runs it. */
public final class ScheduledJobs {
  private ScheduledJobs() {}

  /** The daily plan's input for {@code phase} ({@code START_OF_DAY}, {@code END_OF_DAY}). */
  public static String dailyPlan(String phase, String storeId) {
    return "{\"job\":\"daily-plan\",\"phase\":\"" + phase + "\",\"storeId\":\"" + storeId + "\"}";
  }

  /** Runs {@code handler} as function {@code functionName} on {@code input}; its output as JSON. */
  public static JsonNode invoke(RequestStreamHandler handler, String functionName, String input) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
          output,
          new FakeContext(functionName));
      return ApiJson.mapper().readTree(output.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
