package com.oom.core.port;

import com.oom.core.audit.AuditEntry;
import com.oom.core.order.OpenOrder;
import com.oom.core.outbox.OutboxMessage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One atomic write: the new order state (conditional on {@code expectedVersion}; 0 means the order
 * must not exist yet; {@code before} is the state read, null for a new order), its audit entries,
 * its outbox messages, the idempotency record of the command that caused it, and when the timer
 * sweep must look at the order next (null: no timer).
 */
public record OrderChange(
    OpenOrder before,
    OpenOrder order,
    long expectedVersion,
    List<AuditEntry> audit,
    List<OutboxMessage> outbox,
    String idempotencyKey,
    Instant nextTimerAt) {
  public OrderChange {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    audit = List.copyOf(audit);
    outbox = List.copyOf(outbox);
  }
}
