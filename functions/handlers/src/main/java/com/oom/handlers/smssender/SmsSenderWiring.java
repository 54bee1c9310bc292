package com.oom.handlers.smssender;

import com.oom.aws.AwsPorts;
import com.oom.core.application.UseCaseFactory;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.SnapStartPriming;

/**
 * The wiring of {@link SmsSenderHandler}'s function: the use cases it calls, on the ports they
 * take, and its named SnapStart priming steps.
 */
public final class SmsSenderWiring {
  private SmsSenderWiring() {}

  /** The handler on {@code oom}'s use cases: tests and the local runner, on moto. */
  public static SmsSenderHandler over(UseCaseFactory oom) {
    return new SmsSenderHandler(useCases(oom));
  }

  /** What the handler's no-argument constructor uses: only these use cases and their ports. */
  public static SmsSenderHandler.UseCases wire(FunctionWiring wiring) {
    SmsSenderHandler.UseCases useCases = useCases(wiring.useCases());
    AwsPorts ports = wiring.ports();
    return wiring.prime(
        useCases,
        SnapStartPriming.json(),
        SnapStartPriming.lambdaEvents(),
        SnapStartPriming.orders(ports.orders()));
  }

  private static SmsSenderHandler.UseCases useCases(UseCaseFactory oom) {
    return new SmsSenderHandler.UseCases(oom.sendTouchPoint());
  }
}
