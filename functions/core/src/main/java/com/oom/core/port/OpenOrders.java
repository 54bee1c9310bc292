package com.oom.core.port;

import com.oom.core.audit.AuditEntry;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.worklist.IndexedListing;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The repository of orders OOM manages. */
public interface OpenOrders {
  Optional<OpenOrder> find(String orderId);

  /** The orders with these ids that exist, in no particular order. */
  List<OpenOrder> findAll(Collection<String> orderIds);

  /**
   * The order and whether a command was already applied to it, in one read: what every change
   * starts with.
   */
  Loaded load(String orderId, String idempotencyKey);

  /**
   * An order as read before a change, whether the command was applied before, and what the
   * work-list index holds for it (null: nothing written yet, e.g. an order stored before the index
   * existed, or a new one).
   */
  record Loaded(Optional<OpenOrder> order, boolean alreadyApplied, IndexedListing listed) {}

  /**
   * Writes the change atomically and returns the stored order with its new version.
   *
   * @throws ConcurrentUpdate when the stored version is not {@code change.expectedVersion()}
   * @throws AlreadyApplied when the idempotency key was recorded before
   */
  OpenOrder save(OrderChange change);

  /** True when a command with this key was applied (and its effects committed). */
  boolean alreadyApplied(String idempotencyKey);

  /** The append-only audit trail, oldest first. */
  List<AuditEntry> auditTrail(String orderId);

  /** The earliest timer due at or before {@code now} that is still waiting, if any. */
  Optional<Instant> oldestDueTimer(Instant now);

  /** Orders whose next timer is due at or before {@code now}, at most {@code limit}. */
  List<OpenOrder> dueForTimers(Instant now, int limit);

  /** Orders OOM or a store still works (not closed), for one store or all when storeId is null. */
  List<OpenOrder> openOrders(String storeId);

  /**
   * Up to {@code limit} open orders of the store with an id after {@code afterOrderId} (null: from
   * the first), by order id: a walk over the store that can stop and resume (the work-list
   * backfill).
   */
  Slice openOrdersAfter(String storeId, String afterOrderId, int limit);

  /** A part of a walk, and the order id to continue after (null: the walk is complete). */
  record Slice(List<OpenOrder> orders, String lastOrderId) {
    public Slice {
      orders = List.copyOf(orders);
    }
  }

  /** Open orders whose guest has this phone number, newest order first. */
  List<OpenOrder> openOrdersByPhone(PhoneNumber phone);
}
