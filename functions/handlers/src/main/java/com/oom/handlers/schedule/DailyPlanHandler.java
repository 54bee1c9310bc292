package com.oom.handlers.schedule;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.oom.core.application.AuditConfirmations;
import com.oom.core.application.MeasureReservedStock;
import com.oom.core.application.PlanTheDay;
import com.oom.core.order.PhoneNumber;
import com.oom.core.worklist.ConfirmationAuditReport;
import com.oom.core.worklist.ConfirmationMiss;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.OomMetrics;
import com.oom.handlers.common.StreamHandlers;
import com.oom.handlers.messages.ScheduledJob;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The daily plan, scheduled in each store's time zone: at the start of the business day the
 * reminders and time-frame texts go out, the work lists are sized and the open orders without a
 * next step are counted in {@value #ORDERS_WITHOUT_NEXT_STEP_METRIC} (the safety net: always 0,
 * else a rule left an order behind) and every location's reserved stock is aged in {@value
 * #RESERVED_STOCK_AGE_METRIC} and counted in {@value #RESERVED_STOCK_ORDERS_METRIC} (dimension
 * {@code LocationId}); at its end, the confirmation audit reports every appointment still missing
 * an attempt on one of its numbers: the report is stored (read through {@code GET
 * /reports/confirmation-audit}), counted in the {@code ConfirmationMisses} metric and logged with
 * masked numbers.
 */
public final class DailyPlanHandler implements RequestStreamHandler {
  public static final String ORDERS_WITHOUT_NEXT_STEP_METRIC = "OrdersWithoutNextStep";

  /**
   * Reserved-stock ageing (issue 19), dimension {@code LocationId}: whole days the oldest open
   * order whose merchandise is available but not fulfilled has waited at that location.
   */
  public static final String RESERVED_STOCK_AGE_METRIC = "ReservedStockAgeDays";

  /** How many open orders are available but not fulfilled at a location (dimension LocationId). */
  public static final String RESERVED_STOCK_ORDERS_METRIC = "ReservedStockOrders";

  private static final Logger LOG = LoggerFactory.getLogger(DailyPlanHandler.class);
  private final UseCases oom;

  /** The use cases this function calls. */
  public record UseCases(
      PlanTheDay planTheDay,
      AuditConfirmations auditConfirmations,
      MeasureReservedStock measureReservedStock) {
    /** Without reserved-stock ageing (no {@value #RESERVED_STOCK_AGE_METRIC} emitted). */
    public UseCases(PlanTheDay planTheDay, AuditConfirmations auditConfirmations) {
      this(planTheDay, auditConfirmations, null);
    }
  }

  public DailyPlanHandler() {
    this(DailyPlanWiring.wire(FunctionWiring.fromEnvironment()));
  }

  public DailyPlanHandler(UseCases oom) {
    this.oom = oom;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) {
    PowertoolsLogging.withLogging(
        context,
        () -> {
          ScheduledJob job = ScheduledJob.parse(StreamHandlers.read(input)).requireDailyPlan();
          Object report = run(job, job.invocationId(context.getAwsRequestId()));
          StreamHandlers.write(output, report);
          return report;
        });
  }

  public Object run(ScheduledJob job, String invocationId) {
    MDC.put("storeId", job.storeId());
    Object report =
        switch (job.phase()) {
          case START_OF_DAY -> startOfDay(job.storeId(), invocationId);
          case END_OF_DAY -> endOfDay(job.storeId());
        };
    OomMetrics.flush();
    return report;
  }

  private PlanTheDay.DayPlan startOfDay(String storeId, String invocationId) {
    PlanTheDay.DayPlan plan = oom.planTheDay().handle(invocationId + "#" + storeId, storeId);
    plan.workListSizes()
        .forEach((kind, size) -> OomMetrics.countBy("WorkListSize", "list", kind.slug(), size));
    OomMetrics.count("RemindersRequested", plan.remindersRequested());
    // TimeFramesRequested is the sweep's: time frames fire from each order's timer, not the plan
    OomMetrics.count(ORDERS_WITHOUT_NEXT_STEP_METRIC, plan.withoutNextStep().size());
    if (!plan.withoutNextStep().isEmpty()) {
      LOG.warn(
          "{} open orders have no next step (a rule left them behind): {}",
          plan.withoutNextStep().size(),
          String.join(", ", plan.withoutNextStep()));
    }
    reservedStock(storeId);
    LOG.info("day plan {}", plan);
    return plan;
  }

  /**
   * The reserved-stock age and count of the locations this store reports (the first store using a
   * location as its pick-up location; a location no store names goes to the directory's first
   * store), from the index's counters and each location's oldest entry, never the orders: each
   * location is stated once a day, at that store's start of day.
   */
  private void reservedStock(String storeId) {
    if (oom.measureReservedStock() == null) {
      return;
    }
    for (MeasureReservedStock.ReservedStockAge age : oom.measureReservedStock().handle(storeId)) {
      OomMetrics.countBy(
          RESERVED_STOCK_AGE_METRIC, "LocationId", age.locationId(), age.oldestDays());
      OomMetrics.countBy(
          RESERVED_STOCK_ORDERS_METRIC, "LocationId", age.locationId(), age.orders());
      LOG.info(
          "reserved stock at {}: {} orders, oldest {} days (order {})",
          age.locationId(),
          age.orders(),
          age.oldestDays(),
          age.oldestOrderId());
    }
  }

  private ConfirmationAuditReport endOfDay(String storeId) {
    ConfirmationAuditReport report = oom.auditConfirmations().handle(storeId);
    OomMetrics.count("ConfirmationMisses", report.misses().size());
    for (ConfirmationMiss miss : report.misses()) {
      LOG.warn(
          "confirmation miss: order {} appointment {} not attempted on {}",
          miss.orderId(),
          miss.appointmentDate(),
          miss.phonesNotAttempted().stream()
              .map(PhoneNumber::masked)
              .collect(Collectors.joining(", ")));
    }
    return report;
  }
}
