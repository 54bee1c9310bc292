package com.oom.handlers.testing;

import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderSnapshotWire;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.util.Map;

/** Bodies of {@code oom-order-feed} messages as the ERP sends them. */
public final class FeedMessages {
  private FeedMessages() {}

  /** When every snapshot built here was produced by the ERP. */
  public static final Instant OCCURRED_AT = Instant.parse("2026-11-30T15:59:00Z");

  /** An {@code OrderSnapshot} of {@code order} with this sequence, without a contact code. */
  public static String snapshot(String eventId, long sequence, Orders.Builder order) {
    return snapshot(eventId, sequence, order, null);
  }

  /** An {@code OrderSnapshot} of {@code order} stating the ERP's contact code (may be null). */
  public static String snapshot(
      String eventId, long sequence, Orders.Builder order, ErpContactCode code) {
    return MessageJson.write(
        OrderSnapshotWire.of(
            eventId, new ErpSnapshot(order.details(), sequence, OCCURRED_AT, code)));
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
