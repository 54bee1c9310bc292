package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT_CALLER;
import static com.oom.handlers.api.ApiTestbed.STORE_101;
import static com.oom.handlers.api.ApiTestbed.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import com.oom.aws.sqs.OomQueues;
import com.oom.catalogue.Queues;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Issue 17 through the agent API, on moto: every open order's next step (action, due time, reason,
 * list) on the order view and on each of its work-list items, and a store's CWC orders on the
 * {@code cwc} list with the reason, since when and the id of the hand-off message the store
 * received on {@code oom-handoff-101.fifo}: for the store's own staff and supervisors, not for
 * agents. Today is Monday 2026-11-30 10:00 in Winnipeg; SO-1001 (store 101) is available, not
 * booked, and its fulfilment date 2026-11-25 is past due.
 */
@ExtendWith(EmulatorExtension.class)
class NextStepAndCwcListIT {
  private static final UnaryOperator<HttpEvents.Builder> STORE_202 = b -> b.as("li", "store-202");

  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(FulfilmentDateRouteIT.pastDue("SO-1001"));
  }

  private static List<JsonNode> items(Reply list) {
    assertThat(list.status()).as(list.json().toString()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    list.json().get("items").forEach(items::add);
    return items;
  }

  /** An agent reports the order FAULTY: OOM hands it to store 101 in the same change. */
  private JsonNode escalate(String orderId) {
    Reply reply =
        api.call(
            AGENT_CALLER.apply(
                HttpEvents.route("POST /orders/{orderId}/trouble", "orderId", orderId)
                    .body("{\"reason\":\"FAULTY\",\"comment\":\"scratched top\"}")));
    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
    api.aws.drain(OomQueues.ERP_UPDATES);
    return reply.json().get("escalation");
  }

  private JsonNode handOffOnTheStoresQueue() {
    List<Message> handOffs = api.aws.drain(Queues.defaultHandOff("101"));
    assertThat(handOffs).hasSize(1);
    return ApiJson.read(handOffs.getFirst().body(), JsonNode.class);
  }

  @Test
  void the_order_view_says_the_one_next_step_with_its_action_list_and_due_time() {
    JsonNode next = api.view("SO-1001").get("nextStep");

    assertThat(next.get("action").asText()).isEqualTo("CALL_TO_BOOK");
    assertThat(next.get("list").asText()).isEqualTo("scheduling");
    assertThat(next.get("reason").asText()).isNotBlank();
    assertThat(Instant.parse(next.get("dueAt").asText()))
        .isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
  }

  @Test
  void a_closed_order_has_no_next_step() {
    api.delivered("SO-1001");

    JsonNode view = api.view("SO-1001");

    assertThat(view.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(view.has("nextStep")).isFalse();
  }

  @Test
  void a_work_list_item_carries_its_action_and_due_time_and_the_orders_next_step() {
    List<JsonNode> pastDue = items(api.list("past-due", AGENT_CALLER));

    assertThat(pastDue).hasSize(1);
    JsonNode item = pastDue.getFirst();
    assertThat(item.get("action").asText()).isEqualTo("REDATE");
    assertThat(Instant.parse(item.get("dueAt").asText())).isBefore(api.clock.instant());
    assertThat(item.get("promoted").asBoolean()).isFalse();
    assertThat(item.has("handOffId")).isFalse();
    // The order is on the scheduling list too, which comes first: its one next step is booking.
    assertThat(item.get("nextStep")).isEqualTo(api.view("SO-1001").get("nextStep"));
    assertThat(item.get("nextStep").get("action").asText()).isEqualTo("CALL_TO_BOOK");
  }

  @Test
  void an_escalated_order_is_on_its_stores_cwc_list_with_reason_since_and_the_hand_off_id() {
    JsonNode escalation = escalate("SO-1001");
    JsonNode handOff = handOffOnTheStoresQueue();

    Reply list = api.list("cwc", STORE_101);
    List<JsonNode> cwc = items(list);

    assertThat(cwc).hasSize(1);
    assertThat(list.json().get("total").asLong()).isEqualTo(1);
    assertThat(list.json().has("nextCursor")).isFalse();
    JsonNode item = cwc.getFirst();
    assertThat(item.get("orderId").asText()).isEqualTo("SO-1001");
    assertThat(item.get("action").asText()).isEqualTo("STORE_RESOLVES");
    assertThat(item.get("reason").asText()).contains("101", "FAULTY");
    assertThat(item.get("since").asText()).isEqualTo("2026-11-30T16:00:00Z");
    assertThat(item.get("dueAt").asText()).isEqualTo(escalation.get("at").asText());
    assertThat(item.get("handOffId").asText())
        .isEqualTo(handOff.get("handoffId").asText())
        .isEqualTo(escalation.get("handOffId").asText());
    assertThat(item.get("nextStep").get("action").asText()).isEqualTo("STORE_RESOLVES");
    assertThat(api.view("SO-1001").get("nextStep")).isEqualTo(item.get("nextStep"));
  }

  @Test
  void the_cwc_list_is_for_the_stores_own_staff_and_supervisors_not_for_agents() {
    escalate("SO-1001");

    Reply agent = api.list("cwc", AGENT_CALLER);
    Reply agentOfStore = api.list("cwc", "101", AGENT_CALLER);
    Reply otherStore = api.list("cwc", "101", STORE_202);
    Reply ownStoreAskingAnother = api.list("cwc", "202", STORE_101);

    assertThat(items(api.list("cwc", STORE_101)))
        .extracting(i -> i.get("orderId").asText())
        .containsExactly("SO-1001");
    assertThat(items(api.list("cwc", "101", STORE_101))).hasSize(1);
    assertThat(items(api.list("cwc", STORE_202))).isEmpty();
    assertThat(items(api.list("cwc", SUPERVISOR)))
        .extracting(i -> i.get("orderId").asText())
        .containsExactly("SO-1001");
    assertThat(items(api.list("cwc", "202", SUPERVISOR))).isEmpty();
    for (Reply forbidden : List.of(agent, agentOfStore, otherStore, ownStoreAskingAnother)) {
      assertThat(forbidden.status()).isEqualTo(403);
      assertThat(forbidden.problem()).isEqualTo("forbidden");
    }
    assertThat(agent.json().get("detail").asText())
        .contains("oom-supervisor", "store-<storeId>", "cwc");
  }
}
