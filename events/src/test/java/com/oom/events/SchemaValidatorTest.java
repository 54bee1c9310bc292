package com.oom.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaValidatorTest {
  private static final String SNAPSHOT =
      Contracts.read("samples/order-snapshot/winnipeg-french-delivery-scheduled.json");

  @Test
  void aValidMessageHasNoErrors() {
    assertThat(SchemaValidator.validate("order-snapshot", SNAPSHOT)).isEmpty();
    assertThat(SchemaValidator.isValid(Contracts.ORDER_SNAPSHOT, SNAPSHOT)).isTrue();
  }

  @Test
  void errorsNameTheFieldAcrossReferencedSchemas() {
    String badPhone = SNAPSHOT.replace("\"+12045550142\"", "\"call me\"");

    assertThat(SchemaValidator.validate(Contracts.ORDER_SNAPSHOT, badPhone))
        .singleElement()
        .asString()
        .startsWith("$.order.guest.phones[0].number:");
  }

  @Test
  void formatsAreAssertedNotJustAnnotated() {
    String notADay = SNAPSHOT.replace("\"2026-12-08\"", "\"2026-02-30\"");

    assertThat(SchemaValidator.validate(Contracts.ORDER_SNAPSHOT, notADay))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e).contains("RFC 3339 full-date"))
        .anySatisfy(e -> assertThat(e).startsWith("$.order.fulfilmentDate:"))
        .anySatisfy(e -> assertThat(e).startsWith("$.order.appointment.date:"));
  }

  @Test
  void malformedJsonIsOneErrorNotAnException() {
    assertThat(SchemaValidator.validate(Contracts.ERP_UPDATE, "{\"updateId\": "))
        .singleElement()
        .asString()
        .startsWith("$: not well-formed JSON");
  }

  @Test
  void anUnknownSchemaIsRefused() {
    assertThatThrownBy(() -> SchemaValidator.validate("order-created", "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSchemaDocumentIsCheckedAgainstTheMetaSchema() {
    assertThat(SchemaValidator.validateSchemaDocument("{\"type\": \"strnig\"}")).isNotEmpty();
    assertThat(SchemaValidator.validateSchemaDocument("{\"type\": \"string\"}")).isEmpty();
  }
}
