package com.oom.infrastructure;

import com.oom.catalogue.EventBuses;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.Match;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SqsQueue;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The bus Jenny (Package AI) delivers {@code ConfirmationResult} events to, as the stage's {@link
 * JennyBus} says: the partner event source's own bus, imported by name (it exists once the source
 * is associated, and is not the stack's to delete), or {@code oom-jenny-<stage>}, created here,
 * which only Jenny's account, if any, may put events on besides this one. A rule matching Jenny's
 * {@code source} prefix and the detail-type routes the whole event, which the confirmation feed
 * reads as it is, to {@code oom-confirmations}. Events EventBridge cannot deliver after its retries
 * land in a DLQ.
 */
public final class ConfirmationBus extends Construct {
  public static final String DETAIL_TYPE = EventBuses.CONFIRMATION_RESULT;

  private final IEventBus bus;
  private final Rule rule;
  private final Queue deadLetterQueue;

  public ConfirmationBus(Construct scope, String id, StageConfig config, IQueue confirmations) {
    super(scope, id);
    JennyBus jenny = config.jenny();
    String name = jenny.busName(config.stage());
    if (jenny.createsBus()) {
      EventBus created =
          EventBus.Builder.create(this, "Bus")
              .eventBusName(name)
              .description("Jenny (Package AI) appointment-confirmation results")
              .build();
      jenny.accountId().ifPresent(account -> allowPutEventsFrom(created, account, jenny.source()));
      bus = created;
    } else {
      bus = EventBus.fromEventBusName(this, "PartnerBus", name);
    }
    deadLetterQueue =
        SuiteQueues.base(this, "DeliveryDlq", "oom-confirmation-bus-dlq")
            .retentionPeriod(SuiteQueues.LONG_RETENTION)
            .build();
    rule =
        Rule.Builder.create(this, "ConfirmationResults")
            .eventBus(bus)
            .description("Jenny's ConfirmationResult events to oom-confirmations")
            .eventPattern(
                EventPattern.builder()
                    .source(Match.prefix(jenny.source()))
                    .detailType(List.of(DETAIL_TYPE))
                    .build())
            .targets(
                List.of(
                    SqsQueue.Builder.create(confirmations)
                        .deadLetterQueue(deadLetterQueue)
                        .retryAttempts(8)
                        .maxEventAge(Duration.hours(24))
                        .build()))
            .build();
  }

  /**
   * Jenny's account may put its results, and nothing else, on the bus: its source prefix and the
   * detail-type, as the rule reads them.
   */
  private static void allowPutEventsFrom(EventBus bus, String account, String source) {
    bus.addToResourcePolicy(
        PolicyStatement.Builder.create()
            .sid("JennyPutsConfirmationResults")
            .principals(List.of(new AccountPrincipal(account)))
            .actions(List.of("events:PutEvents"))
            .resources(List.of(bus.getEventBusArn()))
            .conditions(
                Map.of(
                    "ForAllValues:StringLike",
                    Map.of("events:source", source + "*"),
                    "StringEquals",
                    Map.of("events:detail-type", DETAIL_TYPE)))
            .build());
  }

  public IEventBus bus() {
    return bus;
  }

  public Rule rule() {
    return rule;
  }

  public Queue deadLetterQueue() {
    return deadLetterQueue;
  }
}
