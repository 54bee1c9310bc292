package com.oom.aws.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * A deployment document (settings, store directory) parsed into maps for its JDK-only reader: a key
 * given twice is refused rather than the last one silently winning.
 */
final class StrictJsonObject {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private StrictJsonObject() {}

  /**
   * @param what the document's name in the error ("the settings document")
   * @throws IllegalArgumentException when it is not one JSON object with distinct keys
   */
  static Map<String, Object> parse(String document, String what) {
    try {
      return MAPPER.readValue(document, new TypeReference<Map<String, Object>>() {});
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          what + " is not a JSON object: " + e.getOriginalMessage(), e);
    }
  }
}
