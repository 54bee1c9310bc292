package com.oom.handlers.confirmations;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.oom.core.application.RecordConfirmationResult;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.OomMetrics;
import com.oom.handlers.common.SqsBatch;
import com.oom.handlers.common.SqsFunction;
import com.oom.handlers.messages.ConfirmationResultMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** {@code oom-confirmations}: Jenny's results, from the webhook or the EventBridge bus. */
public final class ConfirmationFeedHandler implements SqsFunction {
  private static final Logger LOG = LoggerFactory.getLogger(ConfirmationFeedHandler.class);
  private final UseCases oom;

  /** The use cases this function calls. */
  public record UseCases(RecordConfirmationResult recordConfirmationResult) {}

  public ConfirmationFeedHandler() {
    this(ConfirmationFeedWiring.wire(FunctionWiring.fromEnvironment()));
  }

  public ConfirmationFeedHandler(UseCases oom) {
    this.oom = oom;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return SqsBatch.run(event, context, this::handle);
  }

  private void handle(SQSEvent.SQSMessage message) {
    ConfirmationResultMessage result = ConfirmationResultMessage.parse(message.getBody());
    MDC.put("orderId", result.orderId());
    var outcome =
        oom.recordConfirmationResult()
            .handle(
                new RecordConfirmationResult.Command(
                    result.eventId(),
                    result.orderId(),
                    result.appointmentDate(),
                    result.result(),
                    result.channel(),
                    result.phone(),
                    result.occurredAt(),
                    result.transcriptRef()));
    OomMetrics.countBy("ConfirmationResults", "result", result.result().name());
    LOG.info("confirmation {} {}", result.result(), outcome.outcome());
  }
}
