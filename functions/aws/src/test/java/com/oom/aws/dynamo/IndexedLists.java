package com.oom.aws.dynamo;

import com.oom.aws.testing.AwsStack;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.worklist.ListEntry;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The work-list index as the table holds it (its items read directly), beside what the pure rules
 * compute from the stored orders: what the index tests compare.
 */
final class IndexedLists {
  private final AwsStack aws;
  private final WorkLists rules;
  private final BusinessCalendars calendars;
  private final Clock clock;

  IndexedLists(AwsStack aws, WorkLists rules, BusinessCalendars calendars, Clock clock) {
    this.aws = aws;
    this.rules = rules;
    this.calendars = calendars;
    this.clock = clock;
  }

  /** Every item of one partition, in key order (a consistent Query). */
  List<Map<String, AttributeValue>> partition(String pk) {
    return aws.dynamo
        .query(
            b ->
                b.tableName(AwsStack.TABLE)
                    .keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                    .consistentRead(true))
        .items();
  }

  List<String> sortKeys(String pk) {
    return partition(pk).stream().map(i -> i.get(OomTable.SK).s()).toList();
  }

  /** The ranks of a list's entries in a store's partition. */
  List<String> storeEntries(WorkListKind kind, String store) {
    return sortKeys(WorkListItems.storeList(kind, store));
  }

  /** The ranks of a list's entries in the view across stores, every shard, in rank order. */
  List<String> allStoresEntries(WorkListKind kind) {
    return IntStream.range(0, 4)
        .mapToObj(shard -> sortKeys(WorkListItems.allStoresList(kind, shard)))
        .flatMap(List::stream)
        .sorted()
        .toList();
  }

  /** A list's size from its counters, in one store or (null) in every store. */
  long size(WorkListKind kind, String store) {
    return aws.dynamoAdapters
        .workListIndex()
        .sizes(store == null ? null : List.of(store))
        .get(kind);
  }

  /** The lines of a page, as the index holds them. */
  List<WorkItem> paged(WorkListKind kind, List<String> stores, String after, int limit) {
    return aws.dynamoAdapters.workListIndex().page(kind, stores, after, limit).entries().stream()
        .map(ListEntry::item)
        .toList();
  }

  /** The list's lines as the pure rules compute them from the stored orders, now. */
  List<WorkItem> computed(WorkListKind kind, String store) {
    return rules.build(
        kind, aws.dynamoAdapters.orders().openOrders(store), calendars::find, clock.instant());
  }

  static WorkItem itemOf(Map<String, AttributeValue> entry) {
    return StateJson.read(entry.get(WorkListItems.ITEM).s(), WorkItem.class);
  }

  Map<String, AttributeValue> state(String orderId) {
    return aws.orderStateItem(orderId);
  }

  /** When the order's stored lines change next with no change to it. */
  Instant refreshAt(String orderId) {
    return instant(state(orderId), WorkListItems.LIST_REFRESH_AT);
  }

  /** When the order's timer is due. */
  Instant timerDue(String orderId) {
    return instant(state(orderId), OomTable.TIMERS.sortAttribute());
  }

  private static Instant instant(Map<String, AttributeValue> item, String attribute) {
    return Instant.ofEpochMilli(Long.parseLong(item.get(attribute).n()));
  }
}
