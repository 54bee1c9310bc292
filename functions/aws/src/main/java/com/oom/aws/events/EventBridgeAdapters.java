package com.oom.aws.events;

import com.oom.core.port.EventPublisher;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The EventBridge adapters. */
public final class EventBridgeAdapters {
  private EventBridgeAdapters() {}

  /**
   * @param bus the bus's name or ARN ({@code OOM_EVENT_BUS}: {@code oom-events-<stage>} on AWS)
   */
  public static EventPublisher publisher(EventBridgeClient events, String bus) {
    return new EventBridgePublisher(events, bus);
  }
}
