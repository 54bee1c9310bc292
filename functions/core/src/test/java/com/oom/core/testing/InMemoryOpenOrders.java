package com.oom.core.testing;

import com.oom.core.audit.AuditEntry;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.port.AlreadyApplied;
import com.oom.core.port.ConcurrentUpdate;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.OrderChange;
import com.oom.core.port.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The order repository and outbox in memory, with the same atomic-save contract as DynamoDB. */
public final class InMemoryOpenOrders implements OpenOrders, Outbox {
  private int openOrdersReads;
  private final Map<String, OpenOrder> orders = new HashMap<>();
  private final Map<String, Instant> timers = new HashMap<>();
  private final Map<String, List<AuditEntry>> audit = new HashMap<>();
  private final Set<String> applied = new HashSet<>();
  private final Map<String, OutboxMessage> unpublished = new LinkedHashMap<>();
  private Runnable beforeSave = () -> {};

  @Override
  public synchronized Optional<OpenOrder> find(String orderId) {
    return Optional.ofNullable(orders.get(orderId));
  }

  @Override
  public synchronized OpenOrder save(OrderChange change) {
    beforeSave.run();
    String id = change.order().orderId();
    long stored = Optional.ofNullable(orders.get(id)).map(OpenOrder::version).orElse(0L);
    if (stored != change.expectedVersion()) {
      throw new ConcurrentUpdate(id);
    }
    if (applied.contains(change.idempotencyKey())) {
      throw new AlreadyApplied(change.idempotencyKey());
    }
    OpenOrder saved = change.order().withVersion(stored + 1);
    orders.put(id, saved);
    applied.add(change.idempotencyKey());
    audit.computeIfAbsent(id, k -> new ArrayList<>()).addAll(change.audit());
    change.outbox().forEach(m -> unpublished.put(m.outboxId(), m));
    if (change.nextTimerAt() == null) {
      timers.remove(id);
    } else {
      timers.put(id, change.nextTimerAt());
    }
    return saved;
  }

  /** Runs before each save: lets a test change the order underneath a use case. */
  public void beforeSave(Runnable action) {
    beforeSave = action;
  }

  /** Stores an order as is (test setup), version 1. */
  public synchronized OpenOrder put(OpenOrder order) {
    OpenOrder saved = order.withVersion(order.version() + 1);
    orders.put(order.orderId(), saved);
    return saved;
  }

  public synchronized void putTimer(String orderId, Instant dueAt) {
    timers.put(orderId, dueAt);
  }

  public synchronized Optional<Instant> timer(String orderId) {
    return Optional.ofNullable(timers.get(orderId));
  }

  @Override
  public synchronized boolean alreadyApplied(String idempotencyKey) {
    return applied.contains(idempotencyKey);
  }

  @Override
  public synchronized List<AuditEntry> auditTrail(String orderId) {
    return List.copyOf(audit.getOrDefault(orderId, List.of()));
  }

  @Override
  public synchronized Optional<Instant> oldestDueTimer(Instant now) {
    return timers.values().stream().filter(due -> !due.isAfter(now)).min(Instant::compareTo);
  }

  @Override
  public synchronized List<OpenOrder> dueForTimers(Instant now, int limit) {
    return timers.entrySet().stream()
        .filter(e -> !e.getValue().isAfter(now))
        .sorted(Map.Entry.comparingByValue())
        .limit(limit)
        .map(e -> orders.get(e.getKey()))
        .toList();
  }

  /** How many times {@link #openOrders} was called. */
  public synchronized int openOrdersReads() {
    return openOrdersReads;
  }

  @Override
  public synchronized List<OpenOrder> openOrders(String storeId) {
    openOrdersReads++;
    return orders.values().stream()
        .filter(o -> !o.isClosed())
        .filter(o -> storeId == null || o.details().storeId().equals(storeId))
        .sorted(Comparator.comparing(OpenOrder::orderId))
        .toList();
  }

  @Override
  public synchronized List<OpenOrder> openOrdersByPhone(PhoneNumber phone) {
    return orders.values().stream()
        .filter(o -> !o.isClosed())
        .filter(o -> o.details().guest().hasPhone(phone))
        .sorted(
            Comparator.comparing(OpenOrder::firstSeenAt)
                .reversed()
                .thenComparing(OpenOrder::orderId))
        .toList();
  }

  @Override
  public synchronized List<OutboxMessage> unpublished(int limit) {
    return unpublished.values().stream().limit(limit).toList();
  }

  @Override
  public synchronized void markPublished(List<OutboxMessage> messages) {
    messages.forEach(m -> unpublished.remove(m.outboxId()));
  }
}
