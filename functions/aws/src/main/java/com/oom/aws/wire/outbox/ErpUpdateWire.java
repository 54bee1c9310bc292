package com.oom.aws.wire.outbox;

import com.oom.aws.wire.ActorWire;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.outbox.OutboxMessage.ErpUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code erp-update.schema.json}: the ERP write-back of one audit entry ({@code oom-erp-updates}).
 */
public record ErpUpdateWire(
    String updateId,
    String orderId,
    Instant at,
    ActorWire actor,
    ContactStatus contactStatus,
    LocalDate contactDate,
    FulfilmentStatus fulfilmentStatus,
    String auditComment) {
  public ErpUpdateWire {
    Objects.requireNonNull(updateId, "updateId");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(contactStatus, "contactStatus");
    Objects.requireNonNull(auditComment, "auditComment");
  }

  public static ErpUpdateWire of(ErpUpdate u) {
    return new ErpUpdateWire(
        u.updateId(),
        u.orderId(),
        u.at(),
        ActorWire.of(u.actor()),
        u.contactStatus(),
        u.contactDate(),
        u.fulfilmentStatus(),
        u.auditComment());
  }

  public ErpUpdate toDomain() {
    return new ErpUpdate(
        updateId,
        orderId,
        at,
        actor.toDomain(),
        contactStatus,
        contactDate,
        fulfilmentStatus,
        auditComment);
  }
}
