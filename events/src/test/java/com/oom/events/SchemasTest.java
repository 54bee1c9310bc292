package com.oom.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemasTest {

  static List<String> schemas() {
    return Contracts.schemas();
  }

  @ParameterizedTest
  @MethodSource("schemas")
  void everySchemaIsAValidDraft202012Schema(String schema) {
    assertThat(SchemaValidator.validateSchemaDocument(Contracts.read(schema))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemas")
  void everySchemaDeclaresDraft202012AndTheIdOfItsFile(String schema) {
    String json = Contracts.read(schema);
    assertThat(json)
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"$id\": \"" + Contracts.id(schema) + "\"");
  }

  @ParameterizedTest
  @MethodSource("schemas")
  void everyReferenceNamesOneOfOurSchemasOrAPlaceInside(String schema) {
    Matcher ref =
        Pattern.compile("\"\\$ref\": \"([^\"#]*)(#[^\"]*)?\"").matcher(Contracts.read(schema));
    while (ref.find()) {
      String file = ref.group(1);
      if (!file.isEmpty()) {
        assertThat(Contracts.schemas()).contains(Contracts.SCHEMA_FOLDER + file);
      }
    }
  }

  @Test
  void everySchemaFileIsListedInContracts() throws IOException, URISyntaxException {
    Path folder =
        Path.of(
            Thread.currentThread()
                .getContextClassLoader()
                .getResource(Contracts.SCHEMA_FOLDER)
                .toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<String> onDisk =
          files.map(p -> Contracts.SCHEMA_FOLDER + p.getFileName()).sorted().toList();
      assertThat(Contracts.schemas()).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void theMessagesOurReadersTakeStrictlyRefuseUnknownFields() {
    for (String strict :
        List.of(
            Contracts.ORDER,
            Contracts.ORDER_SNAPSHOT,
            Contracts.FULFILMENT_OUTCOME,
            Contracts.CONFIRMATION_RESULT,
            Contracts.SMS_REQUEST,
            Contracts.STORE_HAND_OFF,
            Contracts.ERP_UPDATE,
            Contracts.SCHEDULED_JOB)) {
      assertThat(Contracts.read(strict)).as(strict).contains("\"additionalProperties\": false");
    }
  }

  @Test
  void awsEnvelopesTolerateFieldsAwsMayAdd() {
    for (String aws :
        List.of(
            Contracts.EVENTBRIDGE_CONFIRMATION_RESULT,
            Contracts.SMS_INBOUND_NOTIFICATION,
            Contracts.SMS_INBOUND_PAYLOAD)) {
      assertThat(Contracts.read(aws)).as(aws).doesNotContain("\"additionalProperties\": false");
    }
  }
}
