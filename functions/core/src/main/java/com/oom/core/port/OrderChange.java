package com.oom.core.port;

import com.oom.core.audit.AuditEntry;
import com.oom.core.order.OpenOrder;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.worklist.IndexedListing;
import com.oom.core.worklist.Listing;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One atomic write: the new order state (conditional on {@code expectedVersion}; 0 means the order
 * must not exist yet; {@code before} is the state read, null for a new order), its audit entries,
 * its outbox messages, the idempotency record of the command that caused it, and when the timer
 * sweep must look at the order next (null: no timer). The work-list index is rewritten in the same
 * write: {@code listedBefore} is what it held (null: nothing), {@code listing} what it holds after.
 */
public record OrderChange(
    OpenOrder before,
    OpenOrder order,
    long expectedVersion,
    List<AuditEntry> audit,
    List<OutboxMessage> outbox,
    String idempotencyKey,
    Instant nextTimerAt,
    IndexedListing listedBefore,
    Listing listing) {
  public OrderChange {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(listing, "listing");
    audit = List.copyOf(audit);
    outbox = List.copyOf(outbox);
  }

  /**
   * A change that leaves the order off every work list (a tool or a test writing state directly);
   * the next change through {@code OrderTransactions} lists it.
   */
  public OrderChange(
      OpenOrder before,
      OpenOrder order,
      long expectedVersion,
      List<AuditEntry> audit,
      List<OutboxMessage> outbox,
      String idempotencyKey,
      Instant nextTimerAt) {
    this(
        before,
        order,
        expectedVersion,
        audit,
        outbox,
        idempotencyKey,
        nextTimerAt,
        null,
        Listing.none(order.orderId(), order.details().storeId()));
  }
}
