package com.oom.handlers.schedule;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.oom.core.application.BackfillWorkLists;
import com.oom.core.application.EscalateDueOrders;
import com.oom.core.application.PublishOutbox;
import com.oom.core.application.SendDeferredSms;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.OomMetrics;
import com.oom.handlers.common.StreamHandlers;
import com.oom.handlers.messages.ScheduledJob;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The timer sweep, every 5 minutes: escalations now due, changes of OOM's the ERP has not shown in
 * time (reported once each, counted in {@value #ERP_ECHO_OVERDUE_METRIC}), deferred texts now
 * allowed, time-frame texts whose instant has come (counted in {@code TimeFramesRequested}), outbox
 * messages an earlier commit could not publish, and (until it is done) a step of the work-list
 * backfill of orders stored before the index existed. Each step works through at most {@link
 * #LIMIT} items per run; a skipped run is caught up by the next.
 */
public final class TimerSweepHandler implements RequestStreamHandler {
  static final int LIMIT = 200;

  /** Time kept for the run's other steps once due timers have been worked. */
  static final java.time.Duration RESERVE = java.time.Duration.ofSeconds(60);

  /**
   * Orders a run reported because the ERP has not shown OOM's change in time (alarmed when > 0).
   */
  public static final String ERP_ECHO_OVERDUE_METRIC = "ErpEchoOverdue";

  private static final Logger LOG = LoggerFactory.getLogger(TimerSweepHandler.class);
  private final UseCases oom;
  private final java.time.Clock clock;

  /** The use cases this function calls. */
  public record UseCases(
      EscalateDueOrders escalateDueOrders,
      SendDeferredSms sendDeferredSms,
      PublishOutbox publishOutbox,
      BackfillWorkLists backfillWorkLists) {}

  public TimerSweepHandler() {
    this(TimerSweepWiring.wire(FunctionWiring.fromEnvironment()), java.time.Clock.systemUTC());
  }

  public TimerSweepHandler(UseCases oom, java.time.Clock clock) {
    this.oom = oom;
    this.clock = clock;
  }

  /**
   * What one run did.
   *
   * @param unechoed orders reported because the ERP has not shown a change of OOM's in time
   * @param timeFramesRequested time-frame texts requested because their instant came
   */
  public record SweepReport(
      int ordersExamined,
      int escalated,
      int unechoed,
      int deferredTextsDue,
      int textsSent,
      int republished,
      int backfilled,
      int timeFramesRequested) {}

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) {
    PowertoolsLogging.withLogging(
        context,
        () -> {
          ScheduledJob job = ScheduledJob.parse(StreamHandlers.read(input));
          SweepReport report =
              sweep(job.invocationId(context.getAwsRequestId()), context::getRemainingTimeInMillis);
          StreamHandlers.write(output, report);
          return report;
        });
  }

  /** One run with no time limit (tests, the local runner). */
  public SweepReport sweep(String sweepId) {
    return sweep(sweepId, () -> Long.MAX_VALUE);
  }

  /**
   * One run. Due timers are worked a page of {@link #LIMIT} at a time for as long as pages come
   * back full and more than {@link #RESERVE} of the run's time is left: at a store's midnight many
   * orders re-list at once, and a run that stops early leaves the rest to the next.
   */
  public SweepReport sweep(String sweepId, LongSupplier remainingMillis) {
    EscalateDueOrders.Result escalations = oom.escalateDueOrders().handle(sweepId, LIMIT);
    int examined = escalations.examined();
    int escalated = escalations.escalated();
    int unechoedTotal = escalations.unechoed();
    int timeFrames = escalations.timeFrames();
    while (escalations.examined() == LIMIT && remainingMillis.getAsLong() > RESERVE.toMillis()) {
      escalations = oom.escalateDueOrders().handle(sweepId, LIMIT);
      examined += escalations.examined();
      escalated += escalations.escalated();
      unechoedTotal += escalations.unechoed();
      timeFrames += escalations.timeFrames();
    }
    SendDeferredSms.Result texts = oom.sendDeferredSms().handle(LIMIT);
    int republished = oom.publishOutbox().republishPending(LIMIT);
    BackfillWorkLists.Step backfill = oom.backfillWorkLists().step(sweepId, LIMIT);
    SweepReport report =
        new SweepReport(
            examined,
            escalated,
            unechoedTotal,
            texts.due(),
            texts.sent(),
            republished,
            backfill.listed(),
            timeFrames);
    OomMetrics.count("Escalations", report.escalated());
    // Every run, 0 included: the alarm fires on the first change the ERP has not shown in time.
    OomMetrics.count(ERP_ECHO_OVERDUE_METRIC, report.unechoed());
    // The alarm "oldest due timer older than 15 minutes" watches this; 0 when nothing waits.
    OomMetrics.seconds(
        "OldestDueTimerAgeSeconds",
        escalations.oldestStillDue() == null
            ? 0
            : java.time.Duration.between(escalations.oldestStillDue(), clock.instant())
                .toSeconds());
    OomMetrics.count("DeferredSmsSent", report.textsSent());
    OomMetrics.count("TimeFramesRequested", report.timeFramesRequested());
    OomMetrics.count("OutboxRepublished", report.republished());
    OomMetrics.flush();
    LOG.info("sweep {}", report);
    return report;
  }
}
