package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.core.audit.AuditEntry;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /orders/{orderId}/confirmations} on moto: an agent's confirmation call on the booked
 * appointment is recorded as its result and as an attempt on the number, the confirmation list and
 * the ERP see both, and a redelivered request is applied once. Today is Monday 2026-11-30, 10:00 in
 * Winnipeg; SO-1001 is booked for Tuesday 2026-12-01, so it is on today's confirmation list.
 */
@ExtendWith(EmulatorExtension.class)
class ConfirmationsRouteIT {
  static final String ROUTE = "POST /orders/{orderId}/confirmations";
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(booked("SO-1001"));
  }

  static Orders.Builder booked(String orderId) {
    return Orders.defaultOrder().orderId(orderId).appointment(Orders.appointment(TUESDAY));
  }

  private Reply confirm(String orderId, String body) {
    return api.call(HttpEvents.route(ROUTE, "orderId", orderId).as(AGENT, "oom-agent").body(body));
  }

  private static String body(String phone, String result) {
    return "{\"phone\":\"" + phone + "\",\"result\":\"" + result + "\",\"comment\":\"called\"}";
  }

  private List<JsonNode> confirmationList() {
    return api.workList("confirmation");
  }

  @Test
  void confirmed_takes_the_order_off_the_confirmation_list_and_the_erp_gets_both_parts() {
    assertThat(confirmationList()).hasSize(1);

    Reply reply =
        confirm(
            "SO-1001",
            "{\"phone\":\"(204) 555-0142\",\"result\":\"CONFIRMED\","
                + "\"comment\":\"Guest confirmed Tuesday morning\"}");

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
    assertThat(reply.json().get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(reply.json().get("attempt").get("phone").asText()).isEqualTo("+12045550142");
    assertThat(reply.json().get("attempt").get("outcome").asText()).isEqualTo("REACHED");
    assertThat(reply.json().get("attempt").get("channel").asText()).isEqualTo("PHONE");
    assertThat(reply.json().get("confirmation").get("result").asText()).isEqualTo("CONFIRMED");
    assertThat(reply.json().get("confirmation").get("appointmentDate").asText())
        .isEqualTo("2026-12-01");
    assertThat(reply.json().get("confirmation").get("channel").asText()).isEqualTo("VOICE");
    assertThat(confirmationList()).isEmpty();

    assertThat(api.aws.dynamoAdapters.orders().auditTrail("SO-1001"))
        .extracting(AuditEntry::action)
        .contains("CONFIRMATION", "CONTACT_ATTEMPT");
    Map<String, JsonNode> erp =
        api.erpUpdates().stream()
            .collect(Collectors.toMap(u -> u.get("action").asText(), Function.identity()));
    assertThat(erp).containsOnlyKeys("CONFIRMATION", "CONTACT_ATTEMPT");
    JsonNode confirmation = erp.get("CONFIRMATION").get("confirmation");
    assertThat(confirmation.get("result").asText()).isEqualTo("CONFIRMED");
    assertThat(confirmation.get("appointmentDate").asText()).isEqualTo("2026-12-01");
    assertThat(confirmation.get("phone").asText()).isEqualTo("+12045550142");
    assertThat(confirmation.get("channel").asText()).isEqualTo("VOICE");
    assertThat(erp.get("CONTACT_ATTEMPT").get("contactAttempt").get("outcome").asText())
        .isEqualTo("REACHED");
    assertThat(erp.get("CONTACT_ATTEMPT").get("auditComment").asText())
        .contains("Guest confirmed Tuesday morning");
    assertThat(erp.get("CONFIRMATION").get("actor").get("id").asText()).isEqualTo(AGENT);
  }

  @Test
  void no_answer_is_the_confirmation_result_no_response_and_the_number_counts_as_attempted() {
    Reply reply = confirm("SO-1001", body("+12045550142", "NO_ANSWER"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("confirmation").get("result").asText()).isEqualTo("NO_RESPONSE");
    assertThat(reply.json().get("attempt").get("outcome").asText()).isEqualTo("NO_ANSWER");
    assertThat(confirmationList())
        .singleElement()
        .satisfies(
            item ->
                assertThat(item.get("missing"))
                    .extracting(JsonNode::asText)
                    .containsExactly("attempt on " + Orders.HOME.masked()));
  }

  @Test
  void a_decline_puts_the_order_on_the_follow_up_list() {
    Reply reply = confirm("SO-1001", body("+12045550199", "DECLINED"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(api.workList("follow-up"))
        .extracting(item -> item.get("orderId").asText())
        .containsExactly("SO-1001");
  }

  @Test
  void the_same_idempotency_key_twice_records_the_call_once_and_writes_back_once() {
    HttpEvents.Builder request =
        HttpEvents.route(ROUTE, "orderId", "SO-1001")
            .as(AGENT, "oom-agent")
            .header("Idempotency-Key", "confirm-1")
            .body(body("+12045550142", "CONFIRMED"));

    Reply first = api.call(request);
    Reply again = api.call(request);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().get("outcome").asText()).isEqualTo("DUPLICATE");
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().attempts()).hasSize(1);
    assertThat(api.erpUpdates()).hasSize(2);
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"phone\":\"+12045550142\",\"result\":\"NO_RESPONSE\",\"comment\":\"x\"}|result",
        "{\"phone\":\"+12045550142\",\"result\":\"MAYBE\",\"comment\":\"x\"}|result",
        "{\"phone\":\"+12045550142\",\"comment\":\"x\"}|result",
        "{\"phone\":\"+12045550111\",\"result\":\"CONFIRMED\",\"comment\":\"x\"}|phone",
        "{\"result\":\"CONFIRMED\",\"comment\":\"x\"}|phone",
        "{\"phone\":\"+12045550142\",\"result\":\"CONFIRMED\"}|comment",
        "{\"phone\":\"+12045550142\",\"result\":\"CONFIRMED\",\"comment\":\" \"}|comment",
        "{\"phone\":\"+12045550142\",\"result\":\"CONFIRMED\",\"comment\":\"x\","
            + "\"expectedVersion\":-1}|expectedVersion",
        "{\"phone\":\"+12045550142\",\"result\":\"CONFIRMED\",\"comment\":\"x\","
            + "\"channel\":\"SMS\"}|channel"
      })
  void a_bad_confirmation_is_refused_naming_the_field(String body, String field) {
    Reply reply = confirm("SO-1001", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.problem()).isEqualTo("invalid-request");
    assertThat(reply.field()).isEqualTo(field);
    assertThat(confirmationList()).hasSize(1);
  }

  @Test
  void an_order_without_a_booked_appointment_has_nothing_to_confirm() {
    api.ingest(Orders.defaultOrder().orderId("SO-1002"));

    Reply reply = confirm("SO-1002", body("+12045550142", "CONFIRMED"));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.problem()).isEqualTo("rule-violation");
    assertThat(reply.json().get("detail").asText()).contains("no booked appointment");
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1002").orElseThrow().attempts()).isEmpty();
  }

  @Test
  void a_cwc_order_is_the_stores_an_unknown_one_is_404_and_a_stale_version_a_conflict() {
    api.ingest(booked("SO-1003").status(FulfilmentStatus.CWC));

    Reply cwc = confirm("SO-1003", body("+12045550142", "CONFIRMED"));
    Reply unknown = confirm("SO-NOBODY", body("+12045550142", "CONFIRMED"));
    Reply stale =
        confirm(
            "SO-1001",
            "{\"phone\":\"+12045550142\",\"result\":\"CONFIRMED\",\"comment\":\"x\","
                + "\"expectedVersion\":0}");

    assertThat(cwc.status()).isEqualTo(409);
    assertThat(cwc.problem()).isEqualTo("rule-violation");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.problem()).isEqualTo("unknown-order");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.problem()).isEqualTo("version-conflict");
    assertThat(confirmationList()).hasSize(1);
  }

  @Test
  void a_stores_staff_may_not_record_a_confirmation_call() {
    Reply reply =
        api.call(
            HttpEvents.route(ROUTE, "orderId", "SO-1001")
                .as("maria", "store-101")
                .body(body("+12045550142", "CONFIRMED")));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.problem()).isEqualTo("forbidden");
  }
}
