package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.WorkListKind;
import com.oom.events.Contracts;
import com.oom.events.SchemaValidator;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pick-up desk of the 888 distribution centre end to end on moto: {@code GET
 * /worklists/pickup-desk} lists the day's booked pick-ups from one read of the desk's partition,
 * {@code POST /orders/{orderId}/pickup} records ARRIVED, RELEASED and NO_SHOW, each written back to
 * the ERP; the order view shows the desk's state. Today is Monday 2026-11-30 in Winnipeg, 10:00.
 */
@ExtendWith(EmulatorExtension.class)
class PickupDeskRouteIT {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final String DESK = "GET /worklists/pickup-desk";
  private static final String PICKUP = "POST /orders/{orderId}/pickup";
  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(pickUp("SO-1003", "101", TODAY, 13));
    api.ingest(pickUp("SO-1001", "101", TODAY, 9));
    api.ingest(pickUp("SO-1002", "101", TODAY, 9));
    api.ingest(pickUp("SO-2001", "202", TODAY, 11));
    api.ingest(pickUp("SO-1009", "101", TODAY.plusDays(1), 9));
    api.ingest(
        Orders.defaultOrder()
            .orderId("SO-1010")
            .status(FulfilmentStatus.SCH)
            .appointment(Orders.appointment(TODAY)));
  }

  static Orders.Builder pickUp(String orderId, String storeId, LocalDate day, int hour) {
    return Orders.defaultOrder()
        .orderId(orderId)
        .storeId(storeId)
        .status(FulfilmentStatus.SCH)
        .appointment(
            new Appointment(
                day, LocalTime.of(hour, 0), LocalTime.of(hour + 2, 0), AppointmentKind.PICKUP));
  }

  private Reply desk(String caller, String group, String... query) {
    HttpEvents.Builder request = HttpEvents.route(DESK).as(caller, group);
    for (int i = 0; i < query.length; i += 2) {
      request.query(query[i], query[i + 1]);
    }
    return api.call(request);
  }

  private static List<String> orderIds(Reply reply) {
    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
    return reply.json().get("items").findValuesAsText("orderId");
  }

  private Reply pickup(String orderId, String body, String key) {
    return api.call(
        HttpEvents.route(PICKUP, "orderId", orderId)
            .as(AGENT, "oom-agent")
            .header("Idempotency-Key", key)
            .body(body));
  }

  @Test
  void the_desk_lists_todays_pick_ups_at_the_location_by_window_then_order_in_one_query() {
    Reply reply = desk(AGENT, "oom-agent", "locationId", "888", "date", TODAY.toString());

    assertThat(orderIds(reply)).containsExactly("SO-1001", "SO-1002", "SO-2001", "SO-1003");
    assertThat(api.aws.requests.snapshot()).containsEntry("DynamoDb.Query", 1L).hasSize(1);
    JsonNode first = reply.json().get("items").get(0);
    assertThat(first.get("windowStart").asText()).startsWith("09:00");
    assertThat(first.get("windowEnd").asText()).startsWith("11:00");
    assertThat(first.get("guestFirstName").asText()).isEqualTo("Alex");
    assertThat(first.get("phones").get(0).get("number").asText()).isEqualTo("+12045550142");
    assertThat(first.get("value").asText()).isEqualTo("1500.00");
    assertThat(first.get("lines")).hasSize(2);
    assertThat(first.get("status").asText()).isEqualTo("DUE");
    assertThat(first.get("reservedDays").asLong()).isZero();
    assertThat(reply.json().get("locationId").asText()).isEqualTo("888");
  }

  @Test
  void without_a_date_the_desk_is_today_and_the_reserved_days_count_up() {
    assertThat(orderIds(desk(AGENT, "oom-agent", "locationId", "888")))
        .containsExactly("SO-1001", "SO-1002", "SO-2001", "SO-1003");

    api.clock.advance(Duration.ofDays(1));
    Reply tomorrow = desk(AGENT, "oom-agent", "locationId", "888");

    assertThat(orderIds(tomorrow)).containsExactly("SO-1009");
    assertThat(tomorrow.json().get("items").get(0).get("reservedDays").asLong()).isEqualTo(1);
    assertThat(tomorrow.json().has("date")).isFalse();
  }

  @Test
  void store_staff_see_only_their_own_stores_pick_ups() {
    assertThat(orderIds(desk("li", "store-202", "locationId", "888"))).containsExactly("SO-2001");
    assertThat(orderIds(desk("sam", "oom-supervisor", "locationId", "888"))).hasSize(4);
    assertThat(orderIds(desk(AGENT, "oom-agent", "locationId", "999"))).isEmpty();
  }

  @Test
  void a_missing_location_or_a_malformed_date_is_a_400_naming_it() {
    Reply noLocation = desk(AGENT, "oom-agent");
    Reply badDate = desk(AGENT, "oom-agent", "locationId", "888", "date", "30/11/2026");

    assertThat(noLocation.status()).isEqualTo(400);
    assertThat(noLocation.json().get("field").asText()).isEqualTo("locationId");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("field").asText()).isEqualTo("date");
  }

  @Test
  void the_desks_path_is_not_taken_for_a_work_list_kind() {
    Reply viaPath =
        api.call(
            HttpEvents.raw("GET", "/worklists/pickup-desk")
                .query("locationId", "888")
                .as(AGENT, "oom-agent"));

    assertThat(orderIds(viaPath)).hasSize(4);
  }

  @Test
  void arrival_shows_on_the_desk_and_in_the_order_view_and_is_written_back() {
    Instant at = Instant.parse("2026-11-30T15:05:00Z"); // 09:05 in Winnipeg
    api.clock.set(at);

    Reply reply =
        pickup("SO-1001", "{\"event\":\"ARRIVED\",\"comment\":\"guest at desk 2\"}", "k-1");

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
    assertThat(reply.json().get("pickupDesk").get("arrivedAt").asText()).isEqualTo(at.toString());
    JsonNode item =
        desk(AGENT, "oom-agent", "locationId", "888", "date", TODAY.toString())
            .json()
            .get("items")
            .get(0);
    assertThat(item.get("status").asText()).isEqualTo("ARRIVED");
    assertThat(item.get("arrivedAt").asText()).isEqualTo(at.toString());
    JsonNode view = api.view("SO-1001");
    assertThat(view.get("pickupDesk").get("arrivedAt").asText()).isEqualTo(at.toString());
    assertThat(view.get("audit").findValuesAsText("action")).contains("PICKUP_ARRIVED");
    List<JsonNode> erp = api.erpUpdates();
    assertThat(erp)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.get("action").asText()).isEqualTo("PICKUP_ARRIVED");
              assertThat(u.get("pickup").get("event").asText()).isEqualTo("ARRIVED");
              assertThat(u.get("pickup").get("locationId").asText()).isEqualTo("888");
            });
  }

  @Test
  void release_closes_the_order_as_picked_up_takes_it_off_the_desk_and_tells_the_erp_once() {
    api.clock.set(Instant.parse("2026-11-30T15:20:00Z"));
    String body = "{\"event\":\"RELEASED\",\"comment\":\"handed over, two boxes\"}";

    Reply reply = pickup("SO-1001", body, "k-2");
    Reply again = pickup("SO-1001", body, "k-2");

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
    assertThat(reply.json().get("status").asText()).isEqualTo("PICKED_UP");
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.headers()).containsEntry("Idempotent-Replayed", "true");
    assertThat(orderIds(desk(AGENT, "oom-agent", "locationId", "888", "date", TODAY.toString())))
        .doesNotContain("SO-1001");
    List<JsonNode> erp = api.erpUpdates();
    assertThat(erp.stream().map(u -> u.get("action").asText()))
        .containsExactly("PICKUP_RELEASED", "FULFILMENT_OUTCOME", "ORDER_CLOSED");
    erp.forEach(
        u -> assertThat(SchemaValidator.validate(Contracts.ERP_UPDATE, u.toString())).isEmpty());
    JsonNode released = erp.getFirst();
    assertThat(released.get("fulfilmentStatus").asText()).isEqualTo("PICKED_UP");
    assertThat(released.get("pickup").get("outcome").asText()).isEqualTo("PICKED_UP");
    assertThat(released.get("auditComment").asText()).isEqualTo("handed over, two boxes");

    // the ERP's own PICKED_UP afterwards changes nothing
    api.oom
        .recordFulfilmentOutcome()
        .handle(
            new com.oom.core.application.RecordFulfilmentOutcome.Command(
                "erp-picked-up",
                "SO-1001",
                com.oom.core.order.FulfilmentOutcomeKind.PICKED_UP,
                api.clock.instant()));
    OpenOrder stored = api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow();
    assertThat(stored.status()).isEqualTo(FulfilmentStatus.PICKED_UP);
    assertThat(api.erpUpdates()).isEmpty();
  }

  @Test
  void a_no_show_after_the_window_puts_the_order_on_the_missed_list_and_tells_the_erp() {
    api.clock.set(Instant.parse("2026-11-30T17:30:00Z")); // 11:30, the 09:00-11:00 window is over

    Reply reply =
        pickup("SO-1001", "{\"event\":\"NO_SHOW\",\"comment\":\"guest never came\"}", "k-3");

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
    assertThat(reply.json().get("missed").get("outcome").asText()).isEqualTo("PICKUP_MISSED");
    assertThat(
            api.workList(WorkListKind.MISSED.slug()).stream().map(i -> i.get("orderId").asText()))
        .contains("SO-1001");
    List<JsonNode> erp = api.erpUpdates();
    assertThat(erp.stream().map(u -> u.get("action").asText())).contains("PICKUP_NO_SHOW");
    erp.forEach(
        u -> assertThat(SchemaValidator.validate(Contracts.ERP_UPDATE, u.toString())).isEmpty());
    assertThat(
            desk(AGENT, "oom-agent", "locationId", "888", "date", TODAY.toString())
                .json()
                .get("items")
                .get(0)
                .get("status")
                .asText())
        .isEqualTo("NO_SHOW");
  }

  @Test
  void refusals_are_409_with_a_clear_detail_and_write_nothing() {
    long version = api.aws.dynamoAdapters.orders().find("SO-1010").orElseThrow().version();

    Reply delivery = pickup("SO-1010", "{\"event\":\"ARRIVED\",\"comment\":\"here\"}", "k-4");
    Reply early = pickup("SO-1001", "{\"event\":\"NO_SHOW\",\"comment\":\"not yet\"}", "k-5");
    Reply tomorrow = pickup("SO-1009", "{\"event\":\"ARRIVED\",\"comment\":\"early\"}", "k-6");

    assertThat(delivery.status()).isEqualTo(409);
    assertThat(delivery.json().get("detail").asText()).contains("no booked pick-up");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("detail").asText()).contains("window ends at 11:00");
    assertThat(tomorrow.status()).isEqualTo(409);
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1010").orElseThrow().version())
        .isEqualTo(version);
  }

  @Test
  void a_bad_event_or_a_missing_comment_is_a_400_naming_the_field() {
    Reply badEvent = pickup("SO-1001", "{\"event\":\"LEFT\",\"comment\":\"x\"}", "k-7");
    Reply noComment = pickup("SO-1001", "{\"event\":\"ARRIVED\"}", "k-8");

    assertThat(badEvent.status()).isEqualTo(400);
    assertThat(badEvent.json().get("field").asText()).isEqualTo("event");
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.json().get("field").asText()).isEqualTo("comment");
  }

  @Test
  void a_store_releases_its_own_orders_but_not_another_stores() {
    api.clock.set(Instant.parse("2026-11-30T17:05:00Z"));
    String body = "{\"event\":\"RELEASED\",\"comment\":\"handed over\"}";

    Reply own =
        api.call(HttpEvents.route(PICKUP, "orderId", "SO-2001").as("li", "store-202").body(body));
    Reply other =
        api.call(HttpEvents.route(PICKUP, "orderId", "SO-1002").as("li", "store-202").body(body));

    assertThat(own.status()).as(own.json().toString()).isEqualTo(201);
    assertThat(other.status()).isEqualTo(404);
  }
}
