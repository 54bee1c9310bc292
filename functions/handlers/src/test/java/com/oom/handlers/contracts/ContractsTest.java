package com.oom.handlers.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.oom.events.Contracts;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.messages.ConfirmationResultMessage;
import com.oom.handlers.messages.InboundSmsMessage;
import com.oom.handlers.messages.OrderFeedMessage;
import com.oom.handlers.messages.ScheduledJob;
import com.oom.handlers.messages.SmsRequestMessage;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readers and the published JSON Schemas agree: every valid sample of an incoming message is
 * read, and every invalid sample of a strictly read message is refused with a field-named error.
 */
class ContractsTest {
  private static final List<Reader> READERS =
      List.of(
          new Reader(Contracts.ORDER_SNAPSHOT, OrderFeedMessage::parse, true),
          new Reader(Contracts.FULFILMENT_OUTCOME, OrderFeedMessage::parse, true),
          new Reader(Contracts.CONFIRMATION_RESULT, ConfirmationResultMessage::parse, true),
          new Reader(
              Contracts.EVENTBRIDGE_CONFIRMATION_RESULT, ConfirmationResultMessage::parse, false),
          new Reader(Contracts.SMS_INBOUND_NOTIFICATION, InboundSmsMessage::parse, false),
          new Reader(Contracts.SMS_REQUEST, SmsRequestMessage::parse, true),
          new Reader(Contracts.SCHEDULED_JOB, body -> ScheduledJob.parse(body), false));

  record Reader(String schema, Consumer<String> read, boolean strict) {
    @Override
    public String toString() {
      return Contracts.name(schema);
    }
  }

  static Stream<Arguments> validSamples() {
    return READERS.stream()
        .flatMap(
            r -> Contracts.samples(r.schema()).stream().map(sample -> Arguments.of(r, sample)));
  }

  /**
   * Where the readers are deliberately more tolerant than the published contract: the ERP's money
   * as a JSON number, an offset instead of Z, an unknown locale (read as en-CA), a WRONG_NUMBER
   * result without the phone, a phone written loosely on an internal message.
   */
  private static final java.util.Set<String> TOLERATED =
      java.util.Set.of(
          "samples-invalid/order-snapshot/money-as-number.json",
          "samples-invalid/order-snapshot/occurred-at-not-utc.json",
          "samples-invalid/order-snapshot/unknown-locale.json",
          "samples-invalid/confirmation-result/wrong-number-without-phone.json",
          "samples-invalid/sms-request/to-not-e164.json");

  static Stream<Arguments> invalidSamplesOfStrictReaders() {
    return READERS.stream()
        .filter(Reader::strict)
        .flatMap(
            r ->
                Contracts.invalidSamples(r.schema()).stream()
                    .filter(sample -> !TOLERATED.contains(sample))
                    .map(sample -> Arguments.of(r, sample)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("toleratedSamples")
  void tolerated_samples_exist_and_are_read(String sample) {
    String body = Contracts.read(sample);
    Reader reader =
        READERS.stream()
            .filter(r -> sample.contains("/" + Contracts.name(r.schema()) + "/"))
            .findFirst()
            .orElseThrow();
    assertThatCode(() -> reader.read().accept(body)).doesNotThrowAnyException();
  }

  static Stream<String> toleratedSamples() {
    return TOLERATED.stream().sorted();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("validSamples")
  void every_valid_sample_is_read(Reader reader, String sample) {
    String body = Contracts.read(sample);
    assertThatCode(() -> reader.read().accept(body)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invalidSamplesOfStrictReaders")
  void every_invalid_sample_is_refused_with_the_field_named(Reader reader, String sample) {
    String body = Contracts.read(sample);
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> reader.read().accept(body));
    assertThat(thrown).as("reading %s", sample).isInstanceOf(InvalidMessage.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void every_reader_has_samples(Reader reader) {
    assertThat(Contracts.samples(reader.schema())).isNotEmpty();
  }

  static Stream<Reader> readers() {
    return READERS.stream();
  }
}
