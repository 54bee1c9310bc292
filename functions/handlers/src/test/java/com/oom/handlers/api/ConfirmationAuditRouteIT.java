package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.schedule.DailyPlanWiring;
import com.oom.handlers.testing.HttpEvents;
import com.oom.handlers.testing.ScheduledJobs;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /reports/confirmation-audit} on moto, after the daily plan's END_OF_DAY run stored the
 * audit: SO-1001 (store 101) is booked for Tuesday 2026-12-01; on Monday an agent's call reached no
 * one on the mobile and nobody tried the home phone, so the audit of Monday lists the home phone.
 */
@ExtendWith(EmulatorExtension.class)
class ConfirmationAuditRouteIT {
  static final String ROUTE = "GET /reports/confirmation-audit";
  private static final Instant MONDAY_CLOSING = Instant.parse("2026-12-01T02:55:00Z"); // 20:55
  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(
        Orders.defaultOrder()
            .orderId("SO-1001")
            .appointment(Orders.appointment(LocalDate.of(2026, 12, 1))));
  }

  private Reply read(String... query) {
    return read(HttpEvents.route(ROUTE).as(AGENT, "oom-agent"), query);
  }

  private Reply read(HttpEvents.Builder request, String... query) {
    for (int i = 0; i < query.length; i += 2) {
      request.query(query[i], query[i + 1]);
    }
    return api.call(request);
  }

  /** The agent's call on the mobile, then the daily plan five minutes before closing. */
  private void mondayEndOfDay() {
    Reply call =
        api.call(
            HttpEvents.route("POST /orders/{orderId}/confirmations", "orderId", "SO-1001")
                .as(AGENT, "oom-agent")
                .body(
                    "{\"phone\":\"+12045550142\",\"result\":\"NO_ANSWER\","
                        + "\"comment\":\"rang out\"}"));
    assertThat(call.status()).isEqualTo(201);
    api.clock.set(MONDAY_CLOSING);
    ScheduledJobs.invoke(
        DailyPlanWiring.over(api.oom), "daily-plan", ScheduledJobs.dailyPlan("END_OF_DAY", "101"));
  }

  @Test
  void after_the_end_of_day_plan_the_audit_lists_each_miss_with_the_numbers_not_tried() {
    mondayEndOfDay();

    Reply today = read("storeId", "101");
    Reply monday = read("storeId", "101", "date", "2026-11-30");

    assertThat(today.status()).as(today.json().toString()).isEqualTo(200);
    assertThat(monday.json()).isEqualTo(today.json());
    JsonNode audit = today.json();
    assertThat(audit.get("storeId").asText()).isEqualTo("101");
    assertThat(audit.get("date").asText()).isEqualTo("2026-11-30");
    assertThat(audit.get("appointmentsChecked").asInt()).isEqualTo(1);
    assertThat(audit.get("auditedAt").asText()).isEqualTo("2026-12-01T02:55:00Z");
    assertThat(audit.get("misses")).hasSize(1);
    JsonNode miss = audit.get("misses").get(0);
    assertThat(miss.get("orderId").asText()).isEqualTo("SO-1001");
    assertThat(miss.get("appointmentDate").asText()).isEqualTo("2026-12-01");
    assertThat(miss.get("phones")).extracting(JsonNode::asText).containsExactly("+12045550199");
  }

  @Test
  void a_stores_staff_read_their_own_stores_audit_and_not_another_stores() {
    mondayEndOfDay();

    Reply own = read(HttpEvents.route(ROUTE).as("maria", "store-101"), "storeId", "101");
    Reply other = read(HttpEvents.route(ROUTE).as("li", "store-202"), "storeId", "101");

    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("misses")).hasSize(1);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.problem()).isEqualTo("forbidden");
  }

  @Test
  void a_day_with_no_audit_stored_is_404_audit_not_found() {
    Reply beforeTheRun = read("storeId", "101");
    mondayEndOfDay();
    Reply otherDay = read("storeId", "101", "date", "2026-11-27");
    Reply otherStore = read("storeId", "202", "date", "2026-11-30");

    for (Reply reply : new Reply[] {beforeTheRun, otherDay, otherStore}) {
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.problem()).isEqualTo("audit-not-found");
    }
    assertThat(otherDay.json().get("detail").asText()).contains("2026-11-27");
  }

  @Test
  void a_store_not_in_the_directory_is_404_unknown_store() {
    Reply reply = read("storeId", "999");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.problem()).isEqualTo("unknown-store");
    assertThat(reply.json().get("detail").asText()).contains("999");
  }

  @ParameterizedTest(name = "storeId={0} date={1} -> 400 naming {2}")
  @CsvSource({
    "101, 30-11-2026, date",
    "101, 2026-02-30, date",
    "101, yesterday, date",
    "'', 2026-11-30, storeId",
    "../101, 2026-11-30, storeId"
  })
  void a_bad_query_is_refused_naming_the_parameter(String storeId, String date, String field) {
    Reply reply = read("storeId", storeId, "date", date);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.problem()).isEqualTo("invalid-request");
    assertThat(reply.field()).isEqualTo(field);
  }

  @Test
  void without_a_store_the_request_is_refused_naming_it() {
    Reply reply = read();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo("storeId");
  }
}
