package com.oom.aws.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.oom.aws.json.JsonMappers;

/**
 * Queue messages as JSON: maps the wire records of this package only (their components are the
 * catalogue's field names), never domain records, so renaming a domain field cannot change a
 * message. Each wire record maps to and from its domain record in plain Java.
 */
public final class MessageJson {
  /**
   * Text fields take JSON strings only: a number or a boolean where a phone or id goes is refused.
   */
  private static final ObjectMapper MAPPER =
      JsonMappers.values()
          .withCoercionConfig(
              LogicalType.Textual,
              text ->
                  text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

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
