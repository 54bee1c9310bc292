package com.oom.aws.events;

import com.oom.core.port.EventPublisher;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;

/** The EventBridge adapters. */
public final class EventBridgeAdapters {
  private EventBridgeAdapters() {}

  /**
   * @param bus the bus's name or ARN ({@code OOM_EVENT_BUS}: {@code oom-events-<stage>} on AWS)
   */
  public static EventPublisher publisher(EventBridgeClient events, String bus) {
    return new EventBridgePublisher(events, bus);
  }

  /**
   * Creates the bus on an emulator unless it exists (on AWS the CDK app creates it); returns its
   * ARN.
   */
  public static String createBus(EventBridgeClient events, String bus) {
    try {
      return events.createEventBus(b -> b.name(bus)).eventBusArn();
    } catch (ResourceAlreadyExistsException exists) {
      return events.describeEventBus(b -> b.name(bus)).arn();
    }
  }
}
