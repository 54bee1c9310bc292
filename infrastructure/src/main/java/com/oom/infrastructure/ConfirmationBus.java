package com.oom.infrastructure;

import com.oom.catalogue.EventBuses;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SqsQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The event bus Jenny (Package AI) delivers {@code ConfirmationResult} events to, and the rule that
 * routes them — the whole event, which the confirmation feed reads as it is — to {@code
 * oom-confirmations}. Events EventBridge cannot deliver after its retries land in a DLQ.
 */
public final class ConfirmationBus extends Construct {
  public static final String DETAIL_TYPE = EventBuses.CONFIRMATION_RESULT;

  private final EventBus bus;
  private final Rule rule;
  private final Queue deadLetterQueue;

  public ConfirmationBus(Construct scope, String id, StageConfig config, IQueue confirmations) {
    super(scope, id);
    bus =
        EventBus.Builder.create(this, "Bus")
            .eventBusName("oom-jenny-" + config.stage().id())
            .description("Jenny (Package AI) appointment-confirmation results")
            .build();
    deadLetterQueue =
        SuiteQueues.base(this, "DeliveryDlq", "oom-confirmation-bus-dlq")
            .retentionPeriod(SuiteQueues.LONG_RETENTION)
            .build();
    rule =
        Rule.Builder.create(this, "ConfirmationResults")
            .eventBus(bus)
            .description("ConfirmationResult events to oom-confirmations")
            .eventPattern(EventPattern.builder().detailType(List.of(DETAIL_TYPE)).build())
            .targets(
                List.of(
                    SqsQueue.Builder.create(confirmations)
                        .deadLetterQueue(deadLetterQueue)
                        .retryAttempts(8)
                        .maxEventAge(Duration.hours(24))
                        .build()))
            .build();
  }

  public EventBus bus() {
    return bus;
  }

  public Rule rule() {
    return rule;
  }

  public Queue deadLetterQueue() {
    return deadLetterQueue;
  }
}
