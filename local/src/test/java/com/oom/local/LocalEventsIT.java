package com.oom.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderWire;
import com.oom.catalogue.EventBuses;
import com.oom.core.events.DomainEventType;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.MotoServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * The runner's buses in the emulator: what is published on {@code oom-events} is listed by {@code
 * GET /_local/events}, newest first; the demo's Jenny reaches the confirmation function through her
 * bus.
 */
class LocalEventsIT {
  private static MotoServer moto;
  private static LocalSuite suite;
  private static LocalApiServer server;
  private static EventBridgeClient events;

  @BeforeAll
  static void start() throws Exception {
    moto = MotoServer.builder().start();
    // Monday 2026-11-30 10:00 in Winnipeg
    suite =
        new LocalSuite(
            moto.endpoint(), Instant.parse("2026-11-30T16:00:00Z"), LocalOptions.defaultStores());
    server = new LocalApiServer(suite, 0);
    events =
        EventBridgeClient.builder()
            .region(Region.of(LocalOptions.DEFAULT_REGION))
            .endpointOverride(moto.endpoint())
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @AfterAll
  static void stop() {
    events.close();
    server.close();
    moto.close();
  }

  @Test
  void lists_what_oom_published_on_its_bus_newest_first_and_nothing_from_other_sources()
      throws Exception {
    publish(
        event(DomainEventType.SOURCE, DomainEventType.OrderEscalated, "ev-1"),
        event("someone.else", DomainEventType.AppointmentBooked, "ev-other"),
        event(DomainEventType.SOURCE, DomainEventType.AppointmentBooked, "ev-2"));
    JsonNode first = LocalHttp.call(server.address(), "GET", "/_local/events", Map.of(), null);
    publish(event(DomainEventType.SOURCE, DomainEventType.TextSent, "ev-3"));
    JsonNode second = LocalHttp.call(server.address(), "GET", "/_local/events", Map.of(), null);

    assertThat(first.get("_status").asInt()).isEqualTo(200);
    // OOM's own events (the other test's order) are listed too: only the ones put here are checked
    assertThat(eventIds(first))
        .filteredOn(id -> id.startsWith("ev-"))
        .containsExactly("ev-2", "ev-1");
    assertThat(eventIds(second))
        .filteredOn(id -> id.startsWith("ev-"))
        .containsExactly("ev-3", "ev-2", "ev-1");
    assertThat(second.get("items"))
        .allSatisfy(item -> assertThat(item.get("source").asText()).isEqualTo("oom"));
    JsonNode newest = second.get("items").get(0);
    assertThat(newest.get("detail-type").asText()).isEqualTo("TextSent");
    assertThat(newest.get("source").asText()).isEqualTo("oom");
    assertThat(newest.get("time").asText()).isEqualTo("2026-11-30T16:00:00Z");
    assertThat(newest.get("detail").get("orderId").asText()).isEqualTo("SO-1001");
  }

  @Test
  void the_demos_jenny_confirms_through_her_bus() {
    String orderId = "SO-4001";
    suite.send(
        OomQueues.ORDER_FEED,
        MessageJson.write(
            Map.of(
                "eventId",
                "e-" + orderId,
                "type",
                "OrderSnapshot",
                "occurredAt",
                "2026-11-30T15:00:00Z",
                "sequence",
                1,
                "order",
                OrderWire.of(
                    Orders.defaultOrder()
                        .orderId(orderId)
                        .appointment(Orders.appointment(LocalDate.of(2026, 12, 1)))
                        .details()))));
    suite.drain();

    suite.putOnJennysBus(
        List.of(
            MessageJson.write(
                Map.of(
                    "eventId",
                    "jenny-" + orderId,
                    "occurredAt",
                    "2026-11-30T15:59:00Z",
                    "orderId",
                    orderId,
                    "appointmentDate",
                    "2026-12-01",
                    "result",
                    "CONFIRMED",
                    "channel",
                    "VOICE"))));
    suite.drain();

    assertThat(suite.services.viewOrder().handle(orderId).order().confirmation().result())
        .isEqualTo(ConfirmationResultKind.CONFIRMED);
    // and OOM published what it recorded on its own bus (issue 21's outbox publisher)
    assertThat(suite.publishedEvents())
        .anySatisfy(
            e -> {
              assertThat(e.get("detail-type").asText()).isEqualTo("ConfirmationRecorded");
              assertThat(e.get("detail").get("orderId").asText()).isEqualTo(orderId);
              assertThat(e.get("detail").get("result").asText()).isEqualTo("CONFIRMED");
            });
  }

  private static PutEventsRequestEntry event(String source, DomainEventType type, String eventId) {
    return PutEventsRequestEntry.builder()
        .eventBusName(EventBuses.EVENTS)
        .source(source)
        .detailType(type.detailType())
        .detail(
            MessageJson.write(Map.of("eventId", eventId, "orderId", "SO-1001", "storeId", "101")))
        .time(suite.now())
        .build();
  }

  private static void publish(PutEventsRequestEntry... entries) {
    assertThat(events.putEvents(b -> b.entries(entries)).failedEntryCount()).isZero();
  }

  private static List<String> eventIds(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.get("items").forEach(item -> ids.add(item.get("detail").get("eventId").asText()));
    return ids;
  }
}
