package com.oom.events;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the odd field of a sample in tests. */
public final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  public static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  /** A text field of a JSON object. */
  public static String field(String json, String name) {
    JsonNode value = tree(json).get(name);
    if (value == null || !value.isString()) {
      throw new IllegalArgumentException("no text field " + name);
    }
    return value.asString();
  }
}
