package com.oom.handlers.smssender;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.oom.core.application.SendTouchPoint;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.OomMetrics;
import com.oom.handlers.common.SqsBatch;
import com.oom.handlers.common.SqsFunction;
import com.oom.handlers.messages.SmsRequestMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code oom-sms-requests}: touch-point texts. The sender re-checks consent, opt-out, order state,
 * quiet hours and the daily cap at send time; deferred texts are sent later by the sweep.
 */
public final class SmsSenderHandler implements SqsFunction {
  private static final Logger LOG = LoggerFactory.getLogger(SmsSenderHandler.class);
  private final UseCases oom;

  /** The use cases this function calls. */
  public record UseCases(SendTouchPoint sendTouchPoint) {}

  public SmsSenderHandler() {
    this(SmsSenderWiring.wire(FunctionWiring.fromEnvironment()));
  }

  public SmsSenderHandler(UseCases oom) {
    this.oom = oom;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return SqsBatch.run(event, context, this::handle);
  }

  private void handle(SQSEvent.SQSMessage message) {
    SmsRequest request = SmsRequestMessage.parse(message.getBody());
    MDC.put("orderId", request.orderId());
    SendTouchPoint.Result result = oom.sendTouchPoint().handle(request);
    record(request, result);
  }

  /** Metrics and a log line per text; the number is masked and the body never logged. */
  static void record(SmsRequest request, SendTouchPoint.Result result) {
    switch (result) {
      case SendTouchPoint.Result.Sent sent -> {
        OomMetrics.countBy("SmsSent", "touchPoint", request.touchPoint().name());
        LOG.info("{} sent to {}", request.touchPoint(), request.to().masked());
      }
      case SendTouchPoint.Result.Deferred deferred -> {
        OomMetrics.countBy("SmsDeferred", "reason", deferred.reason().name());
        LOG.info(
            "{} deferred until {} ({})",
            request.touchPoint(),
            deferred.notBefore(),
            deferred.reason());
      }
      case SendTouchPoint.Result.Blocked blocked -> {
        OomMetrics.countBy("SmsBlocked", "reason", blocked.reason().name());
        LOG.info("{} blocked: {}", request.touchPoint(), blocked.reason());
      }
      case SendTouchPoint.Result.Failed failed -> {
        OomMetrics.countBy("SmsFailed", "touchPoint", request.touchPoint().name());
        LOG.warn("{} failed: {}", request.touchPoint(), failed.reason());
      }
      case SendTouchPoint.Result.Duplicate duplicate ->
          LOG.info("{} already handled", request.touchPoint());
      case SendTouchPoint.Result.InFlight inFlight ->
          // reported failed: SQS redelivers it, and by then the other delivery's outcome is known
          throw new IllegalStateException(
              request.touchPoint() + " is being handled by another delivery; retry later");
    }
  }
}
