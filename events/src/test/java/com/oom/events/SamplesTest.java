package com.oom.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesTest {
  /** Every schema but the shared definitions describes a message with samples. */
  static List<String> messageSchemas() {
    return Contracts.schemas().stream().filter(s -> !s.equals(Contracts.COMMON)).toList();
  }

  static Stream<Arguments> validSamples() {
    return messageSchemas().stream()
        .flatMap(schema -> Contracts.samples(schema).stream().map(s -> Arguments.of(schema, s)));
  }

  static Stream<Arguments> invalidSamples() {
    return messageSchemas().stream()
        .flatMap(
            schema -> Contracts.invalidSamples(schema).stream().map(s -> Arguments.of(schema, s)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("validSamples")
  void everyValidSampleFollowsItsSchema(String schema, String sample) {
    assertThat(SchemaValidator.validate(schema, Contracts.read(sample))).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidSamples")
  void everyInvalidSampleBreaksItsSchemaAtOnePlace(String schema, String sample) {
    List<String> errors = SchemaValidator.validate(schema, Contracts.read(sample));

    assertThat(errors).isNotEmpty();
    // One reason per file: every error points at the same spot of the message.
    assertThat(errors.stream().map(e -> e.substring(0, e.indexOf(':'))).distinct())
        .as("errors %s", errors)
        .hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("messageSchemas")
  void everyMessageHasSeveralValidSamplesAndSomeInvalidOnes(String schema) {
    if (Contracts.isDomainEvent(schema)) {
      // a detail-type: one sample, and a detail the schema refuses (a phone in clear, or words)
      assertThat(Contracts.samples(schema)).hasSizeGreaterThanOrEqualTo(1);
      assertThat(Contracts.invalidSamples(schema)).hasSizeGreaterThanOrEqualTo(1);
      return;
    }
    assertThat(Contracts.samples(schema)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(Contracts.invalidSamples(schema)).hasSizeGreaterThanOrEqualTo(3);
  }

  @org.junit.jupiter.api.Test
  void everyDomainEventWithANumberRefusesItInClear() {
    for (String schema : Contracts.DOMAIN_EVENTS) {
      if (Contracts.read(schema).contains("\"phone\"")) {
        assertThat(Contracts.invalidSamples(schema))
            .as(schema)
            .anyMatch(s -> s.endsWith("/phone-in-clear.json"));
      }
    }
  }

  @Test
  void everyInboundSmsNotificationCarriesAValidTwoWayPayload() {
    List<String> samples = Contracts.samples(Contracts.SMS_INBOUND_NOTIFICATION);

    assertThat(samples).isNotEmpty();
    for (String sample : samples) {
      String message = Json.field(Contracts.read(sample), "Message");
      assertThat(SchemaValidator.validate(Contracts.SMS_INBOUND_PAYLOAD, message))
          .as(sample)
          .isEmpty();
    }
  }

  @Test
  void theSharedDefinitionsHaveNoSamples() {
    assertThat(Contracts.samples(Contracts.COMMON)).isEmpty();
    assertThat(Contracts.invalidSamples(Contracts.COMMON)).isEmpty();
  }
}
