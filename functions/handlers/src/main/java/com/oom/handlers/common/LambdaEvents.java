package com.oom.handlers.common;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The Lambda events our functions receive (SQS batches, API Gateway HTTP API payload 2.0) read from
 * the raw invocation stream, and their answers written to it, in the JSON the Lambda service sends
 * and expects — what the runtime's own serializer does for a {@code RequestHandler}. Reading them
 * here, with the Jackson the functions load anyway, saves the runtime's serializer (a second,
 * shaded Jackson and its mix-ins; 0.35–0.5 s per cold start in the benchmark harness) and lets
 * SnapStart priming cover the reading, which it cannot do for the runtime's code. {@code
 * LambdaEventsTest} reads every Lambda sample both ways and compares.
 */
public final class LambdaEvents {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // The streams belong to the caller (the runtime): read and written, never closed.
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .addMixIn(SQSEvent.class, SqsEventNames.class)
          .addMixIn(SQSEvent.SQSMessage.class, SqsMessageNames.class)
          .build();

  private LambdaEvents() {}

  /**
   * Reads an event as a function receives it ({@code SQSEvent}, {@code APIGatewayV2HTTPEvent}), or
   * an answer as the Lambda service reads it back (for the local runner, which invokes functions
   * through their stream method).
   */
  public static <T> T read(InputStream input, Class<T> type) throws IOException {
    return MAPPER.readValue(input, type);
  }

  /** Writes a function's answer (a batch response, an HTTP response) as the service expects it. */
  public static void write(OutputStream output, Object answer) throws IOException {
    MAPPER.writeValue(output, answer);
  }

  /** The names Lambda uses where the event classes' accessors say something else. */
  private abstract static class SqsEventNames {
    @JsonProperty("Records")
    abstract List<SQSEvent.SQSMessage> getRecords();

    @JsonProperty("Records")
    abstract void setRecords(List<SQSEvent.SQSMessage> records);
  }

  private abstract static class SqsMessageNames {
    @JsonProperty("eventSourceARN")
    abstract String getEventSourceArn();

    @JsonProperty("eventSourceARN")
    abstract void setEventSourceArn(String arn);
  }
}
