package com.oom.handlers.schedule;

import com.oom.aws.AwsPorts;
import com.oom.core.application.UseCaseFactory;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.SnapStartPriming;

/**
 * The wiring of {@link DailyPlanHandler}'s function: the use cases it calls, on the ports they
 * take, and its named SnapStart priming steps.
 */
public final class DailyPlanWiring {
  private DailyPlanWiring() {}

  /** The handler on {@code oom}'s use cases: tests and the local runner, on moto. */
  public static DailyPlanHandler over(UseCaseFactory oom) {
    return new DailyPlanHandler(useCases(oom));
  }

  /** What the handler's no-argument constructor uses: only these use cases and their ports. */
  public static DailyPlanHandler.UseCases wire(FunctionWiring wiring) {
    DailyPlanHandler.UseCases useCases = useCases(wiring.useCases());
    AwsPorts ports = wiring.ports();
    return wiring.prime(
        useCases,
        SnapStartPriming.json(),
        SnapStartPriming.lambdaEvents(),
        SnapStartPriming.orders(ports.orders()),
        SnapStartPriming.outbox(ports.sqsClient()));
  }

  private static DailyPlanHandler.UseCases useCases(UseCaseFactory oom) {
    return new DailyPlanHandler.UseCases(
        oom.planTheDay(), oom.auditConfirmations(), oom.measureReservedStock());
  }
}
