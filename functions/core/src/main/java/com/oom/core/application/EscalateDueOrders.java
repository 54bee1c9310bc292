package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.OpenOrders;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.ErpEchoChecks;
import com.oom.core.sync.EchoDeadlines;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The timer sweep's escalation step: every order whose timer is due is re-evaluated; those whose
 * rule now says escalate go to CWC (hand-off, ERP write-back, audit), a change the ERP has not
 * shown within its deadline is reported (the sync list, the ERP told again), and a time-frame text
 * whose instant has come is requested (the order's commit fires it). A timer that fires but finds
 * the order resolved is simply re-armed or cleared. A sweep that was skipped catches up: everything
 * due by now is processed once.
 */
public final class EscalateDueOrders {
  /**
   * Orders worked at once on DynamoDB, which isolates concurrent transactions (two on one counter
   * item: one is cancelled and retried). moto does not, so tests and the local runner work them one
   * at a time.
   */
  public static final int CONCURRENCY_ON_AWS = 8;

  /**
   * How often the sweep runs (its schedule in the catalogue derives from this): a time-frame text
   * is requested one period ahead of its instant so the run that requests it is not late.
   */
  public static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

  private final OpenOrders orders;
  private final OrderTransactions transactions;
  private final BusinessCalendars calendars;
  private final EchoDeadlines echoDeadlines;
  private final Clock clock;
  private final int concurrency;

  public EscalateDueOrders(
      OpenOrders orders,
      OrderTransactions transactions,
      BusinessCalendars calendars,
      EchoDeadlines echoDeadlines,
      Clock clock,
      int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    this.concurrency = concurrency;
    this.orders = orders;
    this.transactions = transactions;
    this.calendars = calendars;
    this.echoDeadlines = echoDeadlines;
    this.clock = clock;
  }

  /**
   * @param oldestStillDue the earliest timer still due after this run (a backlog or a stuck order),
   *     or null when everything due was handled
   * @param unechoed orders reported because the ERP has not shown a change of OOM's in time
   * @param timeFrames time-frame texts requested (their instant came: see TimeFrameTiming)
   */
  public record Result(
      int examined, int escalated, Instant oldestStillDue, int unechoed, int timeFrames) {}

  /**
   * @param sweepId the schedule invocation id: the same sweep retried does not escalate twice
   */
  public Result handle(String sweepId, int limit) {
    Instant now = clock.instant();
    List<OpenOrder> due = orders.dueForTimers(now, limit);
    AtomicInteger escalated = new AtomicInteger();
    AtomicInteger unechoed = new AtomicInteger();
    AtomicInteger timeFrames = new AtomicInteger();
    List<Runnable> work =
        due.stream()
            .<Runnable>map(
                order -> () -> sweepOne(order, sweepId, now, escalated, unechoed, timeFrames))
            .toList();
    if (concurrency == 1 || work.size() <= 1) {
      for (Runnable one : work) {
        one.run();
      }
    } else {
      // Orders are independent: at a store's midnight many re-list at once, so on AWS they are
      // worked a few at a time (each is one read and one transaction; a conflict with another
      // writer retries).
      try (ExecutorService workers =
          Executors.newFixedThreadPool(Math.min(concurrency, work.size()))) {
        List<Future<?>> running = new ArrayList<>();
        for (Runnable one : work) {
          running.add(workers.submit(one));
        }
        awaitAll(running);
      }
    }
    int examined = due.size();
    // Fewer than the limit means every due timer was read and handled (each commit re-arms or
    // clears its timer): only a full page can leave a backlog worth a query.
    Instant oldestStillDue = examined < limit ? null : orders.oldestDueTimer(now).orElse(null);
    return new Result(examined, escalated.get(), oldestStillDue, unechoed.get(), timeFrames.get());
  }

  private void sweepOne(
      OpenOrder order,
      String sweepId,
      Instant now,
      AtomicInteger escalated,
      AtomicInteger unechoed,
      AtomicInteger timeFrames) {
    ChangeContext ctx = new ChangeContext(sweepId, Actor.SYSTEM, now);
    CommandResult result = transactions.run(order.orderId(), ctx, o -> reportUnechoed(o, ctx));
    if (result.events().stream().anyMatch(OrderEvent.OrderEscalated.class::isInstance)) {
      escalated.incrementAndGet();
    }
    if (result.events().stream().anyMatch(OrderEvent.ErpEchoOverdue.class::isInstance)) {
      unechoed.incrementAndGet();
    }
    if (result.events().stream()
        .anyMatch(
            e ->
                e instanceof OrderEvent.TouchPointTriggered fired
                    && fired.touchPoint() == TouchPoint.TIME_FRAME)) {
      timeFrames.incrementAndGet();
    }
  }

  /** Waits for every order; the first failure is rethrown once all are done (the run retries). */
  private static void awaitAll(List<Future<?>> work) {
    RuntimeException first = null;
    for (Future<?> one : work) {
      try {
        one.get();
      } catch (ExecutionException failed) {
        if (first == null) {
          first =
              failed.getCause() instanceof RuntimeException runtime
                  ? runtime
                  : new IllegalStateException(failed.getCause());
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("sweep interrupted", interrupted);
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Reports what the ERP has not shown in time; otherwise no change of its own: the transaction
   * fires whatever escalation is due and re-arms the timer.
   */
  private OrderUpdate reportUnechoed(OpenOrder order, ChangeContext ctx) {
    return calendars
        .find(order.details().storeId())
        .map(calendar -> ErpEchoChecks.reportOverdue(order, echoDeadlines, calendar, ctx))
        .orElseGet(() -> OrderUpdate.unchanged(order));
  }
}
