package com.oom.handlers.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.oom.aws.json.ApiJson;
import com.oom.core.order.InvalidCommand;
import java.util.stream.Collectors;

/**
 * Reads incoming JSON into records, turning every failure into an {@link InvalidMessage} that names
 * the field (e.g. {@code order.guest.phones[0].number}) without echoing its value. Queue messages
 * are read into wire records with {@code MessageJson}'s mapper ({@code messages.MessageBodies});
 * the HTTP bodies ({@code http.JsonBodies}) with {@code ApiJson}'s.
 */
public final class IncomingJson {
  /** Bodies above this size are refused before parsing (SQS allows 1 MiB; ours are far smaller). */
  public static final int MAX_BODY_CHARS = 256 * 1024;

  private IncomingJson() {}

  public static JsonNode tree(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidMessage("", "the body is empty");
    }
    if (body.length() > MAX_BODY_CHARS) {
      throw new InvalidMessage("", "the body is larger than " + MAX_BODY_CHARS + " characters");
    }
    try {
      JsonNode node = ApiJson.mapper().readTree(body);
      if (node == null || !node.isObject()) {
        throw new InvalidMessage("", "the body is not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidMessage("", "malformed JSON");
    }
  }

  public static <T> T read(JsonNode node, Class<T> type) {
    return read(ApiJson.mapper(), node, type);
  }

  public static <T> T read(ObjectMapper mapper, JsonNode node, Class<T> type) {
    try {
      T value = mapper.treeToValue(node, type);
      if (value == null) {
        throw new InvalidMessage("", "the body is empty");
      }
      return value;
    } catch (JsonMappingException e) {
      throw invalid(e);
    } catch (JsonProcessingException e) {
      throw new InvalidMessage("", "malformed JSON");
    } catch (IllegalArgumentException e) {
      throw new InvalidMessage("", "invalid value");
    }
  }

  public static <T> T read(String body, Class<T> type) {
    return read(tree(body), type);
  }

  private static InvalidMessage invalid(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(
                ref ->
                    ref.getFieldName() != null
                        ? "." + ref.getFieldName()
                        : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining())
            .replaceFirst("^\\.", "");
    return new InvalidMessage(path, reason(e));
  }

  private static String reason(JsonMappingException e) {
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException && cause != null) {
      return switch (cause) {
        case NullPointerException npe ->
            (npe.getMessage() == null ? "a field" : npe.getMessage()) + " is required";
        case InvalidCommand command -> command.getMessage();
        case IllegalArgumentException iae -> iae.getMessage();
        default -> "invalid value";
      };
    }
    if (e instanceof InvalidFormatException format) {
      Class<?> target = format.getTargetType();
      if (target != null && target.isEnum()) {
        return "must be one of "
            + java.util.Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
      }
      return "not a valid " + (target == null ? "value" : target.getSimpleName());
    }
    if (e instanceof MismatchedInputException) {
      return "wrong type";
    }
    if (cause instanceof IllegalArgumentException iae && iae.getMessage() != null) {
      return iae.getMessage();
    }
    return "invalid value";
  }

  /** A required text field of a JSON object, or an {@link InvalidMessage} naming it. */
  public static String requiredText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
      throw new InvalidMessage(field, "is required");
    }
    return value.asText();
  }
}
