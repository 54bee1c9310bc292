package com.oom.handlers.smsinbound;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.oom.core.application.HandleInboundSms;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.OomMetrics;
import com.oom.handlers.common.SqsBatch;
import com.oom.handlers.common.SqsFunction;
import com.oom.handlers.messages.InboundSmsMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code oom-sms-inbound}: guests' replies. STOP and the other opt-out keywords opt out at once,
 * HELP is answered, C confirms, R asks to reschedule, anything else goes to an agent. The text
 * itself is never logged or stored.
 */
public final class SmsInboundHandler implements SqsFunction {
  private static final Logger LOG = LoggerFactory.getLogger(SmsInboundHandler.class);
  private final UseCases oom;

  /** The use cases this function calls. */
  public record UseCases(HandleInboundSms handleInboundSms) {}

  public SmsInboundHandler() {
    this(SmsInboundWiring.wire(FunctionWiring.fromEnvironment()));
  }

  public SmsInboundHandler(UseCases oom) {
    this.oom = oom;
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return SqsBatch.run(event, context, this::handle);
  }

  private void handle(SQSEvent.SQSMessage message) {
    InboundSmsMessage sms = InboundSmsMessage.parse(message.getBody());
    HandleInboundSms.Outcome outcome =
        oom.handleInboundSms()
            .handle(
                new HandleInboundSms.Command(
                    sms.inboundMessageId(), sms.originationNumber(), sms.messageBody()));
    OomMetrics.countBy("SmsReplies", "outcome", outcome.name());
    LOG.info("reply from {}: {}", sms.originationNumber().masked(), outcome);
  }
}
