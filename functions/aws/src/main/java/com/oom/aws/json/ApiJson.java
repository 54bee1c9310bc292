package com.oom.aws.json;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Domain records as JSON for the agent API's bodies (handlers/http, handlers/api) and the local
 * runner's own endpoints. Not for queue messages ({@code com.oom.aws.wire.MessageJson}, wire
 * records only) nor for DynamoDB item documents ({@code com.oom.aws.dynamo.StateJson}).
 */
public final class ApiJson {
  private static final ObjectMapper MAPPER = JsonMappers.domain().build();

  private ApiJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(Object value) {
    return JsonMappers.write(MAPPER, value);
  }

  public static <T> T read(String json, Class<T> type) {
    return JsonMappers.read(MAPPER, json, type);
  }
}
