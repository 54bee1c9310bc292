package com.oom.handlers.smsinbound;

import com.oom.aws.AwsPorts;
import com.oom.core.application.UseCaseFactory;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.SnapStartPriming;

/**
 * The wiring of {@link SmsInboundHandler}'s function: the use cases it calls, on the ports they
 * take, and its named SnapStart priming steps.
 */
public final class SmsInboundWiring {
  private SmsInboundWiring() {}

  /** The handler on {@code oom}'s use cases: tests and the local runner, on moto. */
  public static SmsInboundHandler over(UseCaseFactory oom) {
    return new SmsInboundHandler(useCases(oom));
  }

  /** What the handler's no-argument constructor uses: only these use cases and their ports. */
  public static SmsInboundHandler.UseCases wire(FunctionWiring wiring) {
    SmsInboundHandler.UseCases useCases = useCases(wiring.useCases());
    AwsPorts ports = wiring.ports();
    return wiring.prime(
        useCases,
        SnapStartPriming.json(),
        SnapStartPriming.lambdaEvents(),
        SnapStartPriming.orders(ports.orders()),
        SnapStartPriming.outbox(ports.sqsClient()));
  }

  private static SmsInboundHandler.UseCases useCases(UseCaseFactory oom) {
    return new SmsInboundHandler.UseCases(oom.handleInboundSms());
  }
}
