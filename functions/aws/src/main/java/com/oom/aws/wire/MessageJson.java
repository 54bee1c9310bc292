package com.oom.aws.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.oom.aws.json.JsonMappers;

/**
 * Queue messages as JSON: maps the wire records of this package only (their components are the
 * catalogue's field names), never domain records, so renaming a domain field cannot change a
 * message. Each wire record maps to and from its domain record in plain Java.
 */
public final class MessageJson {
  private static final ObjectMapper MAPPER = JsonMappers.values().build();

  private MessageJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(Object wireRecord) {
    return JsonMappers.write(MAPPER, wireRecord);
  }

  public static <T> T read(String json, Class<T> wireType) {
    return JsonMappers.read(MAPPER, json, wireType);
  }
}
