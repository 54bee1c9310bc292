package com.oom.handlers.api;

import static com.oom.handlers.api.ApiTestbed.AGENT_CALLER;
import static com.oom.handlers.api.ApiTestbed.STORE_101;
import static com.oom.handlers.api.ApiTestbed.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.AwsPorts;
import com.oom.aws.OomSettings;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordConfirmationResult;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.schedule.TimerSweepHandler;
import com.oom.handlers.schedule.TimerSweepWiring;
import com.oom.handlers.testing.EmfMetrics;
import com.oom.handlers.testing.HttpEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lists issue 16 adds, on moto: {@code sync} (OOM's changes the ERP has not shown in time) for
 * supervisors only, {@code phone-correction} for agents and stores, and a store not in the store
 * directory (the stack's are 101 and 202) answered 404, never 500, while lists of every store keep
 * working. The sweep reports a change the ERP has not shown within 4 business hours and counts it
 * in {@code ErpEchoOverdue}.
 */
@ExtendWith(EmulatorExtension.class)
class SyncAndStoreListsIT {
  private ApiTestbed api;

  @BeforeEach
  void testbed() {
    api = new ApiTestbed();
    api.ingest(FulfilmentDateRouteIT.pastDue("SO-1001"));
  }

  private static List<String> orderIds(Reply list) {
    assertThat(list.status()).as(list.json().toString()).isEqualTo(200);
    return list.json().get("items").findValuesAsText("orderId");
  }

  private void redate() {
    Reply reply =
        api.call(
            AGENT_CALLER.apply(
                HttpEvents.route(FulfilmentDateRouteIT.ROUTE, "orderId", "SO-1001")
                    .body("{\"comment\":\"stock arrives Thursday\"}")));
    assertThat(reply.status()).isEqualTo(200);
    api.aws.drain(OomQueues.ERP_UPDATES);
  }

  private EmfMetrics.Written sweep(String sweepId) {
    TimerSweepHandler sweep = TimerSweepWiring.over(api.oom, api.clock);
    return EmfMetrics.during(() -> sweep.sweep(sweepId));
  }

  @Test
  void the_sync_list_is_for_supervisors_only() {
    Reply supervisor = api.list("sync", SUPERVISOR);
    Reply agent = api.list("sync", AGENT_CALLER);
    Reply store = api.list("sync", "101", STORE_101);

    assertThat(supervisor.status()).isEqualTo(200);
    assertThat(supervisor.json().get("kind").asText()).isEqualTo("sync");
    assertThat(supervisor.json().get("total").asLong()).isZero();
    assertThat(supervisor.json().has("nextCursor")).isFalse();
    assertThat(agent.status()).isEqualTo(403);
    assertThat(agent.problem()).isEqualTo("forbidden");
    assertThat(agent.json().get("detail").asText()).contains("oom-supervisor");
    assertThat(store.status()).isEqualTo(403);
  }

  @Test
  void a_re_date_the_erp_has_not_shown_in_4_business_hours_is_reported_once_and_listed() {
    redate();
    EmfMetrics.Written early = sweep("sweep-early");
    assertThat(early.metric(TimerSweepHandler.ERP_ECHO_OVERDUE_METRIC)).isZero();
    assertThat(early.metrics()).containsKey(TimerSweepHandler.ERP_ECHO_OVERDUE_METRIC);
    assertThat(orderIds(api.list("sync", SUPERVISOR))).isEmpty();

    api.clock.advance(Duration.ofHours(4).plusMinutes(5)); // Monday 14:05 in Winnipeg
    EmfMetrics.Written due = sweep("sweep-due");
    EmfMetrics.Written again = sweep("sweep-again");

    assertThat(due.metric(TimerSweepHandler.ERP_ECHO_OVERDUE_METRIC)).isEqualTo(1.0);
    assertThat(again.metric(TimerSweepHandler.ERP_ECHO_OVERDUE_METRIC)).isZero();
    Reply sync = api.list("sync", SUPERVISOR);
    assertThat(orderIds(sync)).containsExactly("SO-1001");
    assertThat(sync.json().get("total").asLong()).isEqualTo(1);
    assertThat(sync.json().get("items").get(0).get("missing").get(0).asText())
        .contains("fulfilment date 2026-12-03");
    JsonNode pending = api.view("SO-1001").get("erpSync").get(0);
    assertThat(pending.get("kind").asText()).isEqualTo("FULFILMENT_DATE");
    assertThat(pending.get("overdue").asBoolean()).isTrue();
    assertThat(pending.get("reportedAt").asText()).isEqualTo("2026-11-30T20:05:00Z");

    api.ingest(
        FulfilmentDateRouteIT.pastDue("SO-1001").fulfilmentDate(LocalDate.of(2026, 12, 3)), 2);

    assertThat(orderIds(api.list("sync", SUPERVISOR))).isEmpty();
    assertThat(api.view("SO-1001").get("erpSync")).isEmpty();
  }

  @Test
  void a_wrong_number_puts_the_order_on_the_phone_correction_list_for_agents_and_its_store() {
    api.oom
        .recordConfirmationResult()
        .handle(
            new RecordConfirmationResult.Command(
                "jenny-1",
                "SO-1001",
                LocalDate.of(2026, 12, 3),
                ConfirmationResultKind.WRONG_NUMBER,
                ConfirmationChannel.VOICE,
                Orders.HOME,
                Instant.parse("2026-11-30T15:30:00Z")));

    assertThat(orderIds(api.list("phone-correction", AGENT_CALLER))).containsExactly("SO-1001");
    assertThat(orderIds(api.list("phone-correction", STORE_101))).containsExactly("SO-1001");
    assertThat(orderIds(api.list("phone-correction", "202", AGENT_CALLER))).isEmpty();
    JsonNode wrong = api.view("SO-1001").get("wrongNumbers");
    assertThat(wrong).hasSize(1);
    assertThat(wrong.get(0).get("number").asText()).isEqualTo(Orders.HOME.value());
    assertThat(wrong.get(0).get("reportedAt").asText()).isEqualTo("2026-11-30T15:30:00Z");
  }

  @Test
  void a_store_not_in_the_directory_is_404_naming_it_for_agents_and_its_own_staff() {
    Reply agent = api.list("scheduling", "999", AGENT_CALLER);
    Reply staff = api.list("past-due", "999", b -> b.as("kim", "store-999"));

    assertThat(agent.status()).isEqualTo(404);
    assertThat(agent.problem()).isEqualTo("unknown-store");
    assertThat(agent.json().get("detail").asText()).contains("999");
    assertThat(staff.status()).isEqualTo(404);
    assertThat(staff.problem()).isEqualTo("unknown-store");
    assertThat(orderIds(api.list("past-due", b -> b.as("kim", "store-999")))).isEmpty();
    assertThat(orderIds(api.list("past-due", b -> b.as("kim", "store-999", "store-101"))))
        .containsExactly("SO-1001");
  }

  @Test
  void an_order_of_a_store_since_dropped_from_the_directory_breaks_no_list() {
    UseCaseFactory withStore999 =
        new UseCaseFactory(
            new AwsPorts(
                new OomSettings(
                    AwsStack.emulatorSettings(),
                    AwsStack.TABLE,
                    StoreDirectory.standardStores(
                        "101=America/Winnipeg,202=America/Winnipeg,999=America/Winnipeg")),
                api.aws.clients,
                () -> api.sms,
                api.clock),
            OomConfig.defaults(),
            api.clock);
    withStore999
        .ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-999",
                new ErpSnapshot(
                    FulfilmentDateRouteIT.pastDue("SO-9001").storeId("999").details(),
                    1,
                    api.clock.instant(),
                    null)));
    assertThat(api.aws.dynamoAdapters.orders().find("SO-9001")).isPresent();

    for (String kind : List.of("scheduling", "past-due", "coded", "phone-correction")) {
      assertThat(orderIds(api.list(kind, AGENT_CALLER))).as(kind).doesNotContain("SO-9001");
      assertThat(api.list(kind, "999", AGENT_CALLER).status()).as(kind).isEqualTo(404);
    }
    assertThat(orderIds(api.list("past-due", AGENT_CALLER))).containsExactly("SO-1001");
    assertThat(orderIds(api.list("sync", SUPERVISOR))).doesNotContain("SO-9001");
  }
}
