package com.oom.handlers.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.confirmation.ConfirmationResultWire;
import com.oom.aws.wire.confirmation.EventBridgeConfirmationWire;
import com.oom.aws.wire.events.DomainEventWire;
import com.oom.aws.wire.order.FulfilmentOutcomeWire;
import com.oom.aws.wire.order.OrderSnapshotWire;
import com.oom.aws.wire.order.OrderWire;
import com.oom.aws.wire.outbox.ErpUpdateWire;
import com.oom.aws.wire.outbox.HandOffWire;
import com.oom.aws.wire.sms.SmsInboundPayloadWire;
import com.oom.aws.wire.sms.SmsRequestWire;
import com.oom.aws.wire.sms.SnsNotificationWire;
import com.oom.events.Contracts;
import com.oom.events.SchemaValidator;
import com.oom.handlers.messages.ScheduledJob;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema has its wire record, and every valid sample of the schema goes through that record
 * unchanged in meaning: read, written back with the same fields and values (times and instants
 * compared as values), still valid, and read again to an equal record. Records with a domain
 * mapping also go to the domain and back.
 */
class WireRecordsTest {
  record Wire<W>(String schema, Class<W> type, UnaryOperator<W> throughDomain) {
    @Override
    public String toString() {
      return Contracts.name(schema);
    }
  }

  /** The time of the snapshot an {@code order} sample stands in (a code's default since). */
  private static final java.time.Instant SNAPSHOT_AT =
      java.time.Instant.parse("2026-12-01T00:00:00Z");

  private static Stream<Wire<?>> WIRES() {
    return Stream.of(
        new Wire<>(
            Contracts.ORDER,
            OrderWire.class,
            w -> OrderWire.of(w.toDomain(), w.contactCode(SNAPSHOT_AT), SNAPSHOT_AT)),
        // phones written loosely come back in E.164; the code through the domain:
        // OrderSnapshotMessageTest
        new Wire<>(Contracts.ORDER_SNAPSHOT, OrderSnapshotWire.class, null),
        new Wire<>(Contracts.FULFILMENT_OUTCOME, FulfilmentOutcomeWire.class, null),
        new Wire<>(Contracts.CONFIRMATION_RESULT, ConfirmationResultWire.class, null),
        new Wire<>(
            Contracts.EVENTBRIDGE_CONFIRMATION_RESULT, EventBridgeConfirmationWire.class, null),
        new Wire<>(Contracts.SMS_INBOUND_NOTIFICATION, SnsNotificationWire.class, null),
        new Wire<>(Contracts.SMS_INBOUND_PAYLOAD, SmsInboundPayloadWire.class, null),
        new Wire<>(
            Contracts.SMS_REQUEST, SmsRequestWire.class, w -> SmsRequestWire.of(w.toDomain())),
        new Wire<>(Contracts.STORE_HAND_OFF, HandOffWire.class, w -> HandOffWire.of(w.toDomain())),
        new Wire<>(Contracts.ERP_UPDATE, ErpUpdateWire.class, w -> ErpUpdateWire.of(w.toDomain())),
        new Wire<>(Contracts.SCHEDULED_JOB, ScheduledJob.class, null));
  }

  /** Every domain event's detail: one wire record, read as its detail-type. */
  private static Stream<Wire<?>> EVENT_WIRES() {
    return Stream.of(com.oom.core.events.DomainEventType.values())
        .map(
            type ->
                new Wire<>(
                    Contracts.eventSchema(type.detailType()),
                    DomainEventWire.class,
                    w -> DomainEventWire.of(w.toDomain(type))));
  }

  private static Stream<Wire<?>> ALL_WIRES() {
    return Stream.concat(WIRES(), EVENT_WIRES());
  }

  static Stream<Arguments> samples() {
    return ALL_WIRES()
        .flatMap(w -> Contracts.samples(w.schema()).stream().map(s -> Arguments.of(w, s)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("samples")
  <W> void every_valid_sample_round_trips_through_its_wire_record(Wire<W> wire, String sample) {
    String json = Contracts.read(sample);
    W read = MessageJson.read(json, wire.type());
    String written = MessageJson.write(read);

    assertThat(SchemaValidator.validate(wire.schema(), written)).as(sample).isEmpty();
    Map<String, Object> sent = leaves(json);
    Map<String, Object> kept = leaves(written);
    assertThat(sent).as(sample).containsAllEntriesOf(kept);
    // fields the schema allows beyond its own (AWS's envelopes) are all that may be left out
    sent.keySet().removeAll(kept.keySet());
    assertThat(sent.keySet())
        .as("%s: left out", sample)
        .allSatisfy(path -> assertThat(declared(wire.schema())).doesNotContain(topLevel(path)));
    assertThat(MessageJson.read(written, wire.type())).as(sample).isEqualTo(read);
    if (wire.throughDomain() != null) {
      assertThat(wire.throughDomain().apply(read))
          .as("%s through the domain", sample)
          .isEqualTo(read);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void every_schema_has_a_wire_record_and_samples(String schema) {
    assertThat(ALL_WIRES().map(Wire::schema)).as(schema).contains(schema);
    assertThat(Contracts.samples(schema)).as(schema).isNotEmpty();
  }

  static Stream<String> schemas() {
    return Contracts.schemas().stream().filter(s -> !s.equals(Contracts.COMMON));
  }

  private static java.util.Set<String> declared(String schema) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    tree(Contracts.read(schema)).get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String topLevel(String path) {
    return path.substring(1).split("[.\\[]", 2)[0];
  }

  private static JsonNode tree(String json) {
    try {
      return MessageJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every leaf of the document by its path, times and instants as values. */
  private static Map<String, Object> leaves(String json) {
    Map<String, Object> leaves = new TreeMap<>();
    collect("", tree(json), leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, Object> leaves) {
    if (node.isObject()) {
      node.properties().forEach(e -> collect(path + "." + e.getKey(), e.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, value(node));
    }
  }

  private static Object value(JsonNode leaf) {
    String text = leaf.asText();
    if (leaf.isTextual() && text.matches("\\d{2}:\\d{2}(:\\d{2})?")) {
      return java.time.LocalTime.parse(text);
    }
    if (leaf.isTextual() && text.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
      return java.time.Instant.parse(text);
    }
    return leaf.isNumber() ? leaf.decimalValue() : text;
  }
}
