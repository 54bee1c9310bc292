package com.oom.handlers.testing;

import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderSnapshotWire;
import com.oom.aws.wire.order.OrderWire;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.util.Map;

/** Bodies of {@code oom-order-feed} messages as the ERP sends them. */
public final class FeedMessages {
  private FeedMessages() {}

  /** An {@code OrderSnapshot} of {@code order} with this sequence. */
  public static String snapshot(String eventId, long sequence, Orders.Builder order) {
    return MessageJson.write(
        new OrderSnapshotWire(
            eventId,
            OrderSnapshotWire.TYPE,
            Instant.parse("2026-11-30T15:59:00Z"),
            sequence,
            OrderWire.of(order.details())));
  }

  /** A {@code FulfilmentOutcome} (DELIVERED, NOT_HOME, REFUSED, …) of the order. */
  public static String outcome(String eventId, String orderId, String outcome) {
    return MessageJson.write(
        Map.of(
            "eventId",
            eventId,
            "type",
            "FulfilmentOutcome",
            "occurredAt",
            "2026-11-30T15:59:00Z",
            "sequence",
            2,
            "orderId",
            orderId,
            "outcome",
            outcome,
            "at",
            "2026-11-30T15:00:00Z"));
  }
}
