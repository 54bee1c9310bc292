package com.oom.handlers.orderfeed;

import com.oom.aws.AwsPorts;
import com.oom.core.application.UseCaseFactory;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.SnapStartPriming;

/**
 * The wiring of {@link OrderFeedHandler}'s function: the use cases it calls, on the ports they
 * take, and its named SnapStart priming steps.
 */
public final class OrderFeedWiring {
  private OrderFeedWiring() {}

  /** The handler on {@code oom}'s use cases: tests and the local runner, on moto. */
  public static OrderFeedHandler over(UseCaseFactory oom) {
    return new OrderFeedHandler(useCases(oom));
  }

  /** What the handler's no-argument constructor uses: only these use cases and their ports. */
  public static OrderFeedHandler.UseCases wire(FunctionWiring wiring) {
    OrderFeedHandler.UseCases useCases = useCases(wiring.useCases());
    AwsPorts ports = wiring.ports();
    return wiring.prime(
        useCases,
        SnapStartPriming.json(),
        SnapStartPriming.lambdaEvents(),
        SnapStartPriming.orders(ports.orders()),
        SnapStartPriming.outbox(ports.sqsClient()));
  }

  private static OrderFeedHandler.UseCases useCases(UseCaseFactory oom) {
    return new OrderFeedHandler.UseCases(oom.ingestSnapshot(), oom.recordFulfilmentOutcome());
  }
}
