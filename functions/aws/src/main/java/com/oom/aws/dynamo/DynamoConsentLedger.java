package com.oom.aws.dynamo;

import static com.oom.aws.dynamo.Items.key;
import static com.oom.aws.dynamo.Items.s;

import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.port.ConsentLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Opt-outs per phone number: PHONE#number / CONSENT, whatever order the reply came from. */
final class DynamoConsentLedger implements ConsentLedger {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoConsentLedger(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public boolean isOptedOut(PhoneNumber phone) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                b ->
                    b.tableName(table)
                        .key(key(Items.phone(phone.value()), Items.CONSENT))
                        .consistentRead(true))
            .item();
    return item != null && item.containsKey("optedOut") && item.get("optedOut").bool();
  }

  /** A PutItem; with events, one TransactWriteItems of the opt-out and the outbox items. */
  @Override
  public void optOut(
      PhoneNumber phone, Instant at, String keyword, List<? extends OutboxMessage> events) {
    if (events.isEmpty()) {
      write(phone, true, at, keyword);
      return;
    }
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(put(item(phone, true, at, keyword)));
    events.forEach(e -> writes.add(put(OutboxItems.item(e, at))));
    dynamo.transactWriteItems(b -> b.transactItems(writes));
  }

  @Override
  public void optIn(PhoneNumber phone, Instant at, String keyword) {
    write(phone, false, at, keyword);
  }

  private void write(PhoneNumber phone, boolean optedOut, Instant at, String keyword) {
    Map<String, AttributeValue> item = item(phone, optedOut, at, keyword);
    dynamo.putItem(b -> b.tableName(table).item(item));
  }

  private static Map<String, AttributeValue> item(
      PhoneNumber phone, boolean optedOut, Instant at, String keyword) {
    Map<String, AttributeValue> item = key(Items.phone(phone.value()), Items.CONSENT);
    item.put("optedOut", AttributeValue.fromBool(optedOut));
    item.put("at", s(at.toString()));
    item.put("keyword", s(keyword == null ? "" : keyword));
    return item;
  }

  private TransactWriteItem put(Map<String, AttributeValue> item) {
    return TransactWriteItem.builder()
        .put(Put.builder().tableName(table).item(item).build())
        .build();
  }
}
