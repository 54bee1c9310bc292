package com.oom.aws.dynamo;

import static com.oom.aws.dynamo.Items.s;

import com.oom.catalogue.SuiteTable;
import com.oom.core.port.WorkListIndex;
import com.oom.core.worklist.ListEntry;
import com.oom.core.worklist.PickupDeskItem;
import com.oom.core.worklist.ReservedStock;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads of the work-list index ({@link WorkListItems}), all strongly consistent, so an agent's own
 * change is in the next page they ask for. A page reads one partition per store asked for (every
 * store: the {@link SuiteTable#WORK_LIST_SHARDS} partitions of the view across stores), at most
 * {@code limit + 1} entries from each, the partitions side by side.
 */
final class DynamoWorkListIndex implements WorkListIndex {
  private final DynamoDbClient dynamo;
  private final String table;

  DynamoWorkListIndex(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Page page(WorkListKind kind, List<String> stores, String afterRank, int limit) {
    List<String> partitions =
        stores == null
            ? IntStream.range(0, SuiteTable.WORK_LIST_SHARDS)
                .mapToObj(shard -> WorkListItems.allStoresList(kind, shard))
                .toList()
            : stores.stream().map(store -> WorkListItems.storeList(kind, store)).toList();
    List<Map<String, AttributeValue>> read =
        new ArrayList<>(eachOf(partitions, partition -> firstOf(partition, afterRank, limit + 1)));
    read.sort(Comparator.comparing(item -> Items.string(item, OomTable.SK)));
    List<ListEntry> entries =
        read.stream()
            .limit(limit)
            .map(
                item ->
                    new ListEntry(
                        StateJson.read(Items.string(item, WorkListItems.ITEM), WorkItem.class),
                        Items.string(item, OomTable.SK)))
            .toList();
    return new Page(entries, read.size() > limit);
  }

  /**
   * The items {@code read} returns for every partition: one at once on the caller's thread, more at
   * once on virtual threads (a page of every store reads its 4 shards side by side, not one after
   * another).
   */
  private static List<Map<String, AttributeValue>> eachOf(
      List<String> partitions, Function<String, List<Map<String, AttributeValue>>> read) {
    if (partitions.size() == 1) {
      return read.apply(partitions.getFirst());
    }
    try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<List<Map<String, AttributeValue>>>> reads =
          partitions.stream().map(p -> readers.submit(() -> read.apply(p))).toList();
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      for (Future<List<Map<String, AttributeValue>>> one : reads) {
        items.addAll(one.get());
      }
      return items;
    } catch (ExecutionException failed) {
      throw failed.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted reading the work-list index", interrupted);
    }
  }

  /** Up to {@code limit} items of one partition ranked after {@code afterRank}. */
  private List<Map<String, AttributeValue>> firstOf(String partition, String afterRank, int limit) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":pk", s(partition));
    String condition = "PK = :pk";
    if (afterRank != null) {
      condition += " AND SK > :after";
      values.put(":after", s(afterRank));
    }
    QueryRequest request =
        QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression(condition)
            .expressionAttributeValues(values)
            .consistentRead(true)
            .limit(limit)
            .build();
    return dynamo.query(request).items();
  }

  @Override
  public Map<WorkListKind, Long> sizes(List<String> stores) {
    List<String> partitions =
        stores == null
            ? IntStream.range(0, SuiteTable.WORK_LIST_SHARDS)
                .mapToObj(WorkListItems::allStoresCounters)
                .toList()
            : stores.stream().map(WorkListItems::storeCounters).toList();
    Map<WorkListKind, Long> sizes = new EnumMap<>(WorkListKind.class);
    for (WorkListKind kind : WorkListKind.values()) {
      sizes.put(kind, 0L);
    }
    for (Map<String, AttributeValue> counter : eachOf(partitions, this::all)) {
      String slug = Items.string(counter, OomTable.SK).split("#", 2)[0];
      WorkListKind.fromSlug(slug)
          .ifPresent(
              kind -> sizes.merge(kind, Items.number(counter, WorkListItems.COUNT), Long::sum));
    }
    return sizes;
  }

  @Override
  public List<String> appointmentsBetween(String storeId, LocalDate from, LocalDate to) {
    return days(WorkListItems.appointments(storeId), from, to).stream()
        .map(item -> Items.string(item, WorkListItems.ORDER_ID))
        .toList();
  }

  @Override
  public List<String> withoutNextStep(String storeId) {
    return all(WorkListItems.withoutNextStep(storeId)).stream()
        .map(item -> Items.string(item, WorkListItems.ORDER_ID))
        .sorted()
        .toList();
  }

  @Override
  public List<PickupDeskItem> pickupDesk(String locationId, LocalDate from, LocalDate to) {
    return days(WorkListItems.pickupDesk(locationId), from, to).stream()
        .map(item -> StateJson.read(Items.string(item, WorkListItems.ITEM), PickupDeskItem.class))
        .toList();
  }

  @Override
  public Map<String, Long> reservedStockCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (Map<String, AttributeValue> counter : all(WorkListItems.reservedCounts())) {
      String location = Items.string(counter, OomTable.SK).split("#", 2)[0];
      counts.merge(location, Items.number(counter, WorkListItems.COUNT), Long::sum);
    }
    return counts;
  }

  @Override
  public Optional<ReservedStock> oldestReservedStock(String locationId) {
    List<Map<String, AttributeValue>> first =
        dynamo
            .query(
                QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(WorkListItems.reserved(locationId))))
                    .consistentRead(true)
                    .limit(1)
                    .build())
            .items();
    return first.stream()
        .findFirst()
        .map(item -> StateJson.read(Items.string(item, WorkListItems.ITEM), ReservedStock.class));
  }

  private List<Map<String, AttributeValue>> all(String partition) {
    return query(
        QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("PK = :pk")
            .expressionAttributeValues(Map.of(":pk", s(partition)))
            .consistentRead(true)
            .build());
  }

  private List<Map<String, AttributeValue>> query(QueryRequest request) {
    return Items.queryAll(dynamo, request);
  }

  private static final String BACKFILL = "BACKFILL#WORK-LISTS";
  private static final String POSITION = "position";

  @Override
  public Optional<String> backfillPosition() {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                b -> b.tableName(table).key(Items.key(BACKFILL, Items.LATEST)).consistentRead(true))
            .item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(Items.string(item, POSITION));
  }

  @Override
  public void saveBackfillPosition(String position) {
    Map<String, AttributeValue> item = Items.key(BACKFILL, Items.LATEST);
    item.put(POSITION, s(position));
    dynamo.putItem(b -> b.tableName(table).item(item));
  }

  /** The entries of a partition keyed {@code <date>#<orderId>}, from {@code from} to {@code to}. */
  private List<Map<String, AttributeValue>> days(String partition, LocalDate from, LocalDate to) {
    return query(
        QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("PK = :pk AND SK BETWEEN :from AND :to")
            .expressionAttributeValues(
                Map.of(
                    ":pk", s(partition),
                    ":from", s(from + "#"),
                    ":to", s(to + "#\uffff")))
            .consistentRead(true)
            .build());
  }
}
