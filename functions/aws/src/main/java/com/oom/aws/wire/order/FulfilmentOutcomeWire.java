package com.oom.aws.wire.order;

import com.oom.core.order.FulfilmentOutcomeKind;
import java.time.Instant;
import java.util.Objects;

/** {@code fulfilment-outcome.schema.json}: what happened at a delivery or pick-up. */
public record FulfilmentOutcomeWire(
    String eventId,
    String type,
    Instant occurredAt,
    Long sequence,
    String orderId,
    FulfilmentOutcomeKind outcome,
    Instant at) {
  public static final String TYPE = "FulfilmentOutcome";

  public FulfilmentOutcomeWire {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
  }
}
