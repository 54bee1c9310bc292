package com.oom.core.outbox;

import com.oom.core.audit.AuditEntry;
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
}
