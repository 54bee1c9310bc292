package com.oom.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderWire;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.OrderDetails;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.MotoServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agent's booking and the ERP, end to end through the local runner (moto, the API over HTTP, the
 * order feed): the booking reaches the ERP as a typed field, survives a newer snapshot that does
 * not show it yet, and is settled by the snapshot that does, with nothing sent twice.
 */
class ErpRoundTripIT {
  private static final String ORDER = "SO-1001";
  private static final Appointment BOOKED =
      new Appointment(
          LocalDate.of(2026, 12, 3),
          LocalTime.of(8, 0),
          LocalTime.of(12, 0),
          AppointmentKind.DELIVERY);
  private static MotoServer moto;
  private static LocalSuite suite;
  private static LocalApiServer server;
  private static String token;

  @BeforeAll
  static void start() throws Exception {
    moto = MotoServer.builder().start();
    // Monday 2026-11-30 10:00 in Winnipeg
    suite =
        new LocalSuite(
            moto.endpoint(), Instant.parse("2026-11-30T16:00:00Z"), LocalOptions.defaultStores());
    server = new LocalApiServer(suite, 0);
    token =
        call("POST", "/_local/token", Map.of(), "{\"sub\":\"agent-7\",\"groups\":[\"oom-agent\"]}")
            .get("token")
            .asText();
  }

  @AfterAll
  static void stop() {
    server.close();
    moto.close();
  }

  @Test
  void a_booking_reaches_the_erp_survives_a_snapshot_without_it_and_is_settled_by_one_showing_it()
      throws Exception {
    erpSends(1, Orders.defaultOrder().details());
    advance("PT5M");

    JsonNode booked =
        call(
            "POST",
            "/orders/" + ORDER + "/appointments",
            Map.of("Idempotency-Key", "booking-1"),
            """
            {"date":"2026-12-03","windowStart":"08:00","windowEnd":"12:00","kind":"DELIVERY",
             "comment":"Booked with the guest for Thursday morning"}""");
    assertThat(booked.get("_status").asInt()).isEqualTo(201);
    advance("PT5M");

    // The ERP update carries the appointment as typed fields, not only prose.
    List<JsonNode> toErp = erpUpdates();
    JsonNode booking =
        toErp.stream()
            .filter(u -> u.get("action").asText().equals("APPOINTMENT_BOOKED"))
            .findFirst()
            .orElseThrow();
    assertThat(booking.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(booking.at("/appointment/date").asText()).isEqualTo("2026-12-03");
    assertThat(booking.at("/appointment/windowStart").asText()).startsWith("08:00");
    assertThat(booking.at("/appointment/windowEnd").asText()).startsWith("12:00");
    assertThat(booking.at("/appointment/kind").asText()).isEqualTo("DELIVERY");
    assertThat(booking.at("/appointment/locationId").asText())
        .isEqualTo(Orders.defaultOrder().details().locationId());

    // A newer snapshot, produced after the booking, that does not show it yet.
    erpSends(2, Orders.defaultOrder().details());
    advance("PT5M");
    JsonNode pending = call("GET", "/orders/" + ORDER, auth(), null);
    assertThat(pending.at("/order/details/appointment/date").asText()).isEqualTo("2026-12-03");
    assertThat(pending.get("erpSync")).hasSize(1);
    assertThat(pending.at("/erpSync/0/kind").asText()).isEqualTo("APPOINTMENT");
    assertThat(orderIdsOn("scheduling")).doesNotContain(ORDER);

    // The ERP shows the booking: acknowledged, nothing pending, nothing sent back.
    int sentBefore = erpUpdates().size();
    erpSends(3, Orders.defaultOrder().appointment(BOOKED).details());
    erpSends(3, Orders.defaultOrder().appointment(BOOKED).details()); // redelivered
    advance("PT5M");
    JsonNode settled = call("GET", "/orders/" + ORDER, auth(), null);
    assertThat(settled.get("erpSync")).isEmpty();
    assertThat(settled.at("/order/details/appointment/date").asText()).isEqualTo("2026-12-03");
    List<String> actions = new ArrayList<>();
    settled.get("audit").forEach(entry -> actions.add(entry.get("action").asText()));
    assertThat(actions).containsOnlyOnce("ERP_ACKNOWLEDGED", "APPOINTMENT_BOOKED");
    assertThat(orderIdsOn("scheduling")).doesNotContain(ORDER);
    List<JsonNode> finalUpdates = erpUpdates();
    assertThat(finalUpdates).hasSize(sentBefore);
    Set<String> ids = new HashSet<>();
    finalUpdates.forEach(u -> assertThat(ids.add(u.get("updateId").asText())).isTrue());
  }

  private static void erpSends(long sequence, OrderDetails order) {
    suite.send(
        OomQueues.ORDER_FEED,
        MessageJson.write(
            Map.of(
                "eventId",
                "erp-" + sequence,
                "type",
                "OrderSnapshot",
                "occurredAt",
                suite.now().toString(),
                "sequence",
                sequence,
                "order",
                OrderWire.of(order))));
  }

  private static void advance(String by) throws Exception {
    call("POST", "/_local/clock", Map.of(), "{\"advanceBy\":\"" + by + "\"}");
  }

  /** What OOM sent to the ERP, oldest first. */
  private static List<JsonNode> erpUpdates() throws Exception {
    List<JsonNode> updates = new ArrayList<>();
    for (JsonNode item :
        call("GET", "/_local/queues/" + OomQueues.ERP_UPDATES, Map.of(), null).get("items")) {
      updates.add(0, ApiJson.mapper().readTree(item.get("body").asText()));
    }
    return updates;
  }

  private static List<String> orderIdsOn(String list) throws Exception {
    List<String> ids = new ArrayList<>();
    call("GET", "/worklists/" + list + "?storeId=101", auth(), null)
        .get("items")
        .forEach(item -> ids.add(item.get("orderId").asText()));
    return ids;
  }

  private static Map<String, String> auth() {
    return Map.of("authorization", "Bearer " + token);
  }

  private static JsonNode call(String method, String path, Map<String, String> headers, String body)
      throws Exception {
    Map<String, String> all = new java.util.HashMap<>(headers);
    if (path.startsWith("/orders") && token != null) {
      all.putIfAbsent("authorization", "Bearer " + token);
    }
    return LocalHttp.call(server.address(), method, path, all, body);
  }
}
