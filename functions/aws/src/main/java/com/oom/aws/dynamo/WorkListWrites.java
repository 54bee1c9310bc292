package com.oom.aws.dynamo;

import static com.oom.aws.dynamo.Items.key;
import static com.oom.aws.dynamo.Items.n;
import static com.oom.aws.dynamo.Items.s;

import com.oom.core.worklist.IndexKeys;
import com.oom.core.worklist.IndexedListing;
import com.oom.core.worklist.ListEntry;
import com.oom.core.worklist.Listing;
import com.oom.core.worklist.WorkListKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The work-list index writes of one order change, for the change's own {@code TransactWriteItems}:
 * entries that left are deleted, entries new or changed are put (in the store's list and in the
 * view across stores), the lists' counters move by what joined and left, and the state item records
 * the keys written, so the next change knows what to delete.
 */
final class WorkListWrites {
  private final String table;

  WorkListWrites(String table) {
    this.table = table;
  }

  List<TransactWriteItem> of(IndexedListing before, Listing after) {
    Map<String, String> previous = before == null ? Map.of() : before.index();
    Map<String, String> current = after.index();
    Map<String, ListEntry> entries =
        after.entries().stream().collect(Collectors.toMap(ListEntry::key, e -> e));
    String orderId = after.orderId();
    List<TransactWriteItem> writes = new ArrayList<>();
    Map<CounterKey, Long> counts = new TreeMap<>();
    for (String gone : previous.keySet()) {
      if (!current.containsKey(gone)) {
        deletesOf(gone, orderId).forEach(k -> writes.add(delete(k)));
        counterOf(gone, orderId).ifPresent(c -> counts.merge(c, -1L, Long::sum));
      }
    }
    for (Map.Entry<String, String> key : current.entrySet()) {
      String was = previous.get(key.getKey());
      if (key.getValue().equals(was)) {
        continue;
      }
      putsOf(key.getKey(), entries.get(key.getKey()), orderId).forEach(i -> writes.add(put(i)));
      if (was == null) {
        counterOf(key.getKey(), orderId).ifPresent(c -> counts.merge(c, 1L, Long::sum));
      }
    }
    // One update per counter item: an order moved to another store leaves one store's count and
    // joins another's, while the count across stores does not move.
    Map<WorkListKind, Long> acrossStores = new TreeMap<>();
    counts.forEach(
        (counter, delta) -> {
          if (delta != 0) {
            writes.add(add(counter.storeKey(), delta));
            acrossStores.merge(counter.kind(), delta, Long::sum);
          }
        });
    acrossStores.forEach(
        (kind, delta) -> {
          if (delta != 0) {
            writes.add(add(CounterKey.allStoresKey(kind, orderId), delta));
          }
        });
    return writes;
  }

  /** The attributes the state item carries for the index. */
  static void recordOn(Map<String, AttributeValue> stateItem, Listing listing) {
    Map<String, AttributeValue> listed = new HashMap<>();
    listing.index().forEach((k, fingerprint) -> listed.put(k, s(fingerprint)));
    stateItem.put(WorkListItems.LISTED, AttributeValue.fromM(listed));
    if (listing.refreshAt() != null) {
      stateItem.put(WorkListItems.LIST_REFRESH_AT, n(listing.refreshAt().toEpochMilli()));
    }
  }

  /** What the state item says the index holds; null when it was never written. */
  static IndexedListing readFrom(Map<String, AttributeValue> stateItem) {
    AttributeValue listed = stateItem.get(WorkListItems.LISTED);
    if (listed == null || !listed.hasM()) {
      return null;
    }
    Map<String, String> index = new HashMap<>();
    listed.m().forEach((k, v) -> index.put(k, v.s()));
    AttributeValue refreshAt = stateItem.get(WorkListItems.LIST_REFRESH_AT);
    return new IndexedListing(
        index, refreshAt == null ? null : Instant.ofEpochMilli(Long.parseLong(refreshAt.n())));
  }

  private record CounterKey(WorkListKind kind, String storeId, String orderId)
      implements Comparable<CounterKey> {
    Map<String, AttributeValue> storeKey() {
      return key(WorkListItems.storeCounters(storeId), WorkListItems.counter(kind, orderId));
    }

    static Map<String, AttributeValue> allStoresKey(WorkListKind kind, String orderId) {
      return key(
          WorkListItems.allStoresCounters(WorkListItems.shardOf(orderId)),
          WorkListItems.counter(kind, orderId));
    }

    @Override
    public int compareTo(CounterKey other) {
      return (kind.slug() + "|" + storeId).compareTo(other.kind.slug() + "|" + other.storeId);
    }
  }

  private static java.util.Optional<CounterKey> counterOf(String indexKey, String orderId) {
    String[] f = indexKey.split("\\|", 4);
    if (!f[0].equals(IndexKeys.ENTRY)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new CounterKey(kind(f[1]), f[2], orderId));
  }

  private static List<Map<String, AttributeValue>> deletesOf(String indexKey, String orderId) {
    String[] f = indexKey.split("\\|", 4);
    return switch (f[0]) {
      case IndexKeys.ENTRY ->
          List.of(
              key(WorkListItems.storeList(kind(f[1]), f[2]), f[3]),
              key(WorkListItems.allStoresList(kind(f[1]), WorkListItems.shardOf(orderId)), f[3]));
      case IndexKeys.APPOINTMENT ->
          List.of(
              key(
                  WorkListItems.appointments(f[1]),
                  WorkListItems.appointment(LocalDate.parse(f[2]), f[3])));
      case IndexKeys.WITHOUT_NEXT_STEP -> List.of(key(WorkListItems.withoutNextStep(f[1]), f[2]));
      default -> throw new IllegalStateException("unknown index key " + f[0]);
    };
  }

  private static List<Map<String, AttributeValue>> putsOf(
      String indexKey, ListEntry entry, String orderId) {
    List<Map<String, AttributeValue>> items = deletesOf(indexKey, orderId);
    for (Map<String, AttributeValue> item : items) {
      item.put(WorkListItems.ORDER_ID, s(orderId));
      if (entry != null) {
        item.put(WorkListItems.ITEM, s(StateJson.write(entry.item())));
      }
    }
    return items;
  }

  private static WorkListKind kind(String slug) {
    return WorkListKind.fromSlug(slug)
        .orElseThrow(() -> new IllegalStateException("unknown list " + slug));
  }

  private TransactWriteItem put(Map<String, AttributeValue> item) {
    return TransactWriteItem.builder()
        .put(Put.builder().tableName(table).item(item).build())
        .build();
  }

  private TransactWriteItem delete(Map<String, AttributeValue> key) {
    return TransactWriteItem.builder()
        .delete(Delete.builder().tableName(table).key(key).build())
        .build();
  }

  private TransactWriteItem add(Map<String, AttributeValue> key, long delta) {
    return TransactWriteItem.builder()
        .update(
            Update.builder()
                .tableName(table)
                .key(key)
                .updateExpression("ADD #n :delta")
                .expressionAttributeNames(Map.of("#n", WorkListItems.COUNT))
                .expressionAttributeValues(Map.of(":delta", n(delta)))
                .build())
        .build();
  }
}
