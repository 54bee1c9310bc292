package com.oom.handlers.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.wire.order.FulfilmentOutcomeWire;
import com.oom.aws.wire.order.OrderSnapshotWire;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.OrderDetails;
import com.oom.handlers.common.InvalidMessage;
import java.time.Instant;

/**
 * A message on {@code oom-order-feed}, read from its wire record: an {@code OrderSnapshot} ({@link
 * OrderSnapshotWire}) or a {@code FulfilmentOutcome} ({@link FulfilmentOutcomeWire}).
 */
public sealed interface OrderFeedMessage {
  String eventId();

  /**
   * An ERP snapshot of the whole order ({@code sequence} increases per order), with the contact
   * status and date the ERP holds when it states them.
   */
  record OrderSnapshot(String eventId, ErpSnapshot snapshot) implements OrderFeedMessage {
    static OrderSnapshot of(OrderSnapshotWire wire) {
      return new OrderSnapshot(wire.eventId(), wire.toDomain());
    }

    public OrderDetails order() {
      return snapshot.order();
    }

    public long sequence() {
      return snapshot.sequence();
    }
  }

  /** What happened at a delivery or pick-up. */
  record FulfilmentOutcome(
      String eventId,
      Instant occurredAt,
      Long sequence,
      String orderId,
      FulfilmentOutcomeKind outcome,
      Instant at)
      implements OrderFeedMessage {
    static FulfilmentOutcome of(FulfilmentOutcomeWire wire) {
      return new FulfilmentOutcome(
          wire.eventId(),
          wire.occurredAt(),
          wire.sequence(),
          wire.orderId(),
          wire.outcome(),
          wire.at());
    }
  }

  static OrderFeedMessage parse(String body) {
    JsonNode node = MessageBodies.tree(body);
    String type = MessageBodies.requiredText(node, "type");
    return switch (type) {
      case OrderSnapshotWire.TYPE ->
          MessageBodies.toDomain(
              () -> OrderSnapshot.of(MessageBodies.read(node, OrderSnapshotWire.class)));
      case FulfilmentOutcomeWire.TYPE ->
          FulfilmentOutcome.of(MessageBodies.read(node, FulfilmentOutcomeWire.class));
      default -> throw new InvalidMessage("type", "must be OrderSnapshot or FulfilmentOutcome");
    };
  }
}
