package com.oom.handlers.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oom.core.order.Actor;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The route × role matrix: agents and supervisors may do everything; a store's staff read their own
 * store's work lists, orders and confirmation audits and add comments and contact attempts to the
 * orders, and nothing else (no confirmation calls: those are the agents' rule-4 work). Another
 * store's order looks exactly like an unknown one.
 */
@ExtendWith(EmulatorExtension.class)
class AgentApiRolesIT {
  private static final String ATTEMPT =
      "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcome\":\"REACHED\","
          + "\"comment\":\"guest called the store\"}";
  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(Orders.defaultOrder().orderId("SO-1001").storeId("101"));
    api.ingest(Orders.defaultOrder().orderId("SO-2001").storeId("202"));
  }

  private static HttpEvents.Builder store101(String route, String orderId) {
    return HttpEvents.route(route, "orderId", orderId).as("maria", "store-101");
  }

  private static JsonNode withoutInstance(JsonNode problem) {
    return ((ObjectNode) problem.deepCopy()).without("instance");
  }

  @Test
  void a_store_reads_its_own_order() {
    Reply reply = api.call(store101("GET /orders/{orderId}", "SO-1001"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("storeId").asText()).isEqualTo("101");
  }

  @Test
  void another_stores_order_is_answered_as_unknown() {
    Reply other = api.call(store101("GET /orders/{orderId}", "SO-2001"));
    Reply unknown = api.call(store101("GET /orders/{orderId}", "SO-9999"));

    assertThat(other.status()).isEqualTo(404);
    assertThat(withoutInstance(other.json())).isEqualTo(withoutInstance(unknown.json()));
  }

  @Test
  void a_store_comments_and_records_attempts_on_its_own_orders_as_the_store() {
    Reply comment =
        api.call(
            store101("POST /orders/{orderId}/comments", "SO-1001")
                .body("{\"comment\":\"guest came in\"}"));
    Reply attempt =
        api.call(store101("POST /orders/{orderId}/contact-attempts", "SO-1001").body(ATTEMPT));

    assertThat(comment.status()).isEqualTo(201);
    assertThat(attempt.status()).isEqualTo(201);
    assertThat(attempt.json().get("attempt").get("agent").asText()).isEqualTo("101");
    assertThat(api.aws.dynamoAdapters.orders().auditTrail("SO-1001"))
        .filteredOn(e -> e.comment().equals("guest came in"))
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo(Actor.store("101")));
  }

  @Test
  void a_store_may_not_write_to_another_stores_order() {
    Reply comment =
        api.call(
            store101("POST /orders/{orderId}/comments", "SO-2001").body("{\"comment\":\"hi\"}"));
    Reply attempt =
        api.call(store101("POST /orders/{orderId}/contact-attempts", "SO-2001").body(ATTEMPT));

    assertThat(comment.status()).isEqualTo(404);
    assertThat(attempt.status()).isEqualTo(404);
    assertThat(api.aws.dynamoAdapters.orders().find("SO-2001").orElseThrow().version())
        .isEqualTo(1);
  }

  @Test
  void a_store_may_not_change_contact_status_book_or_report_trouble() {
    Reply status =
        api.call(
            store101("PUT /orders/{orderId}/contact-status", "SO-1001")
                .body("{\"status\":\"HOLD\",\"comment\":\"x\"}"));
    Reply booking =
        api.call(
            store101("POST /orders/{orderId}/appointments", "SO-1001")
                .body(
                    "{\"date\":\"2026-12-04\",\"windowStart\":\"08:00\",\"windowEnd\":\"12:00\","
                        + "\"kind\":\"DELIVERY\",\"comment\":\"x\"}"));
    Reply trouble =
        api.call(
            store101("POST /orders/{orderId}/trouble", "SO-1001")
                .body("{\"reason\":\"FAULTY\",\"comment\":\"x\"}"));

    assertThat(status.status()).isEqualTo(403);
    assertThat(booking.status()).isEqualTo(403);
    assertThat(trouble.status()).isEqualTo(403);
    assertThat(status.problem()).isEqualTo("forbidden");
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().version())
        .isEqualTo(1);
  }

  @Test
  void a_stores_work_list_is_its_own_store_only() {
    Reply own =
        api.call(
            HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling")
                .as("maria", "store-101"));
    Reply ownByName =
        api.call(
            HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling")
                .query("storeId", "101")
                .as("maria", "store-101"));
    Reply other =
        api.call(
            HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling")
                .query("storeId", "202")
                .as("maria", "store-101"));

    assertThat(own.json().get("items"))
        .extracting(i -> i.get("orderId").asText())
        .containsExactly("SO-1001");
    assertThat(own.json().get("total").asLong()).isEqualTo(1);
    assertThat(own.json().has("nextCursor")).isFalse();
    assertThat(ownByName.json().get("items")).hasSize(1);
    assertThat(ownByName.json().get("total").asLong()).isEqualTo(1);
    assertThat(other.status()).isEqualTo(403);
  }

  @Test
  void staff_of_two_stores_see_both_in_one_list() {
    Reply reply =
        api.call(
            HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling")
                .claims("sub", "area-manager", "groups", "store-101,store-202"));

    assertThat(reply.json().get("items"))
        .extracting(i -> i.get("orderId").asText())
        .containsExactly("SO-1001", "SO-2001");
    assertThat(reply.json().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void a_stores_cursor_pages_its_own_stores_and_is_refused_for_another() {
    UnaryOperator<HttpEvents.Builder> staffOfBoth =
        b -> b.claims("sub", "area-manager", "groups", "store-101,store-202");
    Reply first = api.list("scheduling", b -> staffOfBoth.apply(b.query("limit", "1")));
    String cursor = first.json().get("nextCursor").asText();
    Reply second =
        api.list(
            "scheduling", b -> staffOfBoth.apply(b.query("limit", "1").query("cursor", cursor)));
    Reply ofOneStore =
        api.list("scheduling", b -> ApiTestbed.STORE_101.apply(b.query("cursor", cursor)));

    assertThat(first.json().get("items")).hasSize(1);
    assertThat(second.json().get("items")).hasSize(1);
    assertThat(second.json().has("nextCursor")).isFalse();
    assertThat(second.json().get("items").get(0).get("orderId"))
        .isNotEqualTo(first.json().get("items").get(0).get("orderId"));
    assertThat(ofOneStore.status()).isEqualTo(400);
    assertThat(ofOneStore.problem()).isEqualTo("invalid-cursor");
  }

  @Test
  void a_supervisor_may_do_everything_an_agent_may() {
    Reply status =
        api.call(
            HttpEvents.route("PUT /orders/{orderId}/contact-status", "orderId", "SO-2001")
                .as("sam", "oom-supervisor")
                .body("{\"status\":\"BALDUE\",\"comment\":\"balance owing\"}"));
    Reply list =
        api.call(
            HttpEvents.route("GET /worklists/{kind}", "kind", "coded").as("sam", "oom-supervisor"));

    assertThat(status.status()).isEqualTo(200);
    assertThat(list.json().get("items"))
        .extracting(i -> i.get("orderId").asText())
        .containsExactly("SO-2001");
    assertThat(api.aws.dynamoAdapters.orders().auditTrail("SO-2001"))
        .anyMatch(e -> e.actor().equals(Actor.agent("sam")));
  }

  @Test
  void an_agent_who_is_also_in_a_store_group_keeps_every_store() {
    Reply reply =
        api.call(
            HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-2001")
                .as("agent-7", "oom-agent", "store-101"));

    assertThat(reply.status()).isEqualTo(200);
  }
}
