package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Refusals: each is problem details naming what is wrong, and none writes anything (the testbed
 * checks every 4xx made no write request).
 */
@ExtendWith(EmulatorExtension.class)
class AgentApiErrorsIT {
  private static final String ATTEMPTS = "POST /orders/{orderId}/contact-attempts";
  private static final String STATUS = "PUT /orders/{orderId}/contact-status";
  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(Orders.defaultOrder());
  }

  private Reply send(String route, String body) {
    return api.call(
        HttpEvents.route(route, "orderId", "SO-1001").as(AGENT, "oom-agent").body(body));
  }

  private void assertBadRequest(Reply reply, String field) {
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).isEqualTo("application/problem+json");
    assertThat(reply.problem()).isEqualTo("invalid-request");
    assertThat(reply.field()).isEqualTo(field);
    assertThat(reply.json().get("instance").asText()).isEqualTo("/orders/SO-1001/contact-attempts");
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcome\":\"PICKED_UP\",\"comment\":\"x\"}|outcome",
        "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"comment\":\"x\"}|outcome",
        "{\"phone\":\"+12045550142\",\"channel\":\"FAX\",\"outcome\":\"BUSY\",\"comment\":\"x\"}|channel",
        "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcome\":\"busy\",\"comment\":\"x\"}|outcome",
        "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcome\":3,\"comment\":\"x\"}|outcome",
        "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcome\":\"BUSY\",\"comment\":5}|comment",
        "{\"phone\":\"not a phone\",\"channel\":\"PHONE\",\"outcome\":\"BUSY\",\"comment\":\"x\"}|phone",
        "{\"phone\":\"+12045550000\",\"channel\":\"PHONE\",\"outcome\":\"BUSY\",\"comment\":\"x\"}|phone",
        "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcome\":\"BUSY\"}|comment",
        "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcom\":\"BUSY\",\"comment\":\"x\"}|outcom",
        "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",|body",
        "[1,2]|body",
        "''|body",
      })
  void a_bad_contact_attempt_is_refused_naming_the_field(String body, String field) {
    assertBadRequest(send(ATTEMPTS, body), field);
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().attempts()).isEmpty();
  }

  @Test
  void a_body_over_64_kib_is_refused() {
    String comment = "x".repeat(64 * 1024);
    Reply reply = send("POST /orders/{orderId}/comments", "{\"comment\":\"" + comment + "\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo("body");
  }

  @Test
  void a_body_marked_base64_that_is_not_is_refused() {
    var event =
        HttpEvents.route("POST /orders/{orderId}/comments", "orderId", "SO-1001")
            .as(AGENT, "oom-agent")
            .body("{not base64}")
            .build();
    event.setIsBase64Encoded(true);

    Reply reply = api.call(event);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo("body");
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"status\":\"PAUSED\",\"comment\":\"x\"}|status",
        "{\"comment\":\"x\"}|status",
        "{\"status\":\"HOLD\"}|comment",
        "{\"status\":\"HOLD\",\"comment\":\"x\",\"expectedVersion\":\"1\"}|expectedVersion",
        "{\"status\":\"HOLD\",\"comment\":\"x\",\"expectedVersion\":1.5}|expectedVersion",
        "{\"status\":\"HOLD\",\"comment\":\"x\",\"expectedVersion\":-1}|expectedVersion",
        "{\"status\":\"HOLD\",\"comment\":\"x\",\"contactDate\":\"2026-02-30\"}|contactDate",
        "{\"status\":\"HOLD\",\"comment\":\"x\",\"contactDate\":\"2026-11-29\"}|contactDate",
      })
  void a_bad_contact_status_is_refused_naming_the_field(String body, String field) {
    Reply reply = send(STATUS, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo(field);
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().contactStatus())
        .isEqualTo(ContactStatus.NONE);
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"date\":\"2026-12-04\",\"windowStart\":\"12:00\",\"windowEnd\":\"08:00\",\"kind\":\"DELIVERY\",\"comment\":\"x\"}|windowEnd",
        "{\"date\":\"2026-12-04\",\"windowStart\":\"8h\",\"windowEnd\":\"12:00\",\"kind\":\"DELIVERY\",\"comment\":\"x\"}|windowStart",
        "{\"date\":\"2026-12-04\",\"windowStart\":\"08:00\",\"windowEnd\":\"12:00\",\"comment\":\"x\"}|kind",
        "{\"date\":\"2026-11-01\",\"windowStart\":\"08:00\",\"windowEnd\":\"12:00\",\"kind\":\"PICKUP\",\"comment\":\"x\"}|date",
      })
  void a_bad_appointment_is_refused_naming_the_field(String body, String field) {
    Reply reply = send("POST /orders/{orderId}/appointments", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo(field);
  }

  @Test
  void a_bad_trouble_reason_or_an_empty_comment_is_refused() {
    assertThat(
            send("POST /orders/{orderId}/trouble", "{\"reason\":\"BROKEN\",\"comment\":\"x\"}")
                .field())
        .isEqualTo("reason");
    assertThat(send("POST /orders/{orderId}/comments", "{\"comment\":\"  \"}").field())
        .isEqualTo("comment");
  }

  @Test
  void an_unknown_work_list_or_a_malformed_store_is_refused() {
    Reply kind =
        api.call(
            HttpEvents.route("GET /worklists/{kind}", "kind", "urgent").as(AGENT, "oom-agent"));
    Reply store =
        api.call(
            HttpEvents.route("GET /worklists/{kind}", "kind", "coded")
                .query("storeId", "../101")
                .as(AGENT, "oom-agent"));

    assertThat(kind.field()).isEqualTo("kind");
    assertThat(kind.json().get("detail").asText())
        .contains(com.oom.core.worklist.WorkListKind.slugs())
        .contains("sync", "phone-correction");
    assertThat(store.field()).isEqualTo("storeId");
  }

  @Test
  void a_malformed_idempotency_key_is_refused() {
    Reply reply =
        api.call(
            HttpEvents.route("POST /orders/{orderId}/comments", "orderId", "SO-1001")
                .as(AGENT, "oom-agent")
                .header("Idempotency-Key", "two words")
                .body("{\"comment\":\"x\"}"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo("Idempotency-Key");
  }

  @Test
  void an_unknown_order_is_404_for_reads_and_commands() {
    Reply read =
        api.call(
            HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-9999").as(AGENT, "oom-agent"));
    Reply write =
        api.call(
            HttpEvents.route("POST /orders/{orderId}/comments", "orderId", "SO-9999")
                .as(AGENT, "oom-agent")
                .body("{\"comment\":\"hello\"}"));

    assertThat(read.status()).isEqualTo(404);
    assertThat(read.problem()).isEqualTo("unknown-order");
    assertThat(read.json().get("instance").asText()).isEqualTo("/orders/SO-9999");
    assertThat(write.status()).isEqualTo(404);
    assertThat(write.problem()).isEqualTo("unknown-order");
  }

  @Test
  void an_unknown_path_is_404_and_a_wrong_method_405_with_the_allowed_ones() {
    Reply unknown = api.call(HttpEvents.raw("GET", "/customers/42").as(AGENT, "oom-agent"));
    Reply wrong = api.call(HttpEvents.raw("DELETE", "/orders/SO-1001").as(AGENT, "oom-agent"));
    Reply statusByPost =
        api.call(
            HttpEvents.raw("POST", "/orders/SO-1001/contact-status")
                .as(AGENT, "oom-agent")
                .body("{\"status\":\"HOLD\",\"comment\":\"x\"}"));

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.problem()).isEqualTo("not-found");
    assertThat(wrong.status()).isEqualTo(405);
    assertThat(wrong.header("Allow")).isEqualTo("GET");
    assertThat(statusByPost.status()).isEqualTo(405);
    assertThat(statusByPost.header("Allow")).isEqualTo("PUT");
  }

  @Test
  void a_stale_expected_version_is_a_conflict_and_changes_nothing() {
    send("POST /orders/{orderId}/comments", "{\"comment\":\"someone else was here\"}");

    Reply reply = send(STATUS, "{\"status\":\"HOLD\",\"comment\":\"away\",\"expectedVersion\":1}");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.problem()).isEqualTo("version-conflict");
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().contactStatus())
        .isEqualTo(ContactStatus.NONE);
  }

  @Test
  void changing_the_contact_status_of_a_cwc_order_is_a_rule_violation() {
    api.ingest(Orders.defaultOrder().orderId("SO-1002").status(FulfilmentStatus.CWC));

    Reply reply =
        api.call(
            HttpEvents.route(STATUS, "orderId", "SO-1002")
                .as(AGENT, "oom-agent")
                .body("{\"status\":\"HOLD\",\"comment\":\"away\"}"));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.problem()).isEqualTo("rule-violation");
    assertThat(reply.json().get("detail").asText()).contains("CWC");
  }

  @Test
  void after_trouble_the_order_belongs_to_the_store_and_oom_may_not_recode_it() {
    send("POST /orders/{orderId}/trouble", "{\"reason\":\"FAULTY\",\"comment\":\"scratched\"}");

    Reply reply = send(STATUS, "{\"status\":\"HOLD\",\"comment\":\"away\"}");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.problem()).isEqualTo("rule-violation");
  }

  @Test
  void without_claims_or_without_a_subject_the_caller_is_unauthenticated() {
    Reply none = api.call(HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001"));
    Reply noSub =
        api.call(
            HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001")
                .claims("cognito:groups", "[oom-agent]"));
    Reply unknownPath = api.call(HttpEvents.raw("GET", "/nowhere"));

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.problem()).isEqualTo("unauthenticated");
    assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(noSub.status()).isEqualTo(401);
    assertThat(unknownPath.status()).isEqualTo(401);
  }

  @Test
  void a_token_without_an_oom_group_may_call_nothing() {
    Reply reply =
        api.call(
            HttpEvents.route("GET /worklists/{kind}", "kind", "coded").as("someone", "marketing"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.problem()).isEqualTo("forbidden");
  }

  @Test
  void an_unexpected_failure_is_500_without_internal_detail() {
    api.aws.dynamo.deleteTable(b -> b.tableName(AwsStack.TABLE));

    Reply reply =
        api.call(
            HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001").as(AGENT, "oom-agent"));

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.problem()).isEqualTo("internal-error");
    assertThat(reply.json().toString())
        .doesNotContain("ResourceNotFound", "Dynamo", "table", "Exception");
  }
}
