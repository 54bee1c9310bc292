package com.oom.handlers.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.dynamo.OomTable;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.catalogue.Queues;
import com.oom.core.application.BackfillWorkLists;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.OpenOrder;
import com.oom.core.port.OrderChange;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.ConfirmationAuditReport;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.testing.ScheduledJobs;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(EmulatorExtension.class)
class ScheduleHandlersIT {
  // Monday 2026-11-30 09:00 in Winnipeg
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T15:00:00Z"));
  private AwsStack aws;
  private UseCaseFactory oom;

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
  }

  private static JsonNode invoke(
      com.amazonaws.services.lambda.runtime.RequestStreamHandler handler, String input) {
    return ScheduledJobs.invoke(handler, "schedule", input);
  }

  private void orderWithAppointment(String orderId, LocalDate date) {
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-" + orderId,
                new ErpSnapshot(
                    Orders.defaultOrder()
                        .orderId(orderId)
                        .appointment(Orders.appointment(date))
                        .details(),
                    1,
                    clock.instant(),
                    null)));
  }

  @Test
  void start_of_day_plan_requests_tomorrows_reminders_once_per_appointment() throws Exception {
    orderWithAppointment("SO-TOMORROW", LocalDate.of(2026, 12, 1));
    aws.drain(OomQueues.SMS_REQUESTS);
    DailyPlanHandler handler = DailyPlanWiring.over(oom);
    String input =
        "{\"job\":\"daily-plan\",\"phase\":\"START_OF_DAY\",\"storeId\":\"101\",\"executionId\":\"ex-1\"}";

    JsonNode plan = invoke(handler, input);
    invoke(handler, input.replace("ex-1", "ex-2"));

    assertThat(plan.get("remindersRequested").asInt()).isEqualTo(1);
    assertThat(plan.get("workListSizes").get("CONFIRMATION").asInt()).isEqualTo(1);
    assertThat(aws.drain(OomQueues.SMS_REQUESTS))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).contains("APPOINTMENT_REMINDER"));
  }

  @Test
  void end_of_day_audit_reports_each_number_not_attempted() throws Exception {
    orderWithAppointment("SO-TOMORROW", LocalDate.of(2026, 12, 1));
    clock.set(Instant.parse("2026-12-01T02:55:00Z")); // Monday 20:55

    JsonNode report =
        invoke(
            DailyPlanWiring.over(oom),
            "{\"job\":\"daily-plan\",\"phase\":\"END_OF_DAY\",\"storeId\":\"101\"}");

    assertThat(report.get("misses")).hasSize(1);
    assertThat(report.get("misses").get(0).get("phonesNotAttempted")).hasSize(2);
  }

  @Test
  void end_of_day_audit_is_stored_once_per_store_and_day_however_often_the_run_is_retried() {
    orderWithAppointment("SO-TOMORROW", LocalDate.of(2026, 12, 1));
    clock.set(Instant.parse("2026-12-01T02:55:00Z")); // Monday 20:55
    DailyPlanHandler handler = DailyPlanWiring.over(oom);
    String input = ScheduledJobs.dailyPlan("END_OF_DAY", "101");

    invoke(handler, input);
    clock.advance(Duration.ofMinutes(2)); // the scheduler retries the run
    invoke(handler, input);

    ConfirmationAuditReport stored =
        aws.dynamoAdapters
            .confirmationAudits()
            .find("101", LocalDate.of(2026, 11, 30))
            .orElseThrow();
    assertThat(stored.misses())
        .singleElement()
        .satisfies(
            miss -> {
              assertThat(miss.orderId()).isEqualTo("SO-TOMORROW");
              assertThat(miss.phonesNotAttempted()).containsExactly(Orders.MOBILE, Orders.HOME);
            });
    assertThat(stored.auditedAt()).isEqualTo(Instant.parse("2026-12-01T02:57:00Z"));
    assertThat(
            aws.dynamo
                .query(
                    b ->
                        b.tableName(AwsStack.TABLE)
                            .keyConditionExpression("PK = :pk")
                            .expressionAttributeValues(
                                java.util.Map.of(
                                    ":pk", AttributeValue.fromS("REPORT#CONFIRMATION-AUDIT#101"))))
                .items())
        .hasSize(1);
  }

  @Test
  void timer_sweep_escalates_what_is_due_and_reports_it() throws Exception {
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-1",
                new ErpSnapshot(Orders.defaultOrder().details(), 1, clock.instant(), null)));
    oom.setContactStatus()
        .handle(
            new SetContactStatus.Command(
                "r-1",
                "SO-1001",
                Actor.agent("a"),
                ContactStatus.CANCEL,
                null,
                "asked to cancel",
                null));
    clock.advance(Duration.ofHours(72).plusMinutes(5));

    JsonNode report =
        invoke(
            TimerSweepWiring.over(oom, clock),
            "{\"job\":\"timer-sweep\",\"executionId\":\"ex-9\"}");

    assertThat(report.get("escalated").asInt()).isEqualTo(1);
    assertThat(aws.drain(Queues.defaultHandOff("101"))).hasSize(1);
  }

  @Test
  void timer_sweep_lists_the_orders_stored_before_the_work_list_index_and_reports_them() {
    for (String orderId : List.of("SO-OLD-1", "SO-OLD-2")) {
      storedBeforeTheIndex(Orders.defaultOrder().orderId(orderId).build());
    }
    TimerSweepHandler handler = TimerSweepWiring.over(oom, clock);

    JsonNode first = invoke(handler, "{\"job\":\"timer-sweep\",\"executionId\":\"ex-1\"}");
    JsonNode second = invoke(handler, "{\"job\":\"timer-sweep\",\"executionId\":\"ex-2\"}");

    assertThat(first.get("backfilled").asInt()).isEqualTo(2);
    assertThat(second.get("backfilled").asInt()).isZero();
    assertThat(aws.dynamoAdapters.workListIndex().backfillPosition())
        .contains(BackfillWorkLists.DONE);
    assertThat(oom.listWorkList().handle(WorkListKind.SCHEDULING, "101"))
        .extracting(WorkItem::orderId)
        .containsExactlyInAnyOrder("SO-OLD-1", "SO-OLD-2");
  }

  /** The state item alone, as OOM wrote it before the index: no {@code listed} attribute. */
  private void storedBeforeTheIndex(OpenOrder order) {
    aws.dynamoAdapters
        .orders()
        .save(
            new OrderChange(null, order, 0, List.of(), List.of(), "erp-" + order.orderId(), null));
    aws.dynamo.updateItem(
        b ->
            b.tableName(AwsStack.TABLE)
                .key(
                    Map.of(
                        OomTable.PK, AttributeValue.fromS("ORDER#" + order.orderId()),
                        OomTable.SK, AttributeValue.fromS("STATE")))
                .updateExpression("REMOVE listed, listRefreshAt"));
  }

  @Test
  void a_daily_plan_without_a_store_is_refused() {
    assertThatThrownBy(
            () ->
                invoke(
                    DailyPlanWiring.over(oom),
                    "{\"job\":\"daily-plan\",\"phase\":\"START_OF_DAY\"}"))
        .isInstanceOf(InvalidMessage.class)
        .hasMessageContaining("storeId");
  }
}
