package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.sqs.OomQueues;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code PUT /orders/{orderId}/fulfilment-date} on moto: the past-due fix re-dates the order (to
 * its ATP date unless told otherwise), the order leaves the past-due list, the ERP update on {@code
 * oom-erp-updates} carries the change, and the order view shows the date pending with the ERP.
 * Today is Monday 2026-11-30 in Winnipeg; SO-1001 was due 2026-11-25, its ATP date is 2026-12-03.
 */
@ExtendWith(EmulatorExtension.class)
class FulfilmentDateRouteIT {
  static final String ROUTE = "PUT /orders/{orderId}/fulfilment-date";
  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(pastDue("SO-1001"));
  }

  static Orders.Builder pastDue(String orderId) {
    return Orders.defaultOrder()
        .orderId(orderId)
        .fulfilmentDate(LocalDate.of(2026, 11, 25))
        .atpDate(LocalDate.of(2026, 12, 3));
  }

  private Reply redate(String orderId, String body) {
    return api.call(HttpEvents.route(ROUTE, "orderId", orderId).as(AGENT, "oom-agent").body(body));
  }

  private List<String> pastDueList() {
    return api.workList("past-due").stream().map(item -> item.get("orderId").asText()).toList();
  }

  @Test
  void without_a_date_the_order_is_re_dated_to_its_atp_date_and_leaves_the_past_due_list() {
    assertThat(pastDueList()).containsExactly("SO-1001");

    Reply reply = redate("SO-1001", "{\"comment\":\"stock arrives Thursday\"}");

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
    assertThat(reply.json().get("outcome").asText()).isEqualTo("APPLIED");
    assertThat(reply.json().get("fulfilmentDate").asText()).isEqualTo("2026-12-03");
    assertThat(reply.json().get("version").asLong()).isEqualTo(2);
    assertThat(
            api.aws
                .dynamoAdapters
                .orders()
                .find("SO-1001")
                .orElseThrow()
                .details()
                .fulfilmentDate())
        .isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(pastDueList()).isEmpty();

    List<JsonNode> erp = api.erpUpdates();
    assertThat(erp).hasSize(1);
    JsonNode update = erp.getFirst();
    assertThat(update.get("orderId").asText()).isEqualTo("SO-1001");
    assertThat(update.get("fulfilmentDateChange").get("from").asText()).isEqualTo("2026-11-25");
    assertThat(update.get("fulfilmentDateChange").get("to").asText()).isEqualTo("2026-12-03");
    assertThat(update.get("actor").get("id").asText()).isEqualTo(AGENT);
    assertThat(update.get("auditComment").asText()).contains("stock arrives Thursday");
  }

  @Test
  void a_request_as_api_gateway_sends_it_is_applied_once_under_its_idempotency_key() {
    APIGatewayV2HTTPEvent event =
        EventLoader.loadApiGatewayHttpEvent("events/api-put-fulfilment-date.json");

    Reply first = api.call(event);
    Reply again = api.call(event);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("fulfilmentDate").asText()).isEqualTo("2026-12-03");
    assertThat(again.json().get("outcome").asText()).isEqualTo("DUPLICATE");
    assertThat(api.aws.drain(OomQueues.ERP_UPDATES)).hasSize(1);
    assertThat(pastDueList()).isEmpty();
  }

  @Test
  void a_date_given_wins_over_the_atp_date_and_is_pending_with_the_erp_in_the_order_view() {
    Reply reply =
        redate("SO-1001", "{\"date\":\"2026-12-08\",\"comment\":\"guest away until the 8th\"}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("fulfilmentDate").asText()).isEqualTo("2026-12-08");
    Reply view =
        api.call(
            HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001").as(AGENT, "oom-agent"));
    JsonNode pending = view.json().get("erpSync");
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).get("kind").asText()).isEqualTo("FULFILMENT_DATE");
    assertThat(pending.get(0).get("value").asText()).isEqualTo("2026-12-08");
    assertThat(pending.get(0).get("since").asText()).isEqualTo("2026-11-30T16:00:00Z");
    assertThat(pending.get(0).get("overdue").asBoolean()).isFalse();
    assertThat(view.json().get("order").get("sync").get("redate").get("date").asText())
        .isEqualTo("2026-12-08");
  }

  @Test
  void a_snapshot_showing_the_new_date_settles_it() {
    redate("SO-1001", "{\"comment\":\"stock arrives Thursday\"}");
    api.aws.drain(OomQueues.ERP_UPDATES);

    api.ingest(pastDue("SO-1001").fulfilmentDate(LocalDate.of(2026, 12, 3)), 2);

    Reply view =
        api.call(
            HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001").as(AGENT, "oom-agent"));
    assertThat(view.json().get("erpSync")).isEmpty();
    assertThat(view.json().path("order").path("sync").path("redate").isMissingNode()).isTrue();
    assertThat(pastDueList()).isEmpty();
  }

  @Test
  void once_the_order_is_delivered_nothing_is_pending_any_more() {
    redate("SO-1001", "{\"comment\":\"stock arrives Thursday\"}");

    api.delivered("SO-1001");

    Reply view =
        api.call(
            HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001").as(AGENT, "oom-agent"));
    assertThat(view.json().get("status").asText()).isEqualTo("DELIVERED");
    assertThat(view.json().get("erpSync")).isEmpty();
  }

  @Test
  void the_same_idempotency_key_twice_re_dates_once_and_writes_back_once() {
    HttpEvents.Builder request =
        HttpEvents.route(ROUTE, "orderId", "SO-1001")
            .as(AGENT, "oom-agent")
            .header("Idempotency-Key", "redate-1")
            .body("{\"comment\":\"stock arrives Thursday\"}");

    Reply first = api.call(request);
    Reply again = api.call(request);

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("outcome").asText()).isEqualTo("DUPLICATE");
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(api.aws.drain(OomQueues.ERP_UPDATES)).hasSize(1);
  }

  @Test
  void a_stale_expected_version_is_a_conflict_and_changes_nothing() {
    Reply reply = redate("SO-1001", "{\"comment\":\"stock arrives\",\"expectedVersion\":0}");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.problem()).isEqualTo("version-conflict");
    assertThat(pastDueList()).containsExactly("SO-1001");
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"date\":\"2026-11-27\",\"comment\":\"back-dated\"}|date",
        "{\"date\":\"next week\",\"comment\":\"x\"}|date",
        "{\"date\":\"2026-12-08\"}|comment",
        "{\"date\":\"2026-12-08\",\"comment\":\"x\",\"expectedVersion\":-1}|expectedVersion",
        "{\"comment\":\"x\",\"when\":\"2026-12-08\"}|when"
      })
  void a_bad_re_date_is_refused_naming_the_field(String body, String field) {
    Reply reply = redate("SO-1001", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.problem()).isEqualTo("invalid-request");
    assertThat(reply.field()).isEqualTo(field);
  }

  @Test
  void without_a_date_an_order_with_no_atp_date_is_refused_naming_the_date() {
    api.ingest(pastDue("SO-1002").atpDate(null));

    Reply reply = redate("SO-1002", "{\"comment\":\"stock arrives\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo("date");
  }

  @Test
  void a_cwc_order_is_the_stores_and_an_unknown_one_is_404() {
    api.ingest(pastDue("SO-1003").status(FulfilmentStatus.CWC));

    Reply cwc = redate("SO-1003", "{\"comment\":\"stock arrives\"}");
    Reply unknown = redate("SO-NOBODY", "{\"comment\":\"stock arrives\"}");

    assertThat(cwc.status()).isEqualTo(409);
    assertThat(cwc.problem()).isEqualTo("rule-violation");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.problem()).isEqualTo("unknown-order");
  }
}
