package com.oom.aws.testing;

import com.oom.aws.dynamo.OomTable;
import com.oom.catalogue.SuiteTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * DynamoDB read and write request units (on-demand RRU / WRU, the same arithmetic as provisioned
 * RCU / WCU) of the requests a client makes, computed from the sizes of the items involved, because
 * moto's {@code ReturnConsumedCapacity} is a constant per operation (1.0 for a Query whatever it
 * reads, 0.5 for an UpdateItem, nothing for TransactWriteItems), not a measurement.
 *
 * <p>The rules (DynamoDB developer guide, "Read/write capacity mode" and "Item sizes"):
 *
 * <ul>
 *   <li>item size = the UTF-8 length of every attribute name plus its value (string: UTF-8 bytes;
 *       number: 1 byte per two significant digits + 1; boolean, null: 1; list, map: 3 + elements +
 *       1 per element);
 *   <li>GetItem and each key of a BatchGetItem: ceil(size / 4 KB) units, at least 1 even when the
 *       item does not exist; a Query: ceil(sum of the sizes of the items it reads / 4 KB), at least
 *       1 (a {@code Select=COUNT} Query reads the items it counts); halved when eventually
 *       consistent (every GSI Query is);
 *   <li>each item written: ceil(max(size before, size after) / 1 KB), at least 1 (a delete of an
 *       item that is not there still costs 1); doubled inside TransactWriteItems;
 *   <li>each GSI (projection ALL) an item is in before or after the write: 1 index write of
 *       ceil(size / 1 KB) when it enters, leaves or is updated in place; 2 (a delete and a put)
 *       when its index key changes; nothing when it is in the index neither before nor after. Index
 *       writes propagate asynchronously and are charged at the standard rate, also for
 *       transactions.
 * </ul>
 *
 * <p>To know the size before and after a write, the meter reads the items written with its own
 * uncounted client before and after the request, so it is off by default ({@link #enabled}); turn
 * it on only where capacity is measured. Failed (cancelled, conditional) writes are not metered.
 */
public final class CapacityMeter implements ExecutionInterceptor {
  private static final int READ_UNIT = 4096;
  private static final int WRITE_UNIT = 1024;
  private static final ExecutionAttribute<List<Write>> WRITES =
      new ExecutionAttribute<>("oom.capacity.writes");

  private final DynamoDbClient raw;
  private final AtomicLong readHalfUnits = new AtomicLong();
  private final AtomicLong writeUnits = new AtomicLong();
  private final AtomicLong indexWriteUnits = new AtomicLong();
  private volatile boolean enabled;

  /**
   * @param raw a client without this interceptor, for the size lookups
   */
  public CapacityMeter(DynamoDbClient raw) {
    this.raw = raw;
  }

  public void enabled(boolean value) {
    enabled = value;
  }

  /** Read request units since the last reset (may end in .5). */
  public double readUnits() {
    return readHalfUnits.get() / 2.0;
  }

  /** Write request units since the last reset, table and index writes together. */
  public long writeUnits() {
    return writeUnits.get();
  }

  /**
   * The part of {@link #writeUnits()} spent on the work-list index's own items (list entries,
   * counters, orders by appointment day and without a next step: {@link #WORK_LIST_INDEX}); the
   * keys the state item records for the index are counted with the state item.
   */
  public long indexWriteUnits() {
    return indexWriteUnits.get();
  }

  public void reset() {
    readHalfUnits.set(0);
    writeUnits.set(0);
    indexWriteUnits.set(0);
  }

  /** Partition-key prefixes of the work-list index's items ({@code dynamo.WorkListItems}). */
  static final List<String> WORK_LIST_INDEX = List.of("WL#", "WLCOUNT#", "APPT#", "NONEXT#");

  private static boolean inWorkListIndex(Map<String, AttributeValue> key) {
    AttributeValue pk = key.get(OomTable.PK);
    return pk != null && pk.s() != null && WORK_LIST_INDEX.stream().anyMatch(pk.s()::startsWith);
  }

  /** One item written: its table, key, whether it is part of a transaction, its size before. */
  private static final class Write {
    final String table;
    final Map<String, AttributeValue> key;
    final boolean transactional;
    Map<String, AttributeValue> before;

    Write(String table, Map<String, AttributeValue> key, boolean transactional) {
      this.table = table;
      this.key = key;
      this.transactional = transactional;
    }
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    if (!enabled) {
      return;
    }
    List<Write> writes = writesOf(context.request());
    if (writes.isEmpty()) {
      return;
    }
    writes.forEach(w -> w.before = lookUp(w.table, w.key));
    attributes.putAttribute(WRITES, writes);
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    if (!enabled) {
      return;
    }
    List<Write> writes = attributes.getAttribute(WRITES);
    if (writes != null) {
      for (Write write : writes) {
        long units = writeUnitsOf(write, lookUp(write.table, write.key));
        writeUnits.addAndGet(units);
        if (inWorkListIndex(write.key)) {
          indexWriteUnits.addAndGet(units);
        }
      }
      return;
    }
    readHalfUnits.addAndGet(readHalfUnitsOf(context.request(), context.response()));
  }

  private long readHalfUnitsOf(SdkRequest request, SdkResponse response) {
    return switch (response) {
      case GetItemResponse get -> {
        boolean consistent = Boolean.TRUE.equals(((GetItemRequest) request).consistentRead());
        yield halfUnits(get.hasItem() ? size(get.item()) : 0, consistent);
      }
      case BatchGetItemResponse batch -> {
        long units = 0;
        for (var entry : ((BatchGetItemRequest) request).requestItems().entrySet()) {
          boolean consistent = Boolean.TRUE.equals(entry.getValue().consistentRead());
          List<Map<String, AttributeValue>> found =
              batch.responses().getOrDefault(entry.getKey(), List.of());
          for (Map<String, AttributeValue> key : entry.getValue().keys()) {
            Map<String, AttributeValue> item =
                found.stream().filter(i -> sameKey(i, key)).findFirst().orElse(null);
            units += halfUnits(item == null ? 0 : size(item), consistent);
          }
        }
        yield units;
      }
      case QueryResponse query -> {
        QueryRequest queryRequest = (QueryRequest) request;
        boolean consistent =
            queryRequest.indexName() == null && Boolean.TRUE.equals(queryRequest.consistentRead());
        List<Map<String, AttributeValue>> items =
            queryRequest.select() == Select.COUNT
                ? raw.query(queryRequest.toBuilder().select(Select.ALL_ATTRIBUTES).build()).items()
                : query.items();
        yield halfUnits(items.stream().mapToLong(CapacityMeter::size).sum(), consistent);
      }
      default -> 0;
    };
  }

  private static long halfUnits(long bytes, boolean consistent) {
    long units = Math.max(1, ceil(bytes, READ_UNIT));
    return consistent ? 2 * units : units;
  }

  private static long writeUnitsOf(Write write, Map<String, AttributeValue> after) {
    long before = write.before == null ? 0 : size(write.before);
    long now = after == null ? 0 : size(after);
    long units = Math.max(1, ceil(Math.max(before, now), WRITE_UNIT));
    if (write.transactional) {
      units *= 2;
    }
    if (Objects.equals(write.before, after)) {
      return units;
    }
    for (SuiteTable.Index index : OomTable.INDEXES) {
      Map<String, AttributeValue> oldKey = indexKey(index, write.before);
      Map<String, AttributeValue> newKey = indexKey(index, after);
      if (oldKey != null && newKey != null && !oldKey.equals(newKey)) {
        units += ceil(before, WRITE_UNIT) + ceil(now, WRITE_UNIT);
      } else if (newKey != null) {
        units += ceil(now, WRITE_UNIT);
      } else if (oldKey != null) {
        units += ceil(before, WRITE_UNIT);
      }
    }
    return units;
  }

  private static Map<String, AttributeValue> indexKey(
      SuiteTable.Index index, Map<String, AttributeValue> item) {
    if (item == null
        || !item.containsKey(index.partitionAttribute())
        || !item.containsKey(index.sortAttribute())) {
      return null;
    }
    return Map.of(
        index.partitionAttribute(), item.get(index.partitionAttribute()),
        index.sortAttribute(), item.get(index.sortAttribute()));
  }

  private static List<Write> writesOf(SdkRequest request) {
    List<Write> writes = new ArrayList<>();
    switch (request) {
      case PutItemRequest put -> writes.add(new Write(put.tableName(), keyOf(put.item()), false));
      case UpdateItemRequest update ->
          writes.add(new Write(update.tableName(), update.key(), false));
      case DeleteItemRequest delete ->
          writes.add(new Write(delete.tableName(), delete.key(), false));
      case BatchWriteItemRequest batch ->
          batch
              .requestItems()
              .forEach(
                  (table, requests) -> {
                    for (WriteRequest w : requests) {
                      writes.add(
                          new Write(
                              table,
                              w.putRequest() != null
                                  ? keyOf(w.putRequest().item())
                                  : w.deleteRequest().key(),
                              false));
                    }
                  });
      case TransactWriteItemsRequest transaction -> {
        for (TransactWriteItem item : transaction.transactItems()) {
          if (item.put() != null) {
            writes.add(new Write(item.put().tableName(), keyOf(item.put().item()), true));
          } else if (item.update() != null) {
            writes.add(new Write(item.update().tableName(), item.update().key(), true));
          } else if (item.delete() != null) {
            writes.add(new Write(item.delete().tableName(), item.delete().key(), true));
          }
        }
      }
      default -> {}
    }
    return writes;
  }

  private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put(OomTable.PK, item.get(OomTable.PK));
    key.put(OomTable.SK, item.get(OomTable.SK));
    return key;
  }

  private static boolean sameKey(
      Map<String, AttributeValue> item, Map<String, AttributeValue> key) {
    return key.entrySet().stream().allMatch(e -> e.getValue().equals(item.get(e.getKey())));
  }

  private Map<String, AttributeValue> lookUp(String table, Map<String, AttributeValue> key) {
    GetItemResponse response = raw.getItem(b -> b.tableName(table).key(key).consistentRead(true));
    return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
  }

  private static long ceil(long bytes, int unit) {
    return (bytes + unit - 1) / unit;
  }

  /** An item's size as DynamoDB counts it. */
  public static long size(Map<String, AttributeValue> item) {
    long size = 0;
    for (var attribute : item.entrySet()) {
      size += utf8(attribute.getKey()) + valueSize(attribute.getValue());
    }
    return size;
  }

  private static long valueSize(AttributeValue value) {
    if (value.s() != null) {
      return utf8(value.s());
    }
    if (value.n() != null) {
      return numberSize(value.n());
    }
    if (value.bool() != null || Boolean.TRUE.equals(value.nul())) {
      return 1;
    }
    if (value.b() != null) {
      return value.b().asByteArray().length;
    }
    if (value.hasSs()) {
      return value.ss().stream().mapToLong(CapacityMeter::utf8).sum();
    }
    if (value.hasNs()) {
      return value.ns().stream().mapToLong(CapacityMeter::numberSize).sum();
    }
    if (value.hasL()) {
      return 3 + value.l().stream().mapToLong(v -> 1 + valueSize(v)).sum();
    }
    if (value.hasM()) {
      return 3
          + value.m().entrySet().stream()
              .mapToLong(e -> 1 + utf8(e.getKey()) + valueSize(e.getValue()))
              .sum();
    }
    return 0;
  }

  private static long numberSize(String number) {
    String digits = number.replaceAll("[^0-9]", "").replaceAll("^0+", "").replaceAll("0+$", "");
    return (digits.length() + 1) / 2 + 1;
  }

  private static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
