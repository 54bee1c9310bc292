package com.oom.local;

import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderSnapshotWire;
import com.oom.aws.wire.outbox.ErpUpdateWire;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OrderDetails;
import com.oom.core.outbox.OutboxMessage.ErpUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The demo's ERP, as docs/erp-contract.md asks of STORIS: it applies OOM's updates in the order it
 * receives them (the booking, the re-date, the code with the update's {@code at}, CWC), records its
 * own fulfilment outcomes, and each evening describes every order that changed in a snapshot with
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
    if (update.fulfilmentStatus() == FulfilmentStatus.CWC) {
      order = order.withStatus(FulfilmentStatus.CWC);
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

  /** A fulfilment outcome the ERP itself recorded: delivered and picked-up orders close. */
  void outcome(String orderId, String outcome) {
    OrderDetails order = orders.get(orderId);
    switch (outcome) {
      case "DELIVERED" -> orders.put(orderId, order.withStatus(FulfilmentStatus.DELIVERED));
      case "PICKED_UP" -> orders.put(orderId, order.withStatus(FulfilmentStatus.PICKED_UP));
      default -> {}
    }
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
}
