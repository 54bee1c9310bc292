package com.oom.aws.dynamo;

import static com.oom.aws.dynamo.Items.key;
import static com.oom.aws.dynamo.Items.n;
import static com.oom.aws.dynamo.Items.s;

import com.oom.aws.wire.outbox.OutboxWire;
import com.oom.core.outbox.OutboxMessage;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Outbox items: ORDER#orderId / OUTBOX#outboxId, in the sparse outbox index until published. An
 * event about no order (an opt-out of a number with no open order) is kept under EVENT#outboxId.
 */
final class OutboxItems {
  private OutboxItems() {}

  static Map<String, AttributeValue> key(OutboxMessage message) {
    String pk =
        message.orderId() == null ? "EVENT#" + message.outboxId() : Items.order(message.orderId());
    return Items.key(pk, "OUTBOX#" + message.outboxId());
  }

  static Map<String, AttributeValue> item(OutboxMessage message, Instant now) {
    Map<String, AttributeValue> item = key(message);
    item.put("type", s(OutboxWire.type(message)));
    item.put("payload", s(OutboxWire.body(message)));
    item.put(OomTable.OUTBOX.partitionAttribute(), s(OomTable.OUTBOX.shardOf(message.outboxId())));
    item.put(OomTable.OUTBOX.sortAttribute(), n(now.toEpochMilli()));
    return item;
  }
}
