package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.sqs.OomQueues;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /orders/{orderId}/transfers} on moto, end to end: the agent books a transfer from the
 * distribution centre 888 to store 101, the ERP update on {@code oom-erp-updates} carries it, the
 * order waits for it; a snapshot showing the order at 101 with every line available is the arrival
 * (written back with {@code arrivedAt}), the guest is texted once (TRANSFER_ARRIVED) and the order
 * is on the scheduling list; a transfer not arrived after its expected date is on the past-due
 * list. Today is Monday 2026-11-30 in Winnipeg; SO-1001's sofa is not yet in stock at 888.
 */
@ExtendWith(EmulatorExtension.class)
class TransfersRouteIT {
  static final String ROUTE = "POST /orders/{orderId}/transfers";
  private static final String BODY =
      "{\"fromLocationId\":\"888\",\"toLocationId\":\"101\",\"expectedDate\":\"2026-12-02\","
          + "\"comment\":\"The sofa is at the DC: transfer it to the store\"}";
  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(atTheDc("SO-1001"));
  }

  static Orders.Builder atTheDc(String orderId) {
    return Orders.defaultOrder().orderId(orderId).locationId("888").notAvailable();
  }

  private Reply book(String orderId, String body) {
    return api.call(HttpEvents.route(ROUTE, "orderId", orderId).as(AGENT, "oom-agent").body(body));
  }

  /** The ERP's snapshot at {@code sequence}, its messages left on their queues. */
  private void snapshot(Orders.Builder order, long sequence) {
    api.oom
        .ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-snapshot-" + sequence,
                new ErpSnapshot(order.details(), sequence, api.clock.instant(), null)));
  }

  private List<String> listed(String kind) {
    return api.workList(kind).stream().map(item -> item.get("orderId").asText()).toList();
  }

  @Test
  void a_transfer_is_booked_written_back_and_its_arrival_texts_the_guest_to_book() {
    Reply reply = book("SO-1001", BODY);

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
    assertThat(reply.json().get("outcome").asText()).isEqualTo("APPLIED");
    JsonNode transfer = reply.json().get("transfer");
    assertThat(transfer.get("fromLocationId").asText()).isEqualTo("888");
    assertThat(transfer.get("toLocationId").asText()).isEqualTo("101");
    assertThat(transfer.get("expectedDate").asText()).isEqualTo("2026-12-02");
    assertThat(transfer.get("bookedBy").get("id").asText()).isEqualTo(AGENT);
    assertThat(transfer.has("arrivedAt")).isFalse();

    List<JsonNode> booked = api.erpUpdates();
    assertThat(booked)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.get("action").asText()).isEqualTo("TRANSFER_BOOKED");
              assertThat(u.get("transfer").get("fromLocationId").asText()).isEqualTo("888");
              assertThat(u.get("transfer").get("toLocationId").asText()).isEqualTo("101");
              assertThat(u.get("transfer").get("expectedDate").asText()).isEqualTo("2026-12-02");
              assertThat(u.get("auditComment").asText()).contains("transfer it to the store");
            });
    JsonNode waiting = api.view("SO-1001");
    assertThat(waiting.get("transfer").get("toLocationId").asText()).isEqualTo("101");
    assertThat(waiting.get("nextStep").get("action").asText()).isEqualTo("WAIT_FOR_TRANSFER");

    api.clock.set(Instant.parse("2026-12-02T15:00:00Z")); // Wednesday 09:00
    snapshot(Orders.defaultOrder().orderId("SO-1001").locationId("101"), 2);

    List<JsonNode> arrived =
        api.erpUpdates().stream()
            .filter(u -> u.get("action").asText().equals("TRANSFER_ARRIVED"))
            .toList();
    assertThat(arrived)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.get("transfer").get("arrivedAt").asText())
                  .isEqualTo("2026-12-02T15:00:00Z");
              assertThat(u.get("actor").get("kind").asText()).isEqualTo("SYSTEM");
            });
    api.sendRequestedTexts();
    assertThat(api.sms.sent)
        .singleElement()
        .satisfies(
            text -> {
              assertThat(text.touchPoint()).isEqualTo("TRANSFER_ARRIVED");
              assertThat(text.body())
                  .contains("has been transferred and has arrived at")
                  .contains("reply to book your delivery or pick-up")
                  .endsWith("Reply STOP to opt out.");
            });
    assertThat(listed("scheduling")).containsExactly("SO-1001");
    JsonNode after = api.view("SO-1001");
    assertThat(after.get("transfer").get("arrivedAt").asText()).isEqualTo("2026-12-02T15:00:00Z");
    assertThat(after.get("nextStep").get("action").asText()).isEqualTo("CALL_TO_BOOK");
  }

  @Test
  void a_transfer_not_arrived_after_its_expected_date_is_on_the_past_due_list_to_chase() {
    book("SO-1001", BODY);
    assertThat(listed("past-due")).isEmpty();

    api.clock.set(Instant.parse("2026-12-03T16:00:00Z")); // Thursday 10:00: due Wednesday
    api.oom.escalateDueOrders().handle("sweep-1", 100);

    assertThat(api.workList("past-due"))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.get("orderId").asText()).isEqualTo("SO-1001");
              assertThat(item.get("action").asText()).isEqualTo("CHASE_TRANSFER");
              // at opening (09:00 CST) on Thursday, the day it became past due
              assertThat(item.get("dueAt").asText()).isEqualTo("2026-12-03T15:00:00Z");
            });

    Reply rebooked =
        book(
            "SO-1001",
            "{\"fromLocationId\":\"888\",\"toLocationId\":\"101\",\"expectedDate\":\"2026-12-07\","
                + "\"comment\":\"The DC says Monday\"}");

    assertThat(rebooked.status()).isEqualTo(201);
    assertThat(listed("past-due")).isEmpty();
  }

  @Test
  void the_same_request_twice_books_once_and_writes_back_once() {
    HttpEvents.Builder request =
        HttpEvents.route(ROUTE, "orderId", "SO-1001")
            .as(AGENT, "oom-agent")
            .header("Idempotency-Key", "transfer-1")
            .body(BODY);

    Reply first = api.call(request);
    Reply again = api.call(request);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().get("outcome").asText()).isEqualTo("DUPLICATE");
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(api.aws.drain(OomQueues.ERP_UPDATES)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no from | {\"toLocationId\":\"101\",\"expectedDate\":\"2026-12-02\",\"comment\":\"c\"}"
            + " | fromLocationId",
        "no to | {\"fromLocationId\":\"888\",\"expectedDate\":\"2026-12-02\",\"comment\":\"c\"}"
            + " | toLocationId",
        "from is to | {\"fromLocationId\":\"101\",\"toLocationId\":\"101\","
            + "\"expectedDate\":\"2026-12-02\",\"comment\":\"c\"} | toLocationId",
        "blank from | {\"fromLocationId\":\" \",\"toLocationId\":\"101\","
            + "\"expectedDate\":\"2026-12-02\",\"comment\":\"c\"} | fromLocationId",
        "no date | {\"fromLocationId\":\"888\",\"toLocationId\":\"101\",\"comment\":\"c\"}"
            + " | expectedDate",
        "date passed | {\"fromLocationId\":\"888\",\"toLocationId\":\"101\","
            + "\"expectedDate\":\"2026-11-29\",\"comment\":\"c\"} | expectedDate",
        "not a date | {\"fromLocationId\":\"888\",\"toLocationId\":\"101\","
            + "\"expectedDate\":\"tomorrow\",\"comment\":\"c\"} | expectedDate",
        "no comment | {\"fromLocationId\":\"888\",\"toLocationId\":\"101\","
            + "\"expectedDate\":\"2026-12-02\"} | comment",
      })
  void bad_input_is_a_400_naming_the_field_and_changes_nothing(
      String why, String body, String field) {
    Reply reply = book("SO-1001", body);

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo(field);
    assertThat(api.aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().transfer()).isNull();
    assertThat(api.aws.drain(OomQueues.ERP_UPDATES)).isEmpty();
  }

  @Test
  void a_cwc_order_is_the_stores_and_a_transfer_is_a_rule_violation() {
    api.ingest(atTheDc("SO-1002").status(FulfilmentStatus.CWC));

    Reply reply = book("SO-1002", BODY);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.problem()).isEqualTo("rule-violation");
    assertThat(reply.json().get("detail").asText()).contains("CWC");
    assertThat(api.aws.drain(OomQueues.ERP_UPDATES)).isEmpty();
  }
}
