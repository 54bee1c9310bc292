package com.oom.core.audit;

import com.oom.core.order.Actor;
import com.oom.core.order.OrderEvent.FieldChange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of an order's append-only audit trail: when, who, what changed, and why (the agent's
 * comment, or standard wording for automatic changes).
 */
public record AuditEntry(
    String auditId,
    String orderId,
    Instant at,
    Actor actor,
    String action,
    List<FieldChange> changes,
    String comment) {
  public AuditEntry {
    Objects.requireNonNull(auditId, "auditId");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    changes = List.copyOf(changes);
    if (comment == null || comment.isBlank()) {
      throw new IllegalArgumentException("an audit entry always says why");
    }
  }
}
