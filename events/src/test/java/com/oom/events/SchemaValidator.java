package com.oom.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON against the message contracts, for any module's tests: {@code
 * SchemaValidator.validate(Contracts.ERP_UPDATE, MessageJson.write(ErpUpdateWire.of(update)))}
 * returns what is wrong, one line per error ({@code "$.order.guest.phones[0].number: does not match
 * ..."}), or nothing.
 *
 * <p>Schemas are found on the classpath by {@code $id} ({@code https://oom.example/schemas/...}
 * maps to {@code schemas/...}), so {@code $ref}s between them resolve without any network; the
 * draft 2020-12 meta-schemas come with the validator. {@code format} is asserted (a date must be a
 * real date), not just an annotation.
 *
 * <p>Published in the {@code oom-events} test-jar; a module using it also declares {@code
 * com.networknt:json-schema-validator} test-scoped (test-jar dependencies are not transitive).
 */
public final class SchemaValidator {
  /** The draft 2020-12 meta-schema every contract is written against. */
  public static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaIdResolvers(
                      ids ->
                          ids.mapPrefix(Contracts.ID_BASE, "classpath:" + Contracts.SCHEMA_FOLDER))
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder()
                          .formatAssertionsEnabled(true)
                          .pathType(PathType.JSON_PATH)
                          .build()));

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidator() {}

  /**
   * Errors of {@code json} against a contract, given by name ({@code "erp-update"}) or resource
   * path ({@link Contracts#ERP_UPDATE}); empty when it is valid. Malformed JSON is one error.
   */
  public static List<String> validate(String schema, String json) {
    Schema compiled =
        SCHEMAS.computeIfAbsent(
            Contracts.id(schema), id -> REGISTRY.getSchema(SchemaLocation.of(id)));
    return errors(compiled, json);
  }

  /** Errors of a schema document against the draft 2020-12 meta-schema; empty when it is valid. */
  public static List<String> validateSchemaDocument(String schemaJson) {
    Schema meta =
        SCHEMAS.computeIfAbsent(META_SCHEMA, id -> REGISTRY.getSchema(SchemaLocation.of(id)));
    return errors(meta, schemaJson);
  }

  /** True when {@code json} follows the contract. */
  public static boolean isValid(String schema, String json) {
    return validate(schema, json).isEmpty();
  }

  private static List<String> errors(Schema schema, String json) {
    List<Error> errors;
    try {
      errors = schema.validate(json, InputFormat.JSON);
    } catch (RuntimeException malformed) {
      return List.of("$: not well-formed JSON (" + malformed.getClass().getSimpleName() + ")");
    }
    return errors.stream().map(Error::toString).toList();
  }
}
