package com.oom.aws.dynamo;

import static com.oom.aws.dynamo.Items.key;
import static com.oom.aws.dynamo.Items.millis;
import static com.oom.aws.dynamo.Items.n;
import static com.oom.aws.dynamo.Items.s;

import com.oom.aws.wire.outbox.OutboxWire;
import com.oom.core.audit.AuditEntry;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.port.AlreadyApplied;
import com.oom.core.port.ConcurrentUpdate;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.OrderChange;
import com.oom.core.port.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Orders, their audit trails, idempotency records, phone index and outbox in the single table.
 * Every change is one {@code TransactWriteItems}: the state (conditional on its version), the
 * idempotency record (conditional on not existing), the audit entries, the outbox messages and the
 * phone index.
 */
final class DynamoOpenOrders implements OpenOrders, Outbox {
  static final Duration IDEMPOTENCY_TTL = Duration.ofDays(14);
  private static final int STATE_ITEM = 0;
  private static final int IDEMPOTENCY_ITEM = 1;

  static final Comparator<OpenOrder> NEWEST_FIRST =
      Comparator.comparing(OpenOrder::firstSeenAt).reversed().thenComparing(OpenOrder::orderId);

  private final DynamoDbClient dynamo;
  private final String table;
  private final List<String> storeIds;
  private final Clock clock;
  private final WorkListWrites workListWrites;

  DynamoOpenOrders(DynamoDbClient dynamo, String table, List<String> storeIds, Clock clock) {
    this.workListWrites = new WorkListWrites(table);
    this.dynamo = dynamo;
    this.table = table;
    this.storeIds = List.copyOf(storeIds);
    this.clock = clock;
  }

  @Override
  public Optional<OpenOrder> find(String orderId) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                b ->
                    b.tableName(table)
                        .key(key(Items.order(orderId), Items.STATE))
                        .consistentRead(true))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(orderFrom(item));
  }

  @Override
  public List<OpenOrder> findAll(Collection<String> orderIds) {
    return batchGet(
            orderIds.stream().distinct().map(id -> key(Items.order(id), Items.STATE)).toList())
        .stream()
        .map(DynamoOpenOrders::orderFrom)
        .toList();
  }

  /** The state and the idempotency record in one BatchGetItem. */
  @Override
  public Loaded load(String orderId, String idempotencyKey) {
    Map<String, AttributeValue> stateKey = key(Items.order(orderId), Items.STATE);
    Map<String, AttributeValue> idempotencyKeyItem =
        key(Items.idempotency(idempotencyKey), Items.IDEMPOTENCY);
    List<Map<String, AttributeValue>> found = batchGet(List.of(stateKey, idempotencyKeyItem));
    Optional<OpenOrder> order =
        found.stream()
            .filter(i -> Items.STATE.equals(Items.string(i, OomTable.SK)))
            .findFirst()
            .map(DynamoOpenOrders::orderFrom);
    boolean applied =
        found.stream().anyMatch(i -> Items.IDEMPOTENCY.equals(Items.string(i, OomTable.SK)));
    return new Loaded(
        order,
        applied,
        found.stream()
            .filter(i -> Items.STATE.equals(Items.string(i, OomTable.SK)))
            .findFirst()
            .map(WorkListWrites::readFrom)
            .orElse(null));
  }

  @Override
  public boolean alreadyApplied(String idempotencyKey) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                b ->
                    b.tableName(table)
                        .key(key(Items.idempotency(idempotencyKey), Items.IDEMPOTENCY))
                        .consistentRead(true))
            .item();
    return item != null && !item.isEmpty();
  }

  @Override
  public OpenOrder save(OrderChange change) {
    OpenOrder saved = change.order().withVersion(change.expectedVersion() + 1);
    Instant now = clock.instant();
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(TransactWriteItem.builder().put(statePut(saved, change)).build());
    writes.add(
        TransactWriteItem.builder().put(idempotencyPut(change.idempotencyKey(), now)).build());
    for (AuditEntry entry : change.audit()) {
      writes.add(put(auditItem(entry)));
    }
    for (OutboxMessage message : change.outbox()) {
      writes.add(put(outboxItem(message, now)));
    }
    writes.addAll(phoneIndexWrites(change.before(), saved));
    writes.addAll(workListWrites.of(change.listedBefore(), change.listing()));
    try {
      dynamo.transactWriteItems(b -> b.transactItems(writes));
    } catch (TransactionCanceledException cancelled) {
      throw translate(cancelled, change);
    }
    return saved;
  }

  private RuntimeException translate(TransactionCanceledException cancelled, OrderChange change) {
    List<CancellationReason> reasons = cancelled.cancellationReasons();
    if (failed(reasons, IDEMPOTENCY_ITEM)) {
      return new AlreadyApplied(change.idempotencyKey());
    }
    if (failed(reasons, STATE_ITEM) || conflicted(reasons)) {
      return new ConcurrentUpdate(change.order().orderId());
    }
    return cancelled;
  }

  /** Another transaction was writing one of the items (a list's counter, most likely). */
  private static boolean conflicted(List<CancellationReason> reasons) {
    return reasons != null
        && reasons.stream().anyMatch(r -> "TransactionConflict".equals(r.code()));
  }

  private static boolean failed(List<CancellationReason> reasons, int index) {
    return reasons != null
        && reasons.size() > index
        && "ConditionalCheckFailed".equals(reasons.get(index).code());
  }

  private Put statePut(OpenOrder saved, OrderChange change) {
    Map<String, AttributeValue> item = key(Items.order(saved.orderId()), Items.STATE);
    item.put("orderId", s(saved.orderId()));
    item.put("version", n(saved.version()));
    item.put("sequence", n(saved.sequence()));
    item.put("state", s(StateJson.write(saved)));
    WorkListWrites.recordOn(item, change.listing());
    if (!saved.isClosed()) {
      item.put(
          OomTable.OPEN_BY_STORE.partitionAttribute(), s("STORE#" + saved.details().storeId()));
    }
    if (change.nextTimerAt() != null) {
      item.put(OomTable.TIMERS.partitionAttribute(), s(OomTable.TIMERS.shardOf(saved.orderId())));
      item.put(OomTable.TIMERS.sortAttribute(), n(change.nextTimerAt().toEpochMilli()));
    }
    Put.Builder put = Put.builder().tableName(table).item(item);
    if (change.expectedVersion() == 0) {
      put.conditionExpression("attribute_not_exists(PK)");
    } else {
      put.conditionExpression("version = :expected")
          .expressionAttributeValues(Map.of(":expected", n(change.expectedVersion())));
    }
    return put.build();
  }

  private Put idempotencyPut(String idempotencyKey, Instant now) {
    Map<String, AttributeValue> item = key(Items.idempotency(idempotencyKey), Items.IDEMPOTENCY);
    item.put(OomTable.TTL, n(now.plus(IDEMPOTENCY_TTL).getEpochSecond()));
    return Put.builder()
        .tableName(table)
        .item(item)
        .conditionExpression("attribute_not_exists(PK)")
        .build();
  }

  private static Map<String, AttributeValue> auditItem(AuditEntry entry) {
    Map<String, AttributeValue> item =
        key(Items.order(entry.orderId()), "AUDIT#" + millis(entry.at()) + "#" + entry.auditId());
    item.put("entry", s(StateJson.write(entry)));
    return item;
  }

  private static Map<String, AttributeValue> outboxItem(OutboxMessage message, Instant now) {
    return OutboxItems.item(message, now);
  }

  /**
   * Index items PHONE#number / ORDER#id, written only when the set of numbers changes: a new number
   * is added, a removed one deleted, all deleted once the order is closed.
   */
  private List<TransactWriteItem> phoneIndexWrites(OpenOrder before, OpenOrder after) {
    Set<PhoneNumber> previous = phonesIndexed(before);
    Set<PhoneNumber> current = phonesIndexed(after);
    List<TransactWriteItem> writes = new ArrayList<>();
    for (PhoneNumber added : current) {
      if (!previous.contains(added)) {
        Map<String, AttributeValue> item =
            key(Items.phone(added.value()), Items.order(after.orderId()));
        item.put("orderId", s(after.orderId()));
        writes.add(put(item));
      }
    }
    for (PhoneNumber removed : previous) {
      if (!current.contains(removed)) {
        writes.add(
            TransactWriteItem.builder()
                .delete(
                    Delete.builder()
                        .tableName(table)
                        .key(key(Items.phone(removed.value()), Items.order(after.orderId())))
                        .build())
                .build());
      }
    }
    return writes;
  }

  private static Set<PhoneNumber> phonesIndexed(OpenOrder order) {
    if (order == null || order.isClosed()) {
      return Set.of();
    }
    return order.details().guest().phones().stream()
        .map(GuestPhone::number)
        .collect(Collectors.toSet());
  }

  private TransactWriteItem put(Map<String, AttributeValue> item) {
    return TransactWriteItem.builder()
        .put(Put.builder().tableName(table).item(item).build())
        .build();
  }

  @Override
  public List<AuditEntry> auditTrail(String orderId) {
    return queryAll(
            QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(
                    Map.of(":pk", s(Items.order(orderId)), ":prefix", s("AUDIT#")))
                .consistentRead(true)
                .build())
        .stream()
        .map(item -> StateJson.read(Items.string(item, "entry"), AuditEntry.class))
        .toList();
  }

  /** One Query per timer shard for its earliest due item (Limit 1). */
  @Override
  public Optional<Instant> oldestDueTimer(Instant now) {
    return OomTable.TIMERS.allShards().stream()
        .flatMap(shard -> dueInShard(shard, now, 1).stream())
        .map(item -> Items.number(item, OomTable.TIMERS.sortAttribute()))
        .min(Long::compare)
        .map(Instant::ofEpochMilli);
  }

  /** The items of one timer shard due at or before {@code now}, earliest first. */
  private List<Map<String, AttributeValue>> dueInShard(String shard, Instant now, int limit) {
    return dynamo
        .query(
            b ->
                b.tableName(table)
                    .indexName(OomTable.TIMERS.name())
                    .keyConditionExpression("#shard = :shard AND #due <= :now")
                    .expressionAttributeNames(
                        Map.of(
                            "#shard", OomTable.TIMERS.partitionAttribute(),
                            "#due", OomTable.TIMERS.sortAttribute()))
                    .expressionAttributeValues(
                        Map.of(":shard", s(shard), ":now", n(now.toEpochMilli())))
                    .scanIndexForward(true)
                    .limit(limit))
        .items();
  }

  /** One Query per timer shard, each reading only what is due: cost follows what is due. */
  @Override
  public List<OpenOrder> dueForTimers(Instant now, int limit) {
    List<Map<String, AttributeValue>> due = new ArrayList<>();
    for (String shard : OomTable.TIMERS.allShards()) {
      due.addAll(dueInShard(shard, now, limit));
    }
    return due.stream()
        .sorted(Comparator.comparingLong(i -> Items.number(i, OomTable.TIMERS.sortAttribute())))
        .limit(limit)
        .map(DynamoOpenOrders::orderFrom)
        .toList();
  }

  @Override
  public List<OpenOrder> openOrders(String storeId) {
    List<String> stores = storeId == null ? storeIds : List.of(storeId);
    List<OpenOrder> open = new ArrayList<>();
    for (String store : stores) {
      queryAll(
              QueryRequest.builder()
                  .tableName(table)
                  .indexName(OomTable.OPEN_BY_STORE.name())
                  .keyConditionExpression("#store = :store")
                  .expressionAttributeNames(
                      Map.of("#store", OomTable.OPEN_BY_STORE.partitionAttribute()))
                  .expressionAttributeValues(Map.of(":store", s("STORE#" + store)))
                  .build())
          .forEach(item -> open.add(orderFrom(item)));
    }
    return open;
  }

  /** A page of the store's open-orders index, resumed after an order id (its keys are known). */
  @Override
  public Slice openOrdersAfter(String storeId, String afterOrderId, int limit) {
    String partition = "STORE#" + storeId;
    QueryRequest.Builder request =
        QueryRequest.builder()
            .tableName(table)
            .indexName(OomTable.OPEN_BY_STORE.name())
            .keyConditionExpression("#store = :store")
            .expressionAttributeNames(Map.of("#store", OomTable.OPEN_BY_STORE.partitionAttribute()))
            .expressionAttributeValues(Map.of(":store", s(partition)))
            .limit(limit);
    if (afterOrderId != null) {
      Map<String, AttributeValue> start = key(Items.order(afterOrderId), Items.STATE);
      start.put(OomTable.OPEN_BY_STORE.partitionAttribute(), s(partition));
      start.put(OomTable.OPEN_BY_STORE.sortAttribute(), s(afterOrderId));
      request.exclusiveStartKey(start);
    }
    QueryResponse page = dynamo.query(request.build());
    List<OpenOrder> open = page.items().stream().map(DynamoOpenOrders::orderFrom).toList();
    boolean more = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty();
    return new Slice(open, more && !open.isEmpty() ? open.getLast().orderId() : null);
  }

  @Override
  public List<OpenOrder> openOrdersByPhone(PhoneNumber phone) {
    List<Map<String, AttributeValue>> index =
        queryAll(
            QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(
                    Map.of(":pk", s(Items.phone(phone.value())), ":prefix", s("ORDER#")))
                .build());
    if (index.isEmpty()) {
      return List.of();
    }
    List<Map<String, AttributeValue>> keys =
        index.stream().map(i -> key(Items.order(Items.string(i, "orderId")), Items.STATE)).toList();
    return batchGet(keys).stream()
        .map(DynamoOpenOrders::orderFrom)
        .filter(o -> !o.isClosed())
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public List<OutboxMessage> unpublished(int limit) {
    List<Map<String, AttributeValue>> pending = new ArrayList<>();
    for (String shard : OomTable.OUTBOX.allShards()) {
      pending.addAll(
          dynamo
              .query(
                  b ->
                      b.tableName(table)
                          .indexName(OomTable.OUTBOX.name())
                          .keyConditionExpression("#shard = :shard")
                          .expressionAttributeNames(
                              Map.of("#shard", OomTable.OUTBOX.partitionAttribute()))
                          .expressionAttributeValues(Map.of(":shard", s(shard)))
                          .limit(limit))
              .items());
    }
    return pending.stream()
        .sorted(Comparator.comparingLong(i -> Items.number(i, OomTable.OUTBOX.sortAttribute())))
        .limit(limit)
        .map(DynamoOpenOrders::outboxFrom)
        .toList();
  }

  /** Published messages leave the outbox: BatchWriteItem deletes, 25 at a time. */
  @Override
  public void markPublished(List<OutboxMessage> messages) {
    for (int from = 0; from < messages.size(); from += 25) {
      List<WriteRequest> deletes =
          messages.subList(from, Math.min(messages.size(), from + 25)).stream()
              .map(
                  m ->
                      WriteRequest.builder()
                          .deleteRequest(DeleteRequest.builder().key(OutboxItems.key(m)).build())
                          .build())
              .toList();
      Map<String, List<WriteRequest>> request = Map.of(table, deletes);
      while (!request.isEmpty()) {
        Map<String, List<WriteRequest>> current = request;
        BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(current));
        request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
      }
    }
  }

  private List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += 100) {
      Map<String, KeysAndAttributes> request =
          Map.of(
              table,
              KeysAndAttributes.builder()
                  .keys(keys.subList(from, Math.min(keys.size(), from + 100)))
                  .consistentRead(true)
                  .build());
      while (!request.isEmpty()) {
        Map<String, KeysAndAttributes> current = request;
        BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(current));
        found.addAll(response.responses().getOrDefault(table, List.of()));
        request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      }
    }
    return found;
  }

  private List<Map<String, AttributeValue>> queryAll(QueryRequest request) {
    return Items.queryAll(dynamo, request);
  }

  static OpenOrder orderFrom(Map<String, AttributeValue> item) {
    OpenOrder order = StateJson.read(Items.string(item, "state"), OpenOrder.class);
    return order.withVersion(Items.number(item, "version"));
  }

  static OutboxMessage outboxFrom(Map<String, AttributeValue> item) {
    return OutboxWire.read(Items.string(item, "type"), Items.string(item, "payload"));
  }
}
