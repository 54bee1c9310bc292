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
import com.oom.core.port.WorkListIndex;
import com.oom.core.worklist.ListEntry;
import com.oom.core.worklist.Listing;
import com.oom.core.worklist.PickupDeskItem;
import com.oom.core.worklist.ReservedStock;
import com.oom.core.worklist.WorkListKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The order repository and outbox in memory, with the same atomic-save contract as DynamoDB. */
public final class InMemoryOpenOrders implements OpenOrders, Outbox, WorkListIndex {
  private int openOrdersReads;
  private final Map<String, OpenOrder> orders = new HashMap<>();
  private final Map<String, Instant> timers = new HashMap<>();
  private final Map<String, List<AuditEntry>> audit = new HashMap<>();
  private final Set<String> applied = new HashSet<>();
  private final Map<String, OutboxMessage> unpublished = new LinkedHashMap<>();
  private final Map<String, Listing> listings = new HashMap<>();
  private String backfillPosition;
  private Runnable beforeSave = () -> {};

  @Override
  public synchronized Optional<OpenOrder> find(String orderId) {
    return Optional.ofNullable(orders.get(orderId));
  }

  @Override
  public synchronized List<OpenOrder> findAll(Collection<String> orderIds) {
    return orderIds.stream().distinct().map(orders::get).filter(Objects::nonNull).toList();
  }

  @Override
  public synchronized Loaded load(String orderId, String idempotencyKey) {
    Listing listed = listings.get(orderId);
    return new Loaded(
        find(orderId), alreadyApplied(idempotencyKey), listed == null ? null : listed.indexed());
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
    listings.put(id, change.listing());
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

  /** Puts messages in the outbox without an order change (the SMS log's and opt-outs' events). */
  public synchronized void addToOutbox(List<? extends OutboxMessage> messages) {
    messages.forEach(m -> unpublished.put(m.outboxId(), m));
  }

  @Override
  public synchronized List<OutboxMessage> unpublished(int limit) {
    return unpublished.values().stream().limit(limit).toList();
  }

  @Override
  public synchronized void markPublished(List<OutboxMessage> messages) {
    messages.forEach(m -> unpublished.remove(m.outboxId()));
  }

  // The work-list index, from the listing each change wrote.

  @Override
  public synchronized Page page(
      WorkListKind kind, List<String> stores, String afterRank, int limit) {
    List<ListEntry> ranked =
        entries(kind, stores)
            .filter(e -> afterRank == null || e.rank().compareTo(afterRank) > 0)
            .sorted(Comparator.comparing(ListEntry::rank))
            .toList();
    return new Page(ranked.stream().limit(limit).toList(), ranked.size() > limit);
  }

  @Override
  public synchronized Map<WorkListKind, Long> sizes(List<String> stores) {
    Map<WorkListKind, Long> sizes = new EnumMap<>(WorkListKind.class);
    for (WorkListKind kind : WorkListKind.values()) {
      sizes.put(kind, entries(kind, stores).count());
    }
    return sizes;
  }

  private Stream<ListEntry> entries(WorkListKind kind, List<String> stores) {
    return listings.values().stream()
        .filter(l -> stores == null || stores.contains(l.storeId()))
        .flatMap(l -> l.entries().stream())
        .filter(e -> e.kind() == kind);
  }

  @Override
  public synchronized List<String> appointmentsBetween(
      String storeId, LocalDate from, LocalDate to) {
    return listings.values().stream()
        .filter(l -> l.storeId().equals(storeId) && l.appointmentDate() != null)
        .filter(l -> !l.appointmentDate().isBefore(from) && !l.appointmentDate().isAfter(to))
        .map(Listing::orderId)
        .sorted()
        .toList();
  }

  @Override
  public synchronized List<String> withoutNextStep(String storeId) {
    return listings.values().stream()
        .filter(l -> l.storeId().equals(storeId) && l.withoutNextStep())
        .map(Listing::orderId)
        .sorted()
        .toList();
  }

  @Override
  public synchronized List<PickupDeskItem> pickupDesk(
      String locationId, LocalDate from, LocalDate to) {
    return listings.values().stream()
        .map(Listing::pickup)
        .filter(p -> p != null && p.locationId().equals(locationId))
        .filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to))
        .sorted(Comparator.comparing(PickupDeskItem::date).thenComparing(PickupDeskItem::orderId))
        .toList();
  }

  @Override
  public synchronized Map<String, Long> reservedStockCounts() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    listings.values().stream()
        .map(Listing::reserved)
        .filter(Objects::nonNull)
        .forEach(r -> counts.merge(r.locationId(), 1L, Long::sum));
    return counts;
  }

  @Override
  public synchronized Optional<ReservedStock> oldestReservedStock(String locationId) {
    return listings.values().stream()
        .map(Listing::reserved)
        .filter(r -> r != null && r.locationId().equals(locationId))
        .min(
            Comparator.comparing(ReservedStock::availableSince)
                .thenComparing(ReservedStock::orderId));
  }

  @Override
  public synchronized Optional<String> backfillPosition() {
    return Optional.ofNullable(backfillPosition);
  }

  @Override
  public synchronized void saveBackfillPosition(String position) {
    backfillPosition = position;
  }

  @Override
  public synchronized Slice openOrdersAfter(String storeId, String afterOrderId, int limit) {
    List<OpenOrder> after =
        openOrders(storeId).stream()
            .filter(o -> afterOrderId == null || o.orderId().compareTo(afterOrderId) > 0)
            .toList();
    List<OpenOrder> slice = after.stream().limit(limit).toList();
    return new Slice(
        slice, after.size() > limit && !slice.isEmpty() ? slice.getLast().orderId() : null);
  }
}
