package com.oom.handlers.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.WireException;
import com.oom.handlers.common.IncomingJson;
import com.oom.handlers.common.InvalidMessage;
import java.util.function.Supplier;

/**
 * Queue message bodies into wire records ({@link MessageJson}), then into domain values; every
 * failure is an {@link InvalidMessage} naming the field, so the message fails alone (batch item
 * failure, then the DLQ).
 */
public final class MessageBodies {
  private MessageBodies() {}

  public static JsonNode tree(String body) {
    return IncomingJson.tree(body);
  }

  public static <T> T read(JsonNode node, Class<T> wireType) {
    return IncomingJson.read(MessageJson.mapper(), node, wireType);
  }

  public static <T> T read(String body, Class<T> wireType) {
    return read(tree(body), wireType);
  }

  /** A required text field (a message's kind) read before its wire record is chosen. */
  public static String requiredText(JsonNode node, String field) {
    return IncomingJson.requiredText(node, field);
  }

  /** The domain value a wire record maps to; a value the domain refuses names its field. */
  public static <T> T toDomain(Supplier<T> mapping) {
    try {
      return mapping.get();
    } catch (WireException e) {
      throw new InvalidMessage(e.field(), e.reason());
    }
  }
}
