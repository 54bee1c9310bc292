package com.oom.local;

import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.FulfilmentOutcomeWire;
import com.oom.aws.wire.order.OrderSnapshotWire;
import com.oom.aws.wire.outbox.ErpUpdateWire;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.Fulfilment;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderLine;
import com.oom.core.outbox.OutboxMessage.ErpUpdate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * The demo's ERP, as docs/erp-contract.md asks of STORIS: it applies OOM's updates in the order it
 * receives them (the booking, the re-date, the code with the update's {@code at}, CWC), reports the
 * outcome of every delivery and pick-up of the day, takes the balances guests pay and the
 * merchandise that arrives, and each evening describes every order that changed in a snapshot with
 * the next sequence and how far it had applied OOM's updates.
 */
final class DemoErp {
  private final Map<String, OrderDetails> orders = new LinkedHashMap<>();
  private final Map<String, Long> sequences = new LinkedHashMap<>();
  private final Map<String, ErpContactCode> codes = new LinkedHashMap<>();
  private final Map<String, Instant> appliedThrough = new LinkedHashMap<>();
  private final Set<String> changed = new LinkedHashSet<>();
  private int snapshots;

  /** An order the ERP sent at sequence 1. */
  void seeded(OrderDetails order) {
    orders.put(order.orderId(), order);
    sequences.put(order.orderId(), 1L);
  }

  /** One message of {@code oom-erp-updates}. */
  void apply(String body) {
    ErpUpdate update = MessageJson.read(body, ErpUpdateWire.class).toDomain();
    String id = update.orderId();
    OrderDetails order = orders.get(id);
    if (order == null || order.status().isClosed()) {
      return;
    }
    if (update.changes().appointment() != null) {
      order = order.withAppointment(update.changes().appointment().appointment());
    }
    if (update.changes().fulfilmentDate() != null) {
      order = order.withFulfilmentDate(update.changes().fulfilmentDate().to());
    }
    if (update.fulfilmentStatus() == FulfilmentStatus.CWC
        || update.fulfilmentStatus() == FulfilmentStatus.PICKED_UP) {
      order = order.withStatus(update.fulfilmentStatus());
    }
    ErpContactCode code = codes.get(id);
    ContactStatus status = code == null ? ContactStatus.NONE : code.status();
    if (update.contactStatus() != status
        || !Objects.equals(update.contactDate(), code == null ? null : code.contactDate())) {
      codes.put(id, new ErpContactCode(update.contactStatus(), update.contactDate(), update.at()));
    }
    orders.put(id, order);
    appliedThrough.put(id, update.at());
    changed.add(id);
  }

  /**
   * The day's fulfilment outcomes, one for every delivery and pick-up the ERP has booked on {@code
   * day} (a technician's visit is not a fulfilment: its outcome is the agent's), as {@code
   * FulfilmentOutcome} messages at {@code at}. Most go well; some guests are not home, miss the
   * pick-up or refuse the delivery. Delivered and picked-up orders close.
   */
  List<String> outcomesOn(LocalDate day, Instant at, Random random) {
    List<String> bodies = new ArrayList<>();
    for (OrderDetails order : List.copyOf(orders.values())) {
      Appointment appointment = order.appointment();
      if (!order.status().isWorkedByOom()
          || appointment == null
          || !appointment.date().equals(day)
          || appointment.kind() == AppointmentKind.TECHNICIAN) {
        continue;
      }
      boolean pickUp = order.fulfilment() == Fulfilment.PICKUP;
      double roll = random.nextDouble();
      if (atThePickupDesk(order, appointment)) {
        continue; // drawn all the same, so the rest of the story keeps its chances
      }
      FulfilmentOutcomeKind outcome;
      if (roll < 0.85) {
        outcome = pickUp ? FulfilmentOutcomeKind.PICKED_UP : FulfilmentOutcomeKind.DELIVERED;
      } else if (roll < 0.88 && !pickUp) {
        outcome = FulfilmentOutcomeKind.REFUSED;
      } else {
        outcome = pickUp ? FulfilmentOutcomeKind.PICKUP_MISSED : FulfilmentOutcomeKind.NOT_HOME;
      }
      switch (outcome) {
        case DELIVERED -> orders.put(order.orderId(), order.withStatus(FulfilmentStatus.DELIVERED));
        case PICKED_UP -> orders.put(order.orderId(), order.withStatus(FulfilmentStatus.PICKED_UP));
        case NOT_HOME, PICKUP_MISSED, REFUSED -> {}
      }
      bodies.add(
          MessageJson.write(
              new FulfilmentOutcomeWire(
                  "erp-outcome-" + order.orderId() + "-" + day,
                  FulfilmentOutcomeWire.TYPE,
                  at,
                  sequences.get(order.orderId()),
                  order.orderId(),
                  outcome,
                  at)));
    }
    return bodies;
  }

  /** The guest paid what they owed: the next snapshot shows no balance due. */
  void balancePaid(String orderId) {
    orders.computeIfPresent(orderId, (id, order) -> order.withBalanceDue(BigDecimal.ZERO));
    changed.add(orderId);
  }

  /** The ERP changes the order itself ({@link DemoTransfers}): the next snapshot shows it. */
  void edit(String orderId, java.util.function.UnaryOperator<OrderDetails> change) {
    if (orders.computeIfPresent(orderId, (id, order) -> change.apply(order)) != null) {
      changed.add(orderId);
    }
  }

  /**
   * Merchandise received at the distribution centre by its ATP date is in stock from {@code day}.
   */
  void stockArrives(LocalDate day) {
    for (OrderDetails order : List.copyOf(orders.values())) {
      if (order.status().isClosed()
          || order.lines().stream().noneMatch(line -> arrivesBy(line, day))) {
        continue;
      }
      orders.put(
          order.orderId(),
          order.withLines(
              order.lines().stream()
                  .map(line -> arrivesBy(line, day) ? received(line) : line)
                  .toList()));
      changed.add(order.orderId());
    }
  }

  private static boolean arrivesBy(OrderLine line, LocalDate day) {
    return !line.available() && line.atpDate() != null && !line.atpDate().isAfter(day);
  }

  private static OrderLine received(OrderLine line) {
    return new OrderLine(
        line.lineId(),
        line.sku(),
        line.description(),
        line.quantity(),
        line.value(),
        true,
        line.atpDate());
  }

  /** The evening's snapshots of every open order that changed since the last ones. */
  List<String> eveningSnapshots(Instant at) {
    List<String> bodies = new ArrayList<>();
    for (String id : changed) {
      OrderDetails order = orders.get(id);
      if (order.status().isClosed()) {
        continue;
      }
      long sequence = sequences.merge(id, 1L, Long::sum);
      ErpSnapshot snapshot =
          new ErpSnapshot(order, sequence, at, codes.get(id), appliedThrough.get(id));
      bodies.add(
          MessageJson.write(OrderSnapshotWire.of("erp-evening-" + id + "-" + sequence, snapshot)));
    }
    changed.clear();
    snapshots += bodies.size();
    return bodies;
  }

  /** Snapshots sent so far. */
  int snapshots() {
    return snapshots;
  }

  /** A pick-up at the 888 desk: the desk records its outcome and writes it back (issue 19). */
  private static boolean atThePickupDesk(OrderDetails order, Appointment appointment) {
    return appointment.kind() == AppointmentKind.PICKUP
        && DemoPickupDesk.LOCATION.equals(order.locationId());
  }
}
