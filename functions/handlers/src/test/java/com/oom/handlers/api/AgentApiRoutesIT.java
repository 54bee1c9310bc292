package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import com.oom.aws.sqs.OomQueues;
import com.oom.catalogue.Queues;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;

/** Every route's happy path through the real adapters, idempotency, and how requests arrive. */
@ExtendWith(EmulatorExtension.class)
class AgentApiRoutesIT {
  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(Orders.defaultOrder());
  }

  private static HttpEvents.Builder asAgent(HttpEvents.Builder request) {
    return request.as(AGENT, "oom-agent");
  }

  private static HttpEvents.Builder post(String route, String orderId, String body) {
    return asAgent(HttpEvents.route(route, "orderId", orderId).body(body));
  }

  @Test
  void a_work_list_comes_in_priority_order_with_the_fields_of_the_catalogue() {
    api.ingest(
        Orders.defaultOrder()
            .orderId("SO-1002")
            .value("3000.00")
            .lines(Orders.line("1", "3000.00", true)));

    Reply reply =
        api.call(asAgent(HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling")));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("items"))
        .extracting(i -> i.get("orderId").asText())
        .containsExactly("SO-1002", "SO-1001");
    JsonNode first = reply.json().get("items").get(0);
    assertThat(first.get("priority").asText()).isEqualTo("3000.00");
    assertThat(first.get("storeId").asText()).isEqualTo("101");
    assertThat(first.get("reason").asText()).isNotBlank();
    assertThat(first.get("missing").isArray()).isTrue();
    assertThat(first.get("since").asText()).isEqualTo("2026-11-30T16:00:00Z");
  }

  @Test
  void an_agent_may_narrow_a_work_list_to_one_store() {
    api.ingest(Orders.defaultOrder().orderId("SO-2001").storeId("202"));

    Reply all = api.call(asAgent(HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling")));
    Reply store202 =
        api.call(
            asAgent(
                HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling")
                    .query("storeId", "202")));

    assertThat(all.json().get("items")).hasSize(2);
    assertThat(store202.json().get("items"))
        .extracting(i -> i.get("orderId").asText())
        .containsExactly("SO-2001");
  }

  @Test
  void the_order_view_shows_state_attempts_audit_timers_and_texts() {
    api.sendRequestedTexts();
    api.call(
        asAgent(
            HttpEvents.route("PUT /orders/{orderId}/contact-status", "orderId", "SO-1001")
                .body("{\"status\":\"HOLD\",\"comment\":\"guest travelling\"}")));
    Reply attempt =
        api.call(
            post(
                "POST /orders/{orderId}/contact-attempts",
                "SO-1001",
                "{\"phone\":\"204-555-0142\",\"channel\":\"PHONE\",\"outcome\":\"NO_ANSWER\","
                    + "\"comment\":\"rang out\"}"));
    assertThat(attempt.status()).as(attempt.json().toString()).isEqualTo(201);

    Reply reply =
        api.call(asAgent(HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001")));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode view = reply.json();
    assertThat(view.get("orderId").asText()).isEqualTo("SO-1001");
    assertThat(view.get("version").asLong()).isEqualTo(3);
    assertThat(view.get("status").asText()).isEqualTo("EST");
    assertThat(view.get("contactStatus").asText()).isEqualTo("HOLD");
    assertThat(view.get("order").get("details").get("guest").get("firstName").asText())
        .isEqualTo("Alex");
    assertThat(view.get("attempts")).hasSize(1);
    assertThat(view.get("attempts").get(0).get("phone").asText()).isEqualTo("+12045550142");
    assertThat(view.get("audit"))
        .extracting(a -> a.get("comment").asText())
        .contains("guest travelling")
        .anyMatch(comment -> comment.endsWith("rang out"));
    assertThat(view.get("waitingOn"))
        .extracting(w -> w.get("reason").asText())
        .contains("NO_CONTACT");
    assertThat(view.get("texts")).hasSize(1);
    JsonNode text = view.get("texts").get(0);
    assertThat(text.get("touchPoint").asText()).isEqualTo("MERCHANDISE_AVAILABLE");
    assertThat(text.get("status").asText()).isEqualTo("SENT");
    assertThat(text.get("body").asText()).isNotBlank();
  }

  @Test
  void a_coded_order_shows_its_timer_and_what_happens_then() {
    api.call(
        asAgent(
            HttpEvents.route("PUT /orders/{orderId}/contact-status", "orderId", "SO-1001")
                .body("{\"status\":\"CANCEL\",\"comment\":\"guest wants to cancel\"}")));

    Reply reply =
        api.call(asAgent(HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001")));

    JsonNode timer = reply.json().get("timers").get(0);
    assertThat(timer.get("reason").asText()).isEqualTo("CANCEL_REQUEST");
    assertThat(timer.get("dueAt").asText()).isEqualTo("2026-12-03T16:00:00Z");
    assertThat(timer.get("whatHappens").asText()).isNotBlank();
  }

  @Test
  void a_contact_attempt_is_recorded_and_answers_the_new_version_and_the_attempt() {
    Reply reply =
        api.call(
            post(
                "POST /orders/{orderId}/contact-attempts",
                "SO-1001",
                "{\"phone\":\"+12045550199\",\"channel\":\"PHONE\",\"outcome\":\"VOICEMAIL\","
                    + "\"comment\":\"left a message\"}"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("version").asLong()).isEqualTo(2);
    assertThat(reply.json().get("outcome").asText()).isEqualTo("APPLIED");
    JsonNode attempt = reply.json().get("attempt");
    assertThat(attempt.get("outcome").asText()).isEqualTo("VOICEMAIL");
    assertThat(attempt.get("agent").asText()).isEqualTo(AGENT);
    assertThat(attempt.get("slot").asText()).isEqualTo("WEEKDAY_DAY");
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().attempts()).hasSize(1);
    assertThat(api.aws.drain(OomQueues.ERP_UPDATES)).hasSize(1);
  }

  @Test
  void the_contact_status_is_set_with_its_date_and_written_back_to_the_erp() {
    Reply reply =
        api.call(
            asAgent(
                HttpEvents.route("PUT /orders/{orderId}/contact-status", "orderId", "SO-1001")
                    .body(
                        "{\"status\":\"CALLBACK\",\"contactDate\":\"2026-12-02\","
                            + "\"comment\":\"call back Wednesday\",\"expectedVersion\":1}")));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("contactStatus").asText()).isEqualTo("CALLBACK");
    assertThat(reply.json().get("contactDate").asText()).isEqualTo("2026-12-02");
    assertThat(reply.json().get("version").asLong()).isEqualTo(2);
    List<Message> erp = api.aws.drain(OomQueues.ERP_UPDATES);
    assertThat(erp).hasSize(1);
    assertThat(erp.getFirst().body()).contains("\"contactStatus\":\"CALLBACK\"");
  }

  @Test
  void an_appointment_is_booked() {
    Reply reply =
        api.call(
            post(
                "POST /orders/{orderId}/appointments",
                "SO-1001",
                "{\"date\":\"2026-12-04\",\"windowStart\":\"08:00\",\"windowEnd\":\"12:00\","
                    + "\"kind\":\"DELIVERY\",\"comment\":\"guest chose Friday morning\"}"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("appointment").get("date").asText()).isEqualTo("2026-12-04");
    assertThat(
            api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().details().appointment())
        .isEqualTo(Orders.appointment(LocalDate.of(2026, 12, 4)));
  }

  @Test
  void trouble_escalates_the_order_at_once_to_its_store() {
    Reply reply =
        api.call(
            post(
                "POST /orders/{orderId}/trouble",
                "SO-1001",
                "{\"reason\":\"NO_FIT\",\"comment\":\"sofa does not fit the stairwell\"}"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("status").asText()).isEqualTo("CWC");
    assertThat(reply.json().get("escalation").get("reason").asText()).isEqualTo("NO_FIT");
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().status())
        .isEqualTo(FulfilmentStatus.CWC);
    List<Message> handOffs = api.aws.drain(Queues.defaultHandOff("101"));
    assertThat(handOffs).hasSize(1);
    assertThat(handOffs.getFirst().body()).contains("\"reason\":\"NO_FIT\"");
  }

  @Test
  void a_comment_goes_into_the_audit_trail() {
    Reply reply =
        api.call(
            post(
                "POST /orders/{orderId}/comments",
                "SO-1001",
                "{\"comment\":\"guest asked about assembly\"}"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(api.aws.dynamoAdapters.orders().auditTrail("SO-1001"))
        .anySatisfy(
            entry -> {
              assertThat(entry.comment()).isEqualTo("guest asked about assembly");
              assertThat(entry.actor().id()).isEqualTo(AGENT);
            });
  }

  @Test
  void the_same_idempotency_key_twice_records_one_attempt() {
    String body =
        "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcome\":\"BUSY\","
            + "\"comment\":\"busy\"}";
    Reply first =
        api.call(
            post("POST /orders/{orderId}/contact-attempts", "SO-1001", body)
                .header("Idempotency-Key", "5b8f6a3e-attempt-1"));
    Reply retry =
        api.call(
            post("POST /orders/{orderId}/contact-attempts", "SO-1001", body)
                .header("idempotency-key", "5b8f6a3e-attempt-1"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("outcome").asText()).isEqualTo("DUPLICATE");
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.json().get("attempt").get("attemptId"))
        .isEqualTo(first.json().get("attempt").get("attemptId"));
    assertThat(retry.json().get("version")).isEqualTo(first.json().get("version"));
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().attempts()).hasSize(1);
  }

  @Test
  void without_a_key_two_requests_are_two_attempts() {
    String body =
        "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcome\":\"BUSY\","
            + "\"comment\":\"busy\"}";
    api.call(post("POST /orders/{orderId}/contact-attempts", "SO-1001", body));
    api.call(post("POST /orders/{orderId}/contact-attempts", "SO-1001", body));

    assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().attempts()).hasSize(2);
  }

  @Test
  void one_key_used_for_two_kinds_of_change_is_two_commands() {
    api.call(
        post("POST /orders/{orderId}/comments", "SO-1001", "{\"comment\":\"first\"}")
            .header("Idempotency-Key", "k-1"));
    Reply status =
        api.call(
            asAgent(
                HttpEvents.route("PUT /orders/{orderId}/contact-status", "orderId", "SO-1001")
                    .header("Idempotency-Key", "k-1")
                    .body("{\"status\":\"HOLD\",\"comment\":\"away\"}")));

    assertThat(status.json().get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(status.json().get("contactStatus").asText()).isEqualTo("HOLD");
  }

  @Test
  void routes_resolve_from_method_and_path_when_no_route_key_is_given() {
    Reply order = api.call(HttpEvents.raw("GET", "/orders/SO-1001").as(AGENT, "oom-agent"));
    Reply encoded = api.call(HttpEvents.raw("GET", "/orders/SO%2D1001").as(AGENT, "oom-agent"));
    Reply comment =
        api.call(
            HttpEvents.raw("POST", "/orders/SO-1001/comments")
                .as(AGENT, "oom-agent")
                .body("{\"comment\":\"via the local runner\"}"));
    Reply list =
        api.call(
            HttpEvents.raw("GET", "/worklists/scheduling")
                .query("storeId", "101")
                .as(AGENT, "oom-agent"));

    assertThat(order.status()).isEqualTo(200);
    assertThat(encoded.json().get("orderId").asText()).isEqualTo("SO-1001");
    assertThat(comment.status()).isEqualTo(201);
    assertThat(list.json().get("items")).hasSize(1);
  }

  @Test
  void a_base64_encoded_body_is_decoded() {
    Reply reply =
        api.call(
            asAgent(
                HttpEvents.route("POST /orders/{orderId}/comments", "orderId", "SO-1001")
                    .base64Body("{\"comment\":\"encodé en base64\"}")));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(api.aws.dynamoAdapters.orders().auditTrail("SO-1001"))
        .anyMatch(e -> e.comment().equals("encodé en base64"));
  }

  @Test
  void an_event_as_api_gateway_sends_it_is_understood() {
    APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/api-get-order.json");

    Reply reply = api.call(event);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("orderId").asText()).isEqualTo("SO-1001");
    assertThat(ApiJson.write(reply.json().get("order").get("details").get("storeId")))
        .isEqualTo("\"101\"");
  }

  @Test
  void as_lambda_invokes_it_the_request_arrives_and_the_answer_leaves_as_json() throws Exception {
    byte[] request;
    try (var in = getClass().getClassLoader().getResourceAsStream("events/api-get-order.json")) {
      request = in.readAllBytes();
    }
    var answer = new ByteArrayOutputStream();

    api.handler.handleRequest(
        new ByteArrayInputStream(request), answer, new FakeContext("agent-api"));

    JsonNode response = ApiJson.mapper().readTree(answer.toByteArray());
    assertThat(response.get("statusCode").asInt()).isEqualTo(200);
    assertThat(response.has("isBase64Encoded")).isTrue();
    assertThat(response.get("headers").get("Content-Type").asText()).contains("application/json");
    assertThat(ApiJson.mapper().readTree(response.get("body").asText()).get("orderId").asText())
        .isEqualTo("SO-1001");
  }
}
