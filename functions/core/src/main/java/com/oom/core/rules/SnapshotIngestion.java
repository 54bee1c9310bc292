package com.oom.core.rules;

import com.oom.core.order.Escalation;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderEvent.FieldChange;
import com.oom.core.order.OrderLine;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies an ERP order snapshot. The ERP numbers snapshots per order: a newer {@code sequence}
 * wins; an older or equal one is ignored (queues may deliver out of order). What a snapshot changes
 * decides what follows:
 *
 * <ul>
 *   <li>the order became available: MERCHANDISE_AVAILABLE touch point;
 *   <li>the ATP date moved while not available: REVISED_ATP touch point;
 *   <li>the balance went to zero: the BALDUE timer stops (the rule sees no balance);
 *   <li>the ERP closed the order: every timer stops;
 *   <li>the ERP moved an acknowledged CWC order back to EST/SCH: OOM works it again, and the clock
 *       of its contact status restarts (a fresh HOLD week or BALDUE/CANCEL grace period), so it is
 *       not handed straight back to the store on the attempts or coding that escalated it.
 * </ul>
 *
 * After OOM escalates, the order stays CWC until the ERP acknowledges it with a CWC snapshot:
 * snapshots still saying EST/SCH were sent before the ERP saw the write-back.
 */
public final class SnapshotIngestion {
  private SnapshotIngestion() {}

  /** True when the snapshot is not newer than what was applied and must be ignored. */
  public static boolean isStale(Optional<OpenOrder> current, long sequence) {
    return current.isPresent() && sequence <= current.get().sequence();
  }

  public static OrderUpdate apply(
      Optional<OpenOrder> current, OrderDetails snapshot, long sequence, ChangeContext ctx) {
    if (isStale(current, sequence)) {
      return OrderUpdate.unchanged(current.get());
    }
    if (current.isEmpty()) {
      return first(snapshot, sequence, ctx);
    }
    return next(current.get(), snapshot, sequence, ctx);
  }

  private static OrderUpdate first(OrderDetails snapshot, long sequence, ChangeContext ctx) {
    OpenOrder order = OpenOrder.first(snapshot, sequence, ctx.at());
    OrderChangeBuilder change = new OrderChangeBuilder(null, order, ctx);
    change.event(
        new OrderEvent.OrderReceived(
            ctx.eventId(order.orderId(), "received"),
            order.orderId(),
            ctx.at(),
            ctx.actor(),
            sequence));
    if (snapshot.isAvailable()) {
      change.event(
          new OrderEvent.MerchandiseAvailable(
              ctx.eventId(order.orderId(), "available"), order.orderId(), ctx.at(), ctx.actor()));
      change.touchPoint(TouchPoint.MERCHANDISE_AVAILABLE, "available");
    }
    return change.build();
  }

  private static OrderUpdate next(
      OpenOrder before, OrderDetails snapshot, long sequence, ChangeContext ctx) {
    if (!before.orderId().equals(snapshot.orderId())) {
      throw new IllegalArgumentException("snapshot is for another order");
    }
    String id = before.orderId();
    OrderDetails old = before.details();
    OrderChangeBuilder change = new OrderChangeBuilder(before, ctx);
    FulfilmentStatus newStatus = resolveStatus(before, snapshot.status());
    OrderDetails applied = snapshot.withStatus(newStatus);
    change.change(b -> b.details(applied).sequence(sequence));

    List<FieldChange> changes = fieldChanges(old, applied);
    if (!changes.isEmpty()) {
      change.event(
          new OrderEvent.SnapshotApplied(
              ctx.eventId(id, "snapshot"), id, ctx.at(), ctx.actor(), sequence, changes));
    }

    Escalation escalation = before.escalation();
    if (escalation != null
        && !escalation.acknowledgedByErp()
        && snapshot.status() == FulfilmentStatus.CWC) {
      change.change(b -> b.escalation(escalation.acknowledged()));
      change.event(
          new OrderEvent.EscalationAcknowledged(
              ctx.eventId(id, "acknowledged"), id, ctx.at(), ctx.actor(), escalation.reason()));
    }
    if (old.status() == FulfilmentStatus.CWC && applied.status().isWorkedByOom()) {
      change.change(
          b -> b.escalation(null).trouble(null).contactStatus(before.contactStatus(), ctx.at()));
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
      change.event(
          new OrderEvent.MerchandiseAvailable(
              ctx.eventId(id, "available"), id, ctx.at(), ctx.actor()));
      change.touchPoint(TouchPoint.MERCHANDISE_AVAILABLE, "available");
    }
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

  /** OOM's own CWC stands until the ERP acknowledges it; closed states always win. */
  private static FulfilmentStatus resolveStatus(OpenOrder before, FulfilmentStatus fromErp) {
    Escalation escalation = before.escalation();
    boolean awaitingAcknowledgement =
        before.isCwc() && escalation != null && !escalation.acknowledgedByErp();
    if (awaitingAcknowledgement && fromErp.isWorkedByOom()) {
      return FulfilmentStatus.CWC;
    }
    return fromErp;
  }

  static List<FieldChange> fieldChanges(OrderDetails old, OrderDetails now) {
    List<FieldChange> changes = new ArrayList<>();
    compare(changes, "status", old.status(), now.status());
    compare(changes, "fulfilmentDate", old.fulfilmentDate(), now.fulfilmentDate());
    compare(changes, "atpDate", old.atpDate(), now.atpDate());
    compare(changes, "appointment", old.appointment(), now.appointment());
    compareMoney(changes, "value", old.value(), now.value());
    compareMoney(changes, "balanceDue", old.balanceDue(), now.balanceDue());
    compare(changes, "available", old.isAvailable(), now.isAvailable());
    compare(changes, "storeId", old.storeId(), now.storeId());
    compare(changes, "locationId", old.locationId(), now.locationId());
    compare(changes, "language", old.language(), now.language());
    compare(changes, "guestName", guestName(old), guestName(now));
    // Compared by content (a number or a line can change without the count changing), rendered
    // without full phone numbers: audit text only ever shows masked numbers.
    compare(changes, "lines", old.lines(), now.lines(), SnapshotIngestion::describeLines);
    compare(
        changes,
        "phones",
        old.guest().phones(),
        now.guest().phones(),
        SnapshotIngestion::describePhones);
    return changes;
  }

  private static <T> void compare(
      List<FieldChange> changes, String field, T from, T to, Function<T, String> describe) {
    if (!Objects.equals(from, to)) {
      changes.add(new FieldChange(field, describe.apply(from), describe.apply(to)));
    }
  }

  private static String guestName(OrderDetails details) {
    return (Objects.toString(details.guest().firstName(), "")
            + " "
            + Objects.toString(details.guest().lastName(), ""))
        .strip();
  }

  private static String describeLines(List<OrderLine> lines) {
    return lines.stream()
        .map(
            l ->
                l.lineId()
                    + ": "
                    + l.quantity()
                    + " x "
                    + l.sku()
                    + " "
                    + l.value().toPlainString()
                    + (l.available() ? " available" : " ATP " + l.atpDate()))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static String describePhones(List<GuestPhone> phones) {
    return phones.stream()
        .map(p -> p.type() + " " + p.number().masked() + (p.smsConsent() ? " texts" : ""))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static void compare(List<FieldChange> changes, String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      changes.add(new FieldChange(field, String.valueOf(from), String.valueOf(to)));
    }
  }

  private static void compareMoney(
      List<FieldChange> changes, String field, BigDecimal from, BigDecimal to) {
    if (from.compareTo(to) != 0) {
      changes.add(new FieldChange(field, from.toPlainString(), to.toPlainString()));
    }
  }
}
