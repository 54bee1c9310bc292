package com.oom.aws.dynamo;

import static com.oom.aws.dynamo.Items.key;
import static com.oom.aws.dynamo.Items.s;

import com.oom.core.order.PhoneNumber;
import com.oom.core.port.ConsentLedger;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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

  @Override
  public void optOut(PhoneNumber phone, Instant at, String keyword) {
    write(phone, true, at, keyword);
  }

  @Override
  public void optIn(PhoneNumber phone, Instant at, String keyword) {
    write(phone, false, at, keyword);
  }

  private void write(PhoneNumber phone, boolean optedOut, Instant at, String keyword) {
    Map<String, AttributeValue> item = key(Items.phone(phone.value()), Items.CONSENT);
    item.put("optedOut", AttributeValue.fromBool(optedOut));
    item.put("at", s(at.toString()));
    item.put("keyword", s(keyword == null ? "" : keyword));
    dynamo.putItem(b -> b.tableName(table).item(item));
  }
}
