package com.oom.core.outbox;

import com.oom.core.audit.AuditEntry;
import com.oom.core.events.DomainEventType;
import com.oom.core.events.EventDetail;
import com.oom.core.order.Actor;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TouchPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A message written in the same transaction as the order change that caused it, then published; its
 * id is stable, so consumers deduplicate redeliveries (FIFO dedup id = outbox id).
 */
public sealed interface OutboxMessage {
  String outboxId();

  String orderId();

  /** A trouble (CWC) order for the store's own hand-off queue. */
  record HandOff(
      String handoffId,
      String orderId,
      String storeId,
      EscalationReason reason,
      Instant escalatedAt,
      OrderSummary order,
      List<ContactAttempt> attempts,
      List<AuditEntry> audit)
      implements OutboxMessage {
    public HandOff {
      attempts = List.copyOf(attempts);
      audit = List.copyOf(audit);
    }

    @Override
    public String outboxId() {
      return handoffId;
    }
  }

  /**
   * The ERP write-back of one audit entry: what changed as typed fields, the order's contact status
   * and date after it, and the audit comment.
   *
   * @param action the audit entry's action (APPOINTMENT_BOOKED, CONTACT_STATUS, ...)
   * @param fulfilmentStatus the fulfilment status when OOM changed it (CWC on escalation), or null
   */
  record ErpUpdate(
      String updateId,
      String orderId,
      Instant at,
      Actor actor,
      String action,
      ContactStatus contactStatus,
      LocalDate contactDate,
      FulfilmentStatus fulfilmentStatus,
      ErpChanges changes,
      String auditComment)
      implements OutboxMessage {
    public ErpUpdate {
      changes = changes == null ? ErpChanges.NONE : changes;
    }

    @Override
    public String outboxId() {
      return updateId;
    }
  }

  /** A touch point for the SMS sender, which decides at send time whether and when. */
  record SmsRequest(
      String requestId,
      String orderId,
      TouchPoint touchPoint,
      String dedupeKey,
      PhoneNumber to,
      Instant requestedAt)
      implements OutboxMessage {
    public SmsRequest {
      java.util.Objects.requireNonNull(requestId, "requestId");
      java.util.Objects.requireNonNull(orderId, "orderId");
      java.util.Objects.requireNonNull(touchPoint, "touchPoint");
      java.util.Objects.requireNonNull(dedupeKey, "dedupeKey");
      java.util.Objects.requireNonNull(to, "to");
      java.util.Objects.requireNonNull(requestedAt, "requestedAt");
    }

    @Override
    public String outboxId() {
      return requestId;
    }
  }

  /**
   * Something that happened in OOM, for anyone to subscribe to on the suite's event bus
   * (detail-type {@code detail.type()}, source {@link DomainEventType#SOURCE}). Its id is derived
   * from what caused it (the order event, the text's dedupe key, the inbound message), so a retried
   * command writes the same id again, and consumers dedupe by it.
   *
   * @param orderId the order it is about; null only for an opt-out of a number with no open order
   * @param storeId the order's store, or null with no order
   */
  record DomainEvent(String eventId, String orderId, Instant at, String storeId, EventDetail detail)
      implements OutboxMessage {
    public DomainEvent {
      java.util.Objects.requireNonNull(eventId, "eventId");
      java.util.Objects.requireNonNull(at, "at");
      java.util.Objects.requireNonNull(detail, "detail");
    }

    public DomainEventType type() {
      return detail.type();
    }

    @Override
    public String outboxId() {
      return eventId;
    }
  }
}
