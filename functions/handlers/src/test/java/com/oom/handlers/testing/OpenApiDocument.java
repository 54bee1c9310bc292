package com.oom.handlers.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The agent API's OpenAPI 3.1 document ({@code events/src/main/resources/openapi/oom-api.json}),
 * with the subset of JSON Schema it uses checked against real responses: {@code $ref}, {@code
 * allOf}, {@code type}, {@code required}, {@code properties}, {@code additionalProperties: false},
 * {@code enum}, {@code const}, {@code items}, {@code pattern}, lengths and bounds.
 */
public final class OpenApiDocument {
  public static final String RELATIVE_PATH = "events/src/main/resources/openapi/oom-api.json";
  private static OpenApiDocument instance;
  private final JsonNode root;

  private OpenApiDocument(JsonNode root) {
    this.root = root;
  }

  /** Found by walking up from the working directory (a module's basedir under the build). */
  public static synchronized OpenApiDocument load() {
    if (instance == null) {
      Path dir = Path.of("").toAbsolutePath();
      while (dir != null && !Files.exists(dir.resolve(RELATIVE_PATH))) {
        dir = dir.getParent();
      }
      if (dir == null) {
        throw new IllegalStateException(RELATIVE_PATH + " not found above the working directory");
      }
      try {
        instance =
            new OpenApiDocument(ApiJson.mapper().readTree(dir.resolve(RELATIVE_PATH).toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  public JsonNode root() {
    return root;
  }

  /** The operation, or a missing node. */
  public JsonNode operation(String method, String template) {
    return root.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
  }

  public Set<Integer> statuses(String method, String template) {
    Set<Integer> statuses = new TreeSet<>();
    operation(method, template)
        .path("responses")
        .fieldNames()
        .forEachRemaining(s -> statuses.add(Integer.parseInt(s)));
    return statuses;
  }

  /** {@code $ref}s followed until a node without one. */
  public JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current.has("$ref"); hops++) {
      String ref = current.get("$ref").asText();
      assertThat(ref).startsWith("#/");
      current = root.at(ref.substring(1));
      assertThat(current.isMissingNode()).as("$ref %s resolves", ref).isFalse();
      assertThat(hops).isLessThan(20);
    }
    return current;
  }

  /**
   * Asserts the answer is documented for the operation: its status, its content type, and its body
   * against the response schema.
   */
  public void assertConforms(
      String method, String template, int status, String contentType, JsonNode body) {
    JsonNode operation = operation(method, template);
    assertThat(operation.isMissingNode()).as("%s %s is documented", method, template).isFalse();
    JsonNode response = operation.path("responses").path(Integer.toString(status));
    assertThat(response.isMissingNode())
        .as("%s %s documents status %s", method, template, status)
        .isFalse();
    assertConforms(resolve(response), contentType, body, method + " " + template + " " + status);
  }

  /** Asserts an answer conforms to a response object of {@code components/responses}. */
  public void assertConformsToResponse(String responseName, String contentType, JsonNode body) {
    assertConforms(
        resolve(root.path("components").path("responses").path(responseName)),
        contentType,
        body,
        responseName);
  }

  private void assertConforms(JsonNode response, String contentType, JsonNode body, String what) {
    JsonNode media = response.path("content").path(contentType);
    assertThat(media.isMissingNode())
        .as("%s is documented as %s (documented: %s)", what, contentType, response.path("content"))
        .isFalse();
    assertThat(violations(body, media.get("schema"), "$")).as("%s body", what).isEmpty();
  }

  public List<String> violations(JsonNode value, JsonNode schemaOrRef, String at) {
    List<String> out = new ArrayList<>();
    check(value, schemaOrRef, at, out);
    return out;
  }

  private void check(JsonNode value, JsonNode schemaOrRef, String at, List<String> out) {
    JsonNode schema = resolve(schemaOrRef);
    for (JsonNode part : schema.path("allOf")) {
      check(value, part, at, out);
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      out.add(at + " must be " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode option : schema.get("enum")) {
        listed |= option.equals(value);
      }
      if (!listed) {
        out.add(at + " = " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
      out.add(
          at
              + " must be of type "
              + schema.get("type").asText()
              + " but is "
              + value.getNodeType());
      return;
    }
    if (value.isTextual()) {
      String text = value.asText();
      if (schema.has("pattern")
          && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
        out.add(at + " does not match " + schema.get("pattern").asText());
      }
      if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
        out.add(at + " is too short");
      }
      if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
        out.add(at + " is too long");
      }
    }
    if (value.isNumber()) {
      if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
        out.add(at + " is below its minimum");
      }
      if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
        out.add(at + " is above its maximum");
      }
    }
    if (value.isObject()) {
      for (JsonNode required : schema.path("required")) {
        if (!value.has(required.asText())) {
          out.add(at + "." + required.asText() + " is required");
        }
      }
      JsonNode properties = schema.path("properties");
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (properties.has(name)) {
          check(value.get(name), properties.get(name), at + "." + name, out);
        } else if (schema.path("additionalProperties").isBoolean()
            && !schema.get("additionalProperties").asBoolean()) {
          out.add(at + "." + name + " is not a documented property");
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), at + "[" + i + "]", out);
      }
    }
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("type " + type);
    };
  }

  /** The request or response schema's property names. */
  public Set<String> propertyNames(String schemaName) {
    Set<String> names = new TreeSet<>();
    root.path("components")
        .path("schemas")
        .path(schemaName)
        .path("properties")
        .fieldNames()
        .forEachRemaining(names::add);
    return names;
  }
}
