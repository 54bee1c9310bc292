package com.oom.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractsTest {

  @Test
  void aSchemaIsNamedByItsFileWithoutTheSuffix() {
    assertThat(Contracts.name(Contracts.ORDER_SNAPSHOT)).isEqualTo("order-snapshot");
    assertThat(Contracts.name("order-snapshot")).isEqualTo("order-snapshot");
    assertThat(Contracts.path("store-hand-off")).isEqualTo(Contracts.STORE_HAND_OFF);
    assertThat(Contracts.id(Contracts.ERP_UPDATE))
        .isEqualTo("https://oom.example/schemas/erp-update.schema.json");
  }

  @Test
  void samplesAreListedByNameOrPathInFileOrder() {
    assertThat(Contracts.samples("sms-request"))
        .isEqualTo(Contracts.samples(Contracts.SMS_REQUEST))
        .isSorted()
        .contains("samples/sms-request/appointment-booked-winnipeg.json")
        .allSatisfy(s -> assertThat(s).startsWith("samples/sms-request/").endsWith(".json"));
    assertThat(Contracts.invalidSamples(Contracts.SMS_REQUEST))
        .contains("samples-invalid/sms-request/missing-dedupe-key.json");
  }

  @Test
  void listedSamplesCanBeRead() {
    String sample = Contracts.samples(Contracts.ERP_UPDATE).getFirst();

    assertThat(Contracts.read(sample)).startsWith("{").contains("\"updateId\"");
  }

  @Test
  void anUnknownSchemaOrResourceIsRefused() {
    assertThatThrownBy(() -> Contracts.samples("order-created"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order-created");
    assertThatThrownBy(() -> Contracts.read("samples/nothing-here.json"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
