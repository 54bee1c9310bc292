package com.oom.handlers.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.OrderDetails;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.common.WireJson;
import java.time.Instant;
import java.util.Objects;

/** A message on {@code oom-order-feed}: an {@code OrderSnapshot} or a {@code FulfilmentOutcome}. */
public sealed interface OrderFeedMessage {
  String eventId();

  /** An ERP snapshot of the whole order; {@code sequence} increases per order. */
  record OrderSnapshot(
      String eventId, String type, Instant occurredAt, Long sequence, OrderDetails order)
      implements OrderFeedMessage {
    public OrderSnapshot {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(occurredAt, "occurredAt");
      Objects.requireNonNull(sequence, "sequence");
      Objects.requireNonNull(order, "order");
      if (sequence < 0) {
        throw new IllegalArgumentException("sequence must not be negative");
      }
    }
  }

  /** What happened at a delivery or pick-up. */
  record FulfilmentOutcome(
      String eventId,
      String type,
      Instant occurredAt,
      Long sequence,
      String orderId,
      FulfilmentOutcomeKind outcome,
      Instant at)
      implements OrderFeedMessage {
    public FulfilmentOutcome {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(occurredAt, "occurredAt");
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(at, "at");
    }
  }

  static OrderFeedMessage parse(String body) {
    JsonNode node = WireJson.tree(body);
    String type = WireJson.requiredText(node, "type");
    return switch (type) {
      case "OrderSnapshot" -> WireJson.read(node, OrderSnapshot.class);
      case "FulfilmentOutcome" -> WireJson.read(node, FulfilmentOutcome.class);
      default -> throw new InvalidMessage("type", "must be OrderSnapshot or FulfilmentOutcome");
    };
  }
}
