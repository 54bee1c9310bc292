package com.oom.handlers.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import com.oom.aws.testing.AwsStack;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.WorkListKind;
import com.oom.handlers.testing.EmfMetrics;
import com.oom.handlers.testing.FakeContext;
import com.oom.tooling.emulator.EmulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schedules' metrics as their EMF lines say them: the daily plan sizes every work list (the
 * sync, phone-correction and cwc lists included) and states {@code OrdersWithoutNextStep}, 0 for a
 * healthy book; the sweep states {@code ErpEchoOverdue} on every run, 0 when nothing is overdue, so
 * the alarms' metrics never go missing while the schedules run.
 */
@ExtendWith(EmulatorExtension.class)
class ScheduleMetricsIT {
  // Monday 2026-11-30 09:00 in Winnipeg
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T15:00:00Z"));
  private UseCaseFactory oom;

  @BeforeEach
  void wire() {
    oom = new AwsStack(clock).services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
  }

  private void ingest(Orders.Builder order) {
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-" + order.details().orderId(),
                new ErpSnapshot(order.details(), 1, clock.instant(), null)));
  }

  /** Store 101's start-of-day plan, and what it wrote. */
  private EmfMetrics.Written startOfDay() {
    DailyPlanHandler plan = DailyPlanWiring.over(oom);
    return EmfMetrics.during(
        () ->
            invoke(
                plan,
                "{\"job\":\"daily-plan\",\"phase\":\"START_OF_DAY\",\"storeId\":\"101\","
                    + "\"executionId\":\"ex-1\"}"));
  }

  private static JsonNode invoke(RequestStreamHandler handler, String input) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
          output,
          new FakeContext("schedule"));
      return ApiJson.mapper().readTree(output.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void the_start_of_day_sizes_every_work_list_the_new_ones_included() {
    EmfMetrics.Written written = startOfDay();

    List<String> sized =
        written.lines().stream()
            .filter(line -> line.contains("\"_aws\"") && line.contains("\"WorkListSize\""))
            .map(line -> ApiJson.read(line, JsonNode.class).path("list").asText())
            .toList();
    assertThat(sized)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(WorkListKind.values()).map(WorkListKind::slug).toList())
        .contains("sync", "phone-correction", "cwc");
  }

  @Test
  void the_start_of_day_states_how_many_open_orders_have_no_next_step_none_in_a_healthy_book() {
    ingest(Orders.defaultOrder().orderId("SO-1001"));
    ingest(Orders.defaultOrder().orderId("SO-1002").fulfilmentDate(LocalDate.of(2026, 11, 25)));
    ingest(
        Orders.defaultOrder()
            .orderId("SO-1003")
            .appointment(Orders.appointment(LocalDate.of(2026, 12, 2))));
    ingest(Orders.defaultOrder().orderId("SO-1004").notAvailable());
    ingest(Orders.defaultOrder().orderId("SO-1005").status(FulfilmentStatus.CWC));
    EmfMetrics.Written written = startOfDay();

    assertThat(written.metrics())
        .containsEntry(DailyPlanHandler.ORDERS_WITHOUT_NEXT_STEP_METRIC, 0.0);
    assertThat(written.lines()).noneMatch(line -> line.contains("have no next step"));
  }

  @Test
  void the_start_of_day_states_each_locations_reserved_stock_age_and_count() {
    clock.set(Instant.parse("2026-11-25T15:00:00Z"));
    ingest(Orders.defaultOrder().orderId("SO-1001"));
    clock.set(Instant.parse("2026-11-27T15:00:00Z"));
    ingest(Orders.defaultOrder().orderId("SO-1002"));
    ingest(Orders.defaultOrder().orderId("SO-1003").notAvailable());
    clock.set(Instant.parse("2026-11-30T15:00:00Z"));
    EmfMetrics.Written written = startOfDay();

    List<JsonNode> ages = emf(written, DailyPlanHandler.RESERVED_STOCK_AGE_METRIC);
    List<JsonNode> counts = emf(written, DailyPlanHandler.RESERVED_STOCK_ORDERS_METRIC);
    assertThat(ages)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.path("LocationId").asText()).isEqualTo("888");
              assertThat(line.path(DailyPlanHandler.RESERVED_STOCK_AGE_METRIC).asDouble())
                  .isEqualTo(5.0);
            });
    assertThat(counts)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.path("LocationId").asText()).isEqualTo("888");
              assertThat(line.path(DailyPlanHandler.RESERVED_STOCK_ORDERS_METRIC).asDouble())
                  .isEqualTo(2.0);
            });
  }

  private static List<JsonNode> emf(EmfMetrics.Written written, String metric) {
    return written.lines().stream()
        .filter(line -> line.contains("\"_aws\"") && line.contains("\"" + metric + "\""))
        .map(line -> ApiJson.read(line, JsonNode.class))
        .toList();
  }

  @Test
  void every_sweep_states_how_many_changes_the_erp_has_not_shown_in_time() {
    TimerSweepHandler sweep = TimerSweepWiring.over(oom, clock);

    EmfMetrics.Written written =
        EmfMetrics.during(() -> invoke(sweep, "{\"job\":\"timer-sweep\",\"executionId\":\"s-1\"}"));

    assertThat(written.metrics()).containsEntry(TimerSweepHandler.ERP_ECHO_OVERDUE_METRIC, 0.0);
  }
}
