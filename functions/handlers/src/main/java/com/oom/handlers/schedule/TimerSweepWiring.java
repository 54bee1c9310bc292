package com.oom.handlers.schedule;

import com.oom.aws.AwsPorts;
import com.oom.core.application.UseCaseFactory;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.SnapStartPriming;
import java.time.Clock;

/**
 * The wiring of {@link TimerSweepHandler}'s function: the use cases it calls, on the ports they
 * take, and its named SnapStart priming steps.
 */
public final class TimerSweepWiring {
  private TimerSweepWiring() {}

  /** The handler on {@code oom}'s use cases: tests and the local runner, on moto. */
  public static TimerSweepHandler over(UseCaseFactory oom, Clock clock) {
    return new TimerSweepHandler(useCases(oom), clock);
  }

  /** What the handler's no-argument constructor uses: only these use cases and their ports. */
  public static TimerSweepHandler.UseCases wire(FunctionWiring wiring) {
    TimerSweepHandler.UseCases useCases = useCases(wiring.useCases());
    AwsPorts ports = wiring.ports();
    return wiring.prime(
        useCases,
        SnapStartPriming.json(),
        SnapStartPriming.lambdaEvents(),
        SnapStartPriming.orders(ports.orders()),
        SnapStartPriming.outbox(ports.sqsClient()));
  }

  private static TimerSweepHandler.UseCases useCases(UseCaseFactory oom) {
    return new TimerSweepHandler.UseCases(
        oom.escalateDueOrders(),
        oom.sendDeferredSms(),
        oom.publishOutbox(),
        oom.backfillWorkLists());
  }
}
