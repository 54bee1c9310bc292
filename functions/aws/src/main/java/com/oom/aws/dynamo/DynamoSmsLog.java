package com.oom.aws.dynamo;

import static com.oom.aws.dynamo.Items.key;
import static com.oom.aws.dynamo.Items.millis;
import static com.oom.aws.dynamo.Items.n;
import static com.oom.aws.dynamo.Items.s;

import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The SMS log: SMS#dedupeKey / LATEST holds the latest fate of a touch point (and the send claim);
 * ORDER#id / SMS#time#key keeps every record for the order; PHONE#number / SENT#time#key counts
 * what a number received, for the daily cap. Deferred texts sit in the sparse deferredSms index.
 */
final class DynamoSmsLog implements SmsLog {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoSmsLog(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<SmsRecord> find(String dedupeKey) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                b ->
                    b.tableName(table)
                        .key(key(Items.sms(dedupeKey), Items.LATEST))
                        .consistentRead(true))
            .item();
    if (item == null || !item.containsKey("record")) {
      return Optional.empty();
    }
    return Optional.of(StateJson.read(Items.string(item, "record"), SmsRecord.class));
  }

  /** One TransactWriteItems: the fate, the order's history, the sent record, the events. */
  @Override
  public void record(SmsRecord record, List<? extends OutboxMessage> events) {
    SmsRequest request = record.request();
    String json = StateJson.write(record);
    Map<String, AttributeValue> latest = key(Items.sms(request.dedupeKey()), Items.LATEST);
    latest.put("record", s(json));
    latest.put("status", s(record.status().name()));
    if (record.status() == Status.DEFERRED) {
      latest.put(
          OomTable.DEFERRED_SMS.partitionAttribute(),
          s(OomTable.DEFERRED_SMS.shardOf(request.dedupeKey())));
      latest.put(OomTable.DEFERRED_SMS.sortAttribute(), n(record.notBefore().toEpochMilli()));
    }
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(put(latest));
    Map<String, AttributeValue> history =
        key(
            Items.order(request.orderId()),
            "SMS#" + millis(record.at()) + "#" + request.dedupeKey());
    history.put("record", s(json));
    writes.add(put(history));
    if (record.status() == Status.SENT) {
      writes.add(
          put(
              key(
                  Items.phone(request.to().value()),
                  "SENT#" + millis(record.at()) + "#" + request.dedupeKey())));
    }
    Instant now = record.at();
    events.forEach(e -> writes.add(put(OutboxItems.item(e, now))));
    dynamo.transactWriteItems(b -> b.transactItems(writes));
  }

  @Override
  public boolean claim(String dedupeKey, Instant now, Instant leaseUntil) {
    try {
      dynamo.updateItem(
          b ->
              b.tableName(table)
                  .key(key(Items.sms(dedupeKey), Items.LATEST))
                  .updateExpression("SET leaseUntil = :lease")
                  .conditionExpression(
                      "attribute_not_exists(PK) OR (#status <> :sent AND"
                          + " (attribute_not_exists(leaseUntil) OR leaseUntil <= :now))")
                  .expressionAttributeNames(Map.of("#status", "status"))
                  .expressionAttributeValues(
                      Map.of(
                          ":lease", n(leaseUntil.toEpochMilli()),
                          ":now", n(now.toEpochMilli()),
                          ":sent", s(Status.SENT.name()))));
      return true;
    } catch (ConditionalCheckFailedException taken) {
      return false;
    }
  }

  /**
   * One conditional UpdateItem, allowed when nothing was recorded, or when the latest outcome is
   * not SENT and no claim is open or the open one ran out without calling the gateway ({@link
   * #record} replaces the item, which ends a claim). A refused claim adds one consistent GetItem to
   * tell why.
   */
  @Override
  public SendClaim claimToSend(
      String dedupeKey, Instant now, Instant leaseUntil, boolean callsGateway) {
    Map<String, AttributeValue> key = key(Items.sms(dedupeKey), Items.LATEST);
    try {
      dynamo.updateItem(
          b ->
              b.tableName(table)
                  .key(key)
                  .updateExpression("SET leaseUntil = :lease, sending = :sending")
                  .conditionExpression(
                      "attribute_not_exists(PK) OR (#status <> :sent AND"
                          + " (attribute_not_exists(leaseUntil) OR (leaseUntil <= :now AND"
                          + " (attribute_not_exists(sending) OR sending = :false))))")
                  .expressionAttributeNames(Map.of("#status", "status"))
                  .expressionAttributeValues(
                      Map.of(
                          ":lease", n(leaseUntil.toEpochMilli()),
                          ":now", n(now.toEpochMilli()),
                          ":sent", s(Status.SENT.name()),
                          ":sending", AttributeValue.fromBool(callsGateway),
                          ":false", AttributeValue.fromBool(false))));
      return SendClaim.CLAIMED;
    } catch (ConditionalCheckFailedException taken) {
      Map<String, AttributeValue> item =
          dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
      if (item == null || item.isEmpty()) {
        return SendClaim.HELD; // changed meanwhile: ask again
      }
      if (Status.SENT.name().equals(Items.string(item, "status"))) {
        return SendClaim.SENT;
      }
      AttributeValue lease = item.get("leaseUntil");
      return lease != null && Long.parseLong(lease.n()) > now.toEpochMilli()
          ? SendClaim.HELD
          : SendClaim.INTERRUPTED;
    }
  }

  @Override
  public int sentBetween(PhoneNumber phone, Instant from, Instant to) {
    if (!from.isBefore(to)) {
      return 0;
    }
    // Every SENT item's sort key is SENT#<millis>#<dedupeKey>, so the bare SENT#<millis of to>
    // sorts
    // after every text of earlier milliseconds and before every text at `to` itself, whatever
    // characters the dedupe key holds: BETWEEN (inclusive) then means [from, to).
    QueryResponse response =
        dynamo.query(
            b ->
                b.tableName(table)
                    .keyConditionExpression("PK = :pk AND SK BETWEEN :from AND :to")
                    .expressionAttributeValues(
                        Map.of(
                            ":pk", s(Items.phone(phone.value())),
                            ":from", s("SENT#" + millis(from)),
                            ":to", s("SENT#" + millis(to))))
                    .select(Select.COUNT)
                    .consistentRead(true));
    return response.count();
  }

  @Override
  public List<SmsRequest> deferredDue(Instant now, int limit) {
    List<Map<String, AttributeValue>> due = new ArrayList<>();
    for (String shard : OomTable.DEFERRED_SMS.allShards()) {
      due.addAll(
          dynamo
              .query(
                  b ->
                      b.tableName(table)
                          .indexName(OomTable.DEFERRED_SMS.name())
                          .keyConditionExpression("#shard = :shard AND #at <= :now")
                          .expressionAttributeNames(
                              Map.of(
                                  "#shard", OomTable.DEFERRED_SMS.partitionAttribute(),
                                  "#at", OomTable.DEFERRED_SMS.sortAttribute()))
                          .expressionAttributeValues(
                              Map.of(":shard", s(shard), ":now", n(now.toEpochMilli())))
                          .limit(limit))
              .items());
    }
    return due.stream()
        .sorted(
            Comparator.comparingLong(i -> Items.number(i, OomTable.DEFERRED_SMS.sortAttribute())))
        .limit(limit)
        .map(i -> StateJson.read(Items.string(i, "record"), SmsRecord.class).request())
        .toList();
  }

  @Override
  public List<SmsRecord> forOrder(String orderId) {
    return dynamo
        .queryPaginator(
            b ->
                b.tableName(table)
                    .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                    .expressionAttributeValues(
                        Map.of(":pk", s(Items.order(orderId)), ":prefix", s("SMS#"))))
        .items()
        .stream()
        .map(i -> StateJson.read(Items.string(i, "record"), SmsRecord.class))
        .toList();
  }

  private TransactWriteItem put(Map<String, AttributeValue> item) {
    return TransactWriteItem.builder()
        .put(Put.builder().tableName(table).item(item).build())
        .build();
  }
}
