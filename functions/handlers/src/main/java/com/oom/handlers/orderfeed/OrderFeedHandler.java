package com.oom.handlers.orderfeed;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordFulfilmentOutcome;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.SqsBatch;
import com.oom.handlers.common.SqsFunction;
import com.oom.handlers.messages.OrderFeedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** {@code oom-order-feed}: ERP order snapshots and fulfilment outcomes. */
public final class OrderFeedHandler implements SqsFunction {
  private static final Logger LOG = LoggerFactory.getLogger(OrderFeedHandler.class);
  private final UseCases oom;

  /** The use cases this function calls. */
  public record UseCases(
      IngestSnapshot ingestSnapshot, RecordFulfilmentOutcome recordFulfilmentOutcome) {}

  public OrderFeedHandler() {
    this(OrderFeedWiring.wire(FunctionWiring.fromEnvironment()));
  }

  public OrderFeedHandler(UseCases oom) {
    this.oom = oom;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return SqsBatch.run(event, context, this::handle);
  }

  private void handle(SQSEvent.SQSMessage message) {
    switch (OrderFeedMessage.parse(message.getBody())) {
      case OrderFeedMessage.OrderSnapshot snapshot -> {
        MDC.put("orderId", snapshot.order().orderId());
        var result =
            oom.ingestSnapshot()
                .handle(new IngestSnapshot.Command(snapshot.eventId(), snapshot.snapshot()));
        LOG.info("snapshot {} {}", snapshot.sequence(), result.outcome());
      }
      case OrderFeedMessage.FulfilmentOutcome outcome -> {
        MDC.put("orderId", outcome.orderId());
        var result =
            oom.recordFulfilmentOutcome()
                .handle(
                    new RecordFulfilmentOutcome.Command(
                        outcome.eventId(), outcome.orderId(), outcome.outcome(), outcome.at()));
        LOG.info("fulfilment outcome {} {}", outcome.outcome(), result.outcome());
      }
    }
  }
}
