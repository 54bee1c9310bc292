package com.oom.aws.dynamo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Item keys and attribute helpers of the single table (the module README shows the layout). */
final class Items {
  static final String STATE = "STATE";
  static final String CONSENT = "CONSENT";
  static final String LATEST = "LATEST";
  static final String IDEMPOTENCY = "IDEMPOTENCY";

  private Items() {}

  static String order(String orderId) {
    return "ORDER#" + orderId;
  }

  static String phone(String e164) {
    return "PHONE#" + e164;
  }

  static String sms(String dedupeKey) {
    return "SMS#" + dedupeKey;
  }

  static String idempotency(String key) {
    return "IDEMPOTENCY#" + key;
  }

  static String confirmationAudit(String storeId) {
    return "REPORT#CONFIRMATION-AUDIT#" + storeId;
  }

  /** A store's business day, ISO (sorts by date). */
  static String day(LocalDate day) {
    return "DAY#" + day;
  }

  /** Sortable, fixed-width epoch milliseconds. */
  static String millis(Instant at) {
    return String.format("%013d", at.toEpochMilli());
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    Map<String, AttributeValue> key = new HashMap<>();
    key.put(OomTable.PK, s(pk));
    key.put(OomTable.SK, s(sk));
    return key;
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  static String string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  static long number(Map<String, AttributeValue> item, String name) {
    return Long.parseLong(item.get(name).n());
  }

  /** Every item a Query returns, page after page. */
  static List<Map<String, AttributeValue>> queryAll(DynamoDbClient dynamo, QueryRequest request) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse page = dynamo.query(request.toBuilder().exclusiveStartKey(start).build());
      items.addAll(page.items());
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);
    return items;
  }
}
