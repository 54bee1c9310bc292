package com.oom.core.outbox;

import com.oom.core.audit.AuditEntry;
import com.oom.core.audit.AuditWording;
import com.oom.core.order.Actor;
import com.oom.core.order.DerivedId;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PickupEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Derives what leaves OOM from an order update: every audit entry not written by the ERP itself is
 * mirrored to the ERP; an escalation becomes a hand-off carrying the full story; a touch point
 * becomes an SMS request; escalations, returns to OOM, bookings, contact attempts and confirmations
 * are also published as domain events ({@link DomainEvents}).
 */
public final class OutboxMessages {
  private OutboxMessages() {}

  public static List<AuditEntry> auditEntries(OrderUpdate update) {
    return update.events().stream().map(AuditWording::entryFor).toList();
  }

  /**
   * @param earlierAudit the order's audit trail before this update, for hand-offs
   */
  public static List<OutboxMessage> from(OrderUpdate update, List<AuditEntry> earlierAudit) {
    return from(update, () -> earlierAudit);
  }

  /**
   * @param earlierAudit read only when the update hands the order off
   */
  public static List<OutboxMessage> from(
      OrderUpdate update, Supplier<List<AuditEntry>> earlierAudit) {
    OpenOrder after = update.after();
    List<AuditEntry> newAudit = auditEntries(update);
    List<OutboxMessage> out = new ArrayList<>();
    for (int i = 0; i < update.events().size(); i++) {
      OrderEvent event = update.events().get(i);
      AuditEntry audit = newAudit.get(i);
      if (event.actor().kind() != Actor.Kind.ERP) {
        out.add(erpUpdate(after, event, audit));
      }
      switch (event) {
        case OrderEvent.OrderEscalated e -> {
          List<AuditEntry> fullAudit = new ArrayList<>(earlierAudit.get());
          fullAudit.addAll(newAudit);
          out.add(
              new OutboxMessage.HandOff(
                  e.handOffId(),
                  e.orderId(),
                  after.details().storeId(),
                  e.reason(),
                  e.at(),
                  OrderSummary.of(after),
                  after.attempts(),
                  fullAudit));
        }
        case OrderEvent.TouchPointTriggered e ->
            out.add(
                new OutboxMessage.SmsRequest(
                    DerivedId.of(e.eventId(), "sms"),
                    e.orderId(),
                    e.touchPoint(),
                    e.dedupeKey(),
                    e.to(),
                    e.at()));
        case OrderEvent.AgentTexted e ->
            out.add(
                new OutboxMessage.SmsRequest(
                    DerivedId.of(e.eventId(), "sms"),
                    e.orderId(),
                    com.oom.core.order.TouchPoint.AGENT_TEXT,
                    e.dedupeKey(),
                    e.to(),
                    e.at()));
        default -> {}
      }
      DomainEvents.of(after, event).ifPresent(out::add);
    }
    return out;
  }

  private static OutboxMessage.ErpUpdate erpUpdate(
      OpenOrder after, OrderEvent event, AuditEntry audit) {
    boolean cwc =
        event instanceof OrderEvent.OrderEscalated
            || (event instanceof OrderEvent.ErpEchoOverdue overdue
                && overdue.kinds().contains(com.oom.core.order.PendingKind.CWC));
    return new OutboxMessage.ErpUpdate(
        DerivedId.of(event.eventId(), "erp"),
        event.orderId(),
        event.at(),
        event.actor(),
        audit.action(),
        after.contactStatus(),
        after.contactDate(),
        cwc ? FulfilmentStatus.CWC : statusSetBy(event),
        ErpChanges.of(after, event),
        audit.comment());
  }

  /** The fulfilment status OOM itself set: PICKED_UP when the pick-up desk released the order. */
  private static FulfilmentStatus statusSetBy(OrderEvent event) {
    return switch (event) {
      case OrderEvent.PickupDeskEventRecorded e when e.event() == PickupEvent.RELEASED ->
          FulfilmentStatus.PICKED_UP;
      case OrderEvent.OrderClosed e -> e.status();
      default -> null;
    };
  }
}
