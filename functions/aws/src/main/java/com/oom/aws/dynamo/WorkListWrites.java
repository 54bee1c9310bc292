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
import java.util.LinkedHashMap;
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
    Map<String, Object> shown =
        after.entries().stream().collect(Collectors.toMap(ListEntry::key, ListEntry::item));
    if (after.pickup() != null) {
      shown.put(after.pickup().key(), after.pickup());
    }
    if (after.reserved() != null) {
      shown.put(after.reserved().key(), after.reserved());
    }
    String orderId = after.orderId();
    // One operation per item: a transaction may not touch an item twice. An order moved to
    // another store leaves its old store's entry and joins the new one's under the same rank, so
    // in the view across stores the put replaces the delete and the two counts cancel out.
    Map<ItemKey, TransactWriteItem> writes = new LinkedHashMap<>();
    Map<ItemKey, Long> counts = new TreeMap<>();
    for (String gone : previous.keySet()) {
      if (!current.containsKey(gone)) {
        deletesOf(gone, orderId).forEach(k -> writes.put(ItemKey.of(k), delete(k)));
        countersOf(gone, orderId).forEach(c -> counts.merge(c, -1L, Long::sum));
      }
    }
    for (Map.Entry<String, String> key : current.entrySet()) {
      String was = previous.get(key.getKey());
      if (key.getValue().equals(was)) {
        continue;
      }
      putsOf(key.getKey(), shown.get(key.getKey()), orderId)
          .forEach(i -> writes.put(ItemKey.of(i), put(i)));
      if (was == null) {
        countersOf(key.getKey(), orderId).forEach(c -> counts.merge(c, 1L, Long::sum));
      }
    }
    List<TransactWriteItem> all = new ArrayList<>(writes.values());
    counts.forEach(
        (counter, delta) -> {
          if (delta != 0) {
            all.add(add(counter.key(), delta));
          }
        });
    return all;
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

  /** An item of the table by its keys. */
  private record ItemKey(String pk, String sk) implements Comparable<ItemKey> {
    static ItemKey of(Map<String, AttributeValue> item) {
      return new ItemKey(Items.string(item, OomTable.PK), Items.string(item, OomTable.SK));
    }

    Map<String, AttributeValue> key() {
      return Items.key(pk, sk);
    }

    @Override
    public int compareTo(ItemKey other) {
      int byPartition = pk.compareTo(other.pk);
      return byPartition != 0 ? byPartition : sk.compareTo(other.sk);
    }
  }

  /** The counters an entry is counted in: its store's and the view across stores'. */
  private static List<ItemKey> countersOf(String indexKey, String orderId) {
    String[] f = indexKey.split("\\|", 4);
    if (f[0].equals(IndexKeys.RESERVED)) {
      return List.of(
          new ItemKey(
              WorkListItems.reservedCounts(), WorkListItems.reservedCounter(f[1], orderId)));
    }
    if (!f[0].equals(IndexKeys.ENTRY)) {
      return List.of();
    }
    String counter = WorkListItems.counter(kind(f[1]), orderId);
    return List.of(
        new ItemKey(WorkListItems.storeCounters(f[2]), counter),
        new ItemKey(WorkListItems.allStoresCounters(WorkListItems.shardOf(orderId)), counter));
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
      case IndexKeys.PICKUP ->
          List.of(
              key(
                  WorkListItems.pickupDesk(f[1]),
                  WorkListItems.pickupDeskDay(LocalDate.parse(f[2]), f[3])));
      case IndexKeys.RESERVED ->
          List.of(key(WorkListItems.reserved(f[1]), WorkListItems.reservedSince(f[2], f[3])));
      default -> throw new IllegalStateException("unknown index key " + f[0]);
    };
  }

  /**
   * @param shown what the entry shows (a work item, a desk line, a reserved-stock entry), or null
   */
  private static List<Map<String, AttributeValue>> putsOf(
      String indexKey, Object shown, String orderId) {
    List<Map<String, AttributeValue>> items = deletesOf(indexKey, orderId);
    for (Map<String, AttributeValue> item : items) {
      item.put(WorkListItems.ORDER_ID, s(orderId));
      if (shown != null) {
        item.put(WorkListItems.ITEM, s(StateJson.write(shown)));
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
