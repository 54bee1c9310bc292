package com.oom.handlers.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.handlers.common.IncomingJson;
import com.oom.handlers.common.InvalidMessage;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON request body into a record, stricter than Jackson's defaults: a field the record
 * does not have is refused (a misspelt field must not be silently ignored), a field must have the
 * JSON type its component expects (no {@code 5} for a text, no {@code 1.5} or {@code "1"} for an
 * integer, no index for an enum), and every failure is an {@link InvalidMessage} naming the field.
 */
public final class JsonBodies {
  private JsonBodies() {}

  public static <T extends Record> T read(String body, Class<T> type) {
    JsonNode node = IncomingJson.tree(body);
    Set<String> known =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new InvalidMessage(name, "is not a field of this request");
      }
    }
    for (RecordComponent component : type.getRecordComponents()) {
      checkJsonType(component, node.get(component.getName()));
    }
    return IncomingJson.read(node, type);
  }

  private static void checkJsonType(RecordComponent component, JsonNode value) {
    if (value == null || value.isNull()) {
      return;
    }
    Class<?> type = component.getType();
    boolean integral =
        type == Long.class || type == long.class || type == Integer.class || type == int.class;
    if (integral && !value.isIntegralNumber()) {
      throw new InvalidMessage(component.getName(), "must be an integer");
    }
    if (!integral && !type.isPrimitive() && !value.isTextual() && !isStructured(type)) {
      throw new InvalidMessage(component.getName(), "must be a string");
    }
  }

  /** Lists, maps and nested records are checked by Jackson itself. */
  private static boolean isStructured(Class<?> type) {
    return type.isRecord()
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type);
  }
}
