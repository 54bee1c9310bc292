package com.oom.core.rules;

import com.oom.core.order.Appointment;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.ErpSync;
import com.oom.core.order.Escalation;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderEvent.FieldChange;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PendingBooking;
import com.oom.core.order.PendingKind;
import com.oom.core.order.PendingRedate;
import com.oom.core.order.TouchPoint;
import com.oom.core.sync.ContactCodeHandOver;
import com.oom.core.sync.HandOver;
import com.oom.core.sync.SharedValues;
import com.oom.core.sync.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Applies an ERP order snapshot. The ERP numbers snapshots per order: a newer {@code sequence}
 * wins; an older or equal one is ignored (queues may deliver out of order). The ERP owns the
 * order's description (lines, availability, ATP, values, balance, fulfilment status and date, guest
 * and phones, store, zone, locale) and the snapshot replaces it, except where OOM's own change to a
 * shared field is still pending ({@link HandOver}, {@link ContactCodeHandOver},
 * docs/erp-contract.md):
 *
 * <ul>
 *   <li>an appointment booked in OOM stands until a snapshot shows it, or a snapshot produced after
 *       the booking shows another (the ERP rebooked); one the ERP had shown and no longer shows was
 *       cancelled by the ERP;
 *   <li>the same for a fulfilment date re-dated in OOM;
 *   <li>after OOM escalates, the order stays CWC until the ERP acknowledges it with a CWC snapshot;
 *   <li>a contact code the snapshot carries meets OOM's: the later change wins.
 * </ul>
 *
 * What OOM owns (attempts, confirmations, follow-ups, trouble reports) is never touched. What a
 * snapshot changes decides what follows: availability fires MERCHANDISE_AVAILABLE (TRANSFER_ARRIVED
 * instead while a transfer is pending: {@link Transfers}), a moved ATP date REVISED_ATP; a paid
 * balance stops the BALDUE timer; a closed order stops every timer; an acknowledged CWC order moved
 * back to EST/SCH returns to OOM with its contact status's clock restarted.
 */
public final class SnapshotIngestion {
  private SnapshotIngestion() {}

  /** True when the snapshot is not newer than what was applied and must be ignored. */
  public static boolean isStale(Optional<OpenOrder> current, long sequence) {
    return current.isPresent() && sequence <= current.get().sequence();
  }

  public static OrderUpdate apply(
      Optional<OpenOrder> current, ErpSnapshot snapshot, ChangeContext ctx) {
    if (isStale(current, snapshot.sequence())) {
      return OrderUpdate.unchanged(current.get());
    }
    if (current.isEmpty()) {
      return first(snapshot, ctx);
    }
    return next(current.get(), snapshot, ctx);
  }

  private static OrderUpdate first(ErpSnapshot snapshot, ChangeContext ctx) {
    OpenOrder order = OpenOrder.first(snapshot.order(), snapshot.sequence(), ctx.at());
    if (snapshot.contactCode() != null) {
      order =
          order.toBuilder()
              .contactStatus(snapshot.contactCode().status(), snapshot.contactCode().since())
              .contactDate(snapshot.contactCode().contactDate())
              .build();
    }
    OrderChangeBuilder change = new OrderChangeBuilder(null, order, ctx);
    change.event(
        new OrderEvent.OrderReceived(
            ctx.eventId(order.orderId(), "received"),
            order.orderId(),
            ctx.at(),
            ctx.actor(),
            snapshot.sequence()));
    if (snapshot.order().isAvailable()) {
      change.event(
          new OrderEvent.MerchandiseAvailable(
              ctx.eventId(order.orderId(), "available"), order.orderId(), ctx.at(), ctx.actor()));
      change.touchPoint(TouchPoint.MERCHANDISE_AVAILABLE, "available");
    }
    return change.build();
  }

  private static OrderUpdate next(OpenOrder before, ErpSnapshot snapshot, ChangeContext ctx) {
    if (!before.orderId().equals(snapshot.orderId())) {
      throw new IllegalArgumentException("snapshot is for another order");
    }
    String id = before.orderId();
    OrderDetails old = before.details();
    OrderDetails fromErp = snapshot.order();
    ErpSync sync = before.sync();
    OrderChangeBuilder change = new OrderChangeBuilder(before, ctx);

    PendingBooking booking = sync.booking();
    PendingRedate redate = sync.redate();
    HandOver.Decision<Appointment> appointment =
        HandOver.resolve(
            booking == null
                ? null
                : new HandOver.Pending<>(
                    booking.appointment(), booking.since(), booking.superseded()),
            old.appointment(),
            fromErp.appointment(),
            snapshot);
    HandOver.Decision<LocalDate> fulfilmentDate =
        HandOver.resolve(
            redate == null
                ? null
                : new HandOver.Pending<>(redate.date(), redate.since(), redate.superseded()),
            old.fulfilmentDate(),
            fromErp.fulfilmentDate(),
            snapshot);
    OrderDetails applied =
        fromErp
            .withStatus(resolveStatus(before, fromErp.status()))
            .withAppointment(appointment.value())
            .withFulfilmentDate(fulfilmentDate.value());
    ErpSync settled =
        sync.withBooking(appointment.pendingSettled() ? null : booking)
            .withRedate(fulfilmentDate.pendingSettled() ? null : redate);
    change.change(
        b -> b.details(applied).sequence(snapshot.sequence()).keepWrongNumbersOf(applied.guest()));

    List<FieldChange> changes = SnapshotFieldChanges.fieldChanges(old, applied);
    if (!changes.isEmpty()) {
      change.event(
          new OrderEvent.SnapshotApplied(
              ctx.eventId(id, "snapshot"),
              id,
              ctx.at(),
              ctx.actor(),
              snapshot.sequence(),
              changes));
    }
    handOverEvents(
        change,
        PendingKind.APPOINTMENT,
        appointment.verdict(),
        SharedValues.describe(booking == null ? null : booking.appointment()),
        SharedValues.describe(fromErp.appointment()),
        ctx,
        id);
    if (appointment.verdict() == Verdict.ERP_REMOVED) {
      change.event(
          new OrderEvent.AppointmentCancelledByErp(
              ctx.eventId(id, "appointment-cancelled"),
              id,
              ctx.at(),
              ctx.actor(),
              old.appointment()));
    }
    handOverEvents(
        change,
        PendingKind.FULFILMENT_DATE,
        fulfilmentDate.verdict(),
        SharedValues.describe(redate == null ? null : redate.date()),
        SharedValues.describe(fromErp.fulfilmentDate()),
        ctx,
        id);
    ErpSync afterCode = contactCode(change, before, snapshot, settled, ctx);
    change.change(b -> b.sync(afterCode));

    Escalation escalation = before.escalation();
    if (escalation != null
        && !escalation.acknowledgedByErp()
        && fromErp.status() == FulfilmentStatus.CWC) {
      change.change(
          b ->
              b.escalation(escalation.acknowledged())
                  .sync(afterCode.withEscalationOverdueReportedAt(null)));
      change.event(
          new OrderEvent.EscalationAcknowledged(
              ctx.eventId(id, "acknowledged"), id, ctx.at(), ctx.actor(), escalation.reason()));
    }
    if (old.status() == FulfilmentStatus.CWC && applied.status().isWorkedByOom()) {
      change.change(
          b ->
              b.escalation(null)
                  .trouble(null)
                  .contactStatus(change.current().contactStatus(), ctx.at()));
      change.event(
          new OrderEvent.ReturnedToOom(
              ctx.eventId(id, "returned"), id, ctx.at(), ctx.actor(), applied.status()));
    }
    if (!old.status().isClosed() && applied.status().isClosed()) {
      change.event(
          new OrderEvent.OrderClosed(
              ctx.eventId(id, "closed"), id, ctx.at(), ctx.actor(), applied.status()));
    }
    if (!old.isAvailable() && applied.isAvailable()) {
      change.change(b -> b.availableSince(ctx.at()));
      change.event(
          new OrderEvent.MerchandiseAvailable(
              ctx.eventId(id, "available"), id, ctx.at(), ctx.actor()));
      if (!Transfers.textsInsteadOfAvailability(change.current())) {
        change.touchPoint(TouchPoint.MERCHANDISE_AVAILABLE, "available");
      }
    }
    Transfers.recogniseArrival(change, ctx);
    if (old.atpDate() != null
        && applied.atpDate() != null
        && !old.atpDate().equals(applied.atpDate())
        && !applied.isAvailable()) {
      change.event(
          new OrderEvent.AtpRevised(
              ctx.eventId(id, "atp"), id, ctx.at(), ctx.actor(), old.atpDate(), applied.atpDate()));
      change.touchPoint(TouchPoint.REVISED_ATP, "atp:" + applied.atpDate());
    }
    if (old.owesBalance() && !applied.owesBalance()) {
      change.event(
          new OrderEvent.BalancePaid(
              ctx.eventId(id, "balance-paid"), id, ctx.at(), ctx.actor(), old.balanceDue()));
    }
    return change.build();
  }

  /** The snapshot's contact code against OOM's; returns the sync state after it. */
  private static ErpSync contactCode(
      OrderChangeBuilder change,
      OpenOrder before,
      ErpSnapshot snapshot,
      ErpSync sync,
      ChangeContext ctx) {
    ContactCodeHandOver.Decision code = ContactCodeHandOver.resolve(before, snapshot);
    String id = before.orderId();
    switch (code.verdict()) {
      case NOT_STATED, STILL_PENDING -> {
        return sync;
      }
      case ACKNOWLEDGED -> {
        handOverEvents(
            change,
            PendingKind.CONTACT_CODE,
            Verdict.ACKNOWLEDGED,
            SharedValues.describe(code.status(), code.contactDate()),
            null,
            ctx,
            id);
        return sync.withCode(null);
      }
      default -> {
        if (code.verdict() == Verdict.ERP_OVERRODE) {
          handOverEvents(
              change,
              PendingKind.CONTACT_CODE,
              Verdict.ERP_OVERRODE,
              SharedValues.describe(sync.code().status(), sync.code().contactDate()),
              SharedValues.describe(code.status(), code.contactDate()),
              ctx,
              id);
        }
        if (code.status() != before.contactStatus()
            || !java.util.Objects.equals(code.contactDate(), before.contactDate())) {
          change
              .change(
                  b -> b.contactStatus(code.status(), code.since()).contactDate(code.contactDate()))
              .event(
                  new OrderEvent.ContactStatusChanged(
                      ctx.eventId(id, "erp-contact-status"),
                      id,
                      ctx.at(),
                      ctx.actor(),
                      before.contactStatus(),
                      code.status(),
                      before.contactDate(),
                      code.contactDate(),
                      "Contact status set in the ERP."));
        }
        return sync.withCode(null);
      }
    }
  }

  private static void handOverEvents(
      OrderChangeBuilder change,
      PendingKind kind,
      Verdict verdict,
      String oomValue,
      String erpValue,
      ChangeContext ctx,
      String id) {
    String tag = kind.name().toLowerCase(java.util.Locale.ROOT);
    switch (verdict) {
      case ACKNOWLEDGED ->
          change.event(
              new OrderEvent.ErpAcknowledged(
                  ctx.eventId(id, "acknowledged:" + tag),
                  id,
                  ctx.at(),
                  ctx.actor(),
                  kind,
                  oomValue));
      case ERP_OVERRODE ->
          change.event(
              new OrderEvent.ErpOverrode(
                  ctx.eventId(id, "overrode:" + tag),
                  id,
                  ctx.at(),
                  ctx.actor(),
                  kind,
                  oomValue,
                  erpValue));
      default -> {}
    }
  }

  /**
   * OOM's own CWC stands until the ERP acknowledges it, a release at the pick-up desk stands;
   * closed states always win.
   */
  private static FulfilmentStatus resolveStatus(OpenOrder before, FulfilmentStatus fromErp) {
    Escalation escalation = before.escalation();
    boolean awaitingAcknowledgement =
        before.isCwc() && escalation != null && !escalation.acknowledgedByErp();
    if (awaitingAcknowledgement && fromErp.isWorkedByOom()) {
      return FulfilmentStatus.CWC;
    }
    // The pick-up desk released the merchandise: the pick-up stands against a snapshot the ERP
    // produced before it read OOM's write-back.
    boolean releasedAtTheDesk =
        before.status() == FulfilmentStatus.PICKED_UP
            && before.pickupDesk() != null
            && before.pickupDesk().releasedAt() != null;
    if (releasedAtTheDesk && fromErp.isWorkedByOom()) {
      return FulfilmentStatus.PICKED_UP;
    }
    return fromErp;
  }
}
