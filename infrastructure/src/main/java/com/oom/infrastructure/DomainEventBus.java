package com.oom.infrastructure;

import com.oom.catalogue.EventBuses;
import com.oom.core.events.DomainEventType;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.Archive;
import software.amazon.awscdk.services.events.CfnArchive;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.constructs.Construct;

/**
 * The bus OOM's domain events are published on ({@code oom-events-<stage>}, source {@code oom}, the
 * detail-types of {@link DomainEventType}), and an archive of them that a consumer can replay from
 * after an outage. The stack puts no rule on it: consumers add theirs (infrastructure/README.md,
 * "Subscribe to OOM's events").
 */
public final class DomainEventBus extends Construct {
  static final Duration DEV_RETENTION = Duration.days(30);
  static final Duration PROD_RETENTION = Duration.days(365);

  private final EventBus bus;
  private final Archive archive;

  public DomainEventBus(Construct scope, String id, StageConfig config) {
    super(scope, id);
    String name = EventBuses.events(config.stage().id());
    bus =
        EventBus.Builder.create(this, "Bus")
            .eventBusName(name)
            .description("OOM domain events (source " + DomainEventType.SOURCE + ")")
            .build();
    archive =
        Archive.Builder.create(this, "Archive")
            .sourceEventBus(bus)
            .archiveName(name)
            .description("Every OOM domain event, for replay to a consumer")
            .eventPattern(EventPattern.builder().source(List.of(DomainEventType.SOURCE)).build())
            .retention(config.stage().isProduction() ? PROD_RETENTION : DEV_RETENTION)
            .build();
    // aws-cdk-lib writes KmsKeyIdentifier "" without a key, which CloudFormation refuses in some
    // regions (aws/aws-cdk#37847): without the property the archive uses an AWS-owned key
    ((CfnArchive) archive.getNode().getDefaultChild())
        .addPropertyDeletionOverride("KmsKeyIdentifier");
  }

  public EventBus bus() {
    return bus;
  }

  public Archive archive() {
    return archive;
  }
}
