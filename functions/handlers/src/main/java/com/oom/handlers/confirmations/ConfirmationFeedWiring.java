package com.oom.handlers.confirmations;

import com.oom.aws.AwsPorts;
import com.oom.core.application.UseCaseFactory;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.SnapStartPriming;

/**
 * The wiring of {@link ConfirmationFeedHandler}'s function: the use cases it calls, on the ports
 * they take, and its named SnapStart priming steps.
 */
public final class ConfirmationFeedWiring {
  private ConfirmationFeedWiring() {}

  /** The handler on {@code oom}'s use cases: tests and the local runner, on moto. */
  public static ConfirmationFeedHandler over(UseCaseFactory oom) {
    return new ConfirmationFeedHandler(useCases(oom));
  }

  /** What the handler's no-argument constructor uses: only these use cases and their ports. */
  public static ConfirmationFeedHandler.UseCases wire(FunctionWiring wiring) {
    ConfirmationFeedHandler.UseCases useCases = useCases(wiring.useCases());
    AwsPorts ports = wiring.ports();
    return wiring.prime(
        useCases,
        SnapStartPriming.json(),
        SnapStartPriming.lambdaEvents(),
        SnapStartPriming.orders(ports.orders()),
        SnapStartPriming.outbox(ports.sqsClient()));
  }

  private static ConfirmationFeedHandler.UseCases useCases(UseCaseFactory oom) {
    return new ConfirmationFeedHandler.UseCases(oom.recordConfirmationResult());
  }
}
