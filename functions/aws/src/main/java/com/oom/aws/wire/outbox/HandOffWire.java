package com.oom.aws.wire.outbox;

import com.oom.aws.wire.ActorWire;
import com.oom.aws.wire.Wire;
import com.oom.core.audit.AuditEntry;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.OrderEvent.FieldChange;
import com.oom.core.outbox.OutboxMessage.HandOff;
import com.oom.core.time.ContactSlot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** {@code store-hand-off.schema.json}: a trouble (CWC) order for the store's hand-off queue. */
public record HandOffWire(
    String handoffId,
    String orderId,
    String storeId,
    EscalationReason reason,
    Instant escalatedAt,
    OrderSummaryWire order,
    List<AttemptWire> attempts,
    List<AuditWire> audit) {
  public HandOffWire {
    Objects.requireNonNull(handoffId, "handoffId");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(escalatedAt, "escalatedAt");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(attempts, "attempts");
    Objects.requireNonNull(audit, "audit");
  }

  /** {@code #/$defs/contactAttempt}. */
  public record AttemptWire(
      String attemptId,
      String phone,
      ContactChannel channel,
      AttemptOutcome outcome,
      String agent,
      String comment,
      Instant at,
      ContactSlot slot) {}

  /** {@code #/$defs/auditEntry}. */
  public record AuditWire(
      String auditId,
      String orderId,
      Instant at,
      ActorWire actor,
      String action,
      List<ChangeWire> changes,
      String comment) {}

  /** {@code #/$defs/fieldChange}. */
  public record ChangeWire(String field, String from, String to) {}

  public static HandOffWire of(HandOff h) {
    return new HandOffWire(
        h.handoffId(),
        h.orderId(),
        h.storeId(),
        h.reason(),
        h.escalatedAt(),
        OrderSummaryWire.of(h.order()),
        Wire.all(h.attempts(), HandOffWire::attempt),
        Wire.all(h.audit(), HandOffWire::audit));
  }

  public HandOff toDomain() {
    return new HandOff(
        handoffId,
        orderId,
        storeId,
        reason,
        escalatedAt,
        Wire.at("order", order::toDomain),
        Wire.each("attempts", attempts, HandOffWire::attempt),
        Wire.each("audit", audit, HandOffWire::audit));
  }

  private static AttemptWire attempt(ContactAttempt a) {
    return new AttemptWire(
        a.attemptId(),
        a.phone().value(),
        a.channel(),
        a.outcome(),
        a.agent(),
        a.comment(),
        a.at(),
        a.slot());
  }

  private static ContactAttempt attempt(AttemptWire a) {
    return new ContactAttempt(
        a.attemptId(),
        Wire.phone("phone", a.phone()),
        a.channel(),
        a.outcome(),
        a.agent(),
        a.comment(),
        a.at(),
        a.slot());
  }

  private static AuditWire audit(AuditEntry e) {
    return new AuditWire(
        e.auditId(),
        e.orderId(),
        e.at(),
        ActorWire.of(e.actor()),
        e.action(),
        Wire.all(e.changes(), c -> new ChangeWire(c.field(), c.from(), c.to())),
        e.comment());
  }

  private static AuditEntry audit(AuditWire e) {
    return new AuditEntry(
        e.auditId(),
        e.orderId(),
        e.at(),
        Wire.at("actor", () -> e.actor().toDomain()),
        e.action(),
        Wire.all(e.changes(), c -> new FieldChange(c.field(), c.from(), c.to())),
        e.comment());
  }
}
