package com.oom.local;

import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.outbox.ErpUpdateWire;
import com.oom.core.application.BookTransfer;
import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderLine;
import com.oom.core.order.RuleViolation;
import com.oom.core.outbox.ErpChanges;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Transfers in the demo. In the morning's day shift, agents book a transfer from the distribution
 * centre 888 to the store for an order whose merchandise is not all in stock where it is (at most
 * {@link #PER_STORE_PER_DAY} a store a day, in the first {@link #BOOKING_DAYS} business days),
 * expected in one or two days. The ERP learns each transfer from OOM's update ({@code
 * TRANSFER_BOOKED}) and moves the merchandise to the store on its expected date, but one in four
 * arrives two days late: those show on the past-due list (CHASE_TRANSFER) until they arrive. The
 * evening snapshot then shows the order at the store with every line available: OOM recognises the
 * arrival and texts the guest to book.
 */
final class DemoTransfers {
  static final String DISTRIBUTION_CENTRE = "888";
  static final int PER_STORE_PER_DAY = 1;
  static final int BOOKING_DAYS = 4;
  private static final Actor AGENT = Actor.agent("demo-agent");

  /** The day's transfers: booked by the agents, arrived at the store, and late that morning. */
  record Tally(int booked, int arrived, int late) {}

  /** A transfer the ERP is carrying out: where to, when expected, and when it really arrives. */
  private record Shipment(String to, LocalDate expected, LocalDate arrives) {}

  private final LocalSuite suite;
  private final DemoErp erp;
  private final Random random;
  private final Map<String, Shipment> shipments = new LinkedHashMap<>();
  private int bookingDays;
  private int commands;
  private int booked;
  private int arrived;
  private int lateThisMorning;

  DemoTransfers(LocalSuite suite, DemoErp erp, Random random) {
    this.suite = suite;
    this.erp = erp;
    this.random = random;
  }

  /** The morning: transfers not arrived by their expected date, then the agents book new ones. */
  void morning(LocalDate day) {
    lateThisMorning =
        (int) shipments.values().stream().filter(s -> s.expected().isBefore(day)).count();
    if (bookingDays++ >= BOOKING_DAYS) {
      return;
    }
    for (String store : suite.stores.storeIds()) {
      List<OpenOrder> candidates =
          suite.openOrders(store).stream()
              .filter(o -> o.isWorkedByOom() && o.transfer() == null)
              .filter(o -> !o.details().isAvailable() && o.appointment().isEmpty())
              .limit(PER_STORE_PER_DAY)
              .toList();
      candidates.forEach(order -> book(order, day));
    }
    suite.drain();
  }

  private void book(OpenOrder order, LocalDate day) {
    try {
      suite
          .services
          .bookTransfer()
          .handle(
              new BookTransfer.Command(
                  "demo-transfer-" + (++commands),
                  order.orderId(),
                  AGENT,
                  DISTRIBUTION_CENTRE,
                  order.details().storeId(),
                  day.plusDays(1 + random.nextInt(2)),
                  "Not in stock at " + order.details().locationId() + ": transfer from the DC"));
      booked++;
    } catch (RuleViolation refused) {
      // the order went to its store meanwhile: nothing to transfer
    }
  }

  /** One message of {@code oom-erp-updates}: the ERP plans the transfers OOM booked. */
  void erpReceives(String body) {
    ErpUpdateWire update = MessageJson.read(body, ErpUpdateWire.class);
    ErpChanges.TransferChange transfer = update.toDomain().changes().transfer();
    if (transfer == null || transfer.arrivedAt() != null) {
      return;
    }
    boolean late = random.nextInt(4) == 0;
    LocalDate expected = transfer.expectedDate();
    shipments.put(
        update.orderId(),
        new Shipment(transfer.toLocationId(), expected, late ? expected.plusDays(2) : expected));
  }

  /** The evening: what arrives today is at the store, every line in stock, in the next snapshot. */
  void arrive(LocalDate day) {
    shipments
        .entrySet()
        .removeIf(
            e -> {
              if (e.getValue().arrives().isAfter(day)) {
                return false;
              }
              erp.edit(e.getKey(), order -> atStore(order, e.getValue().to()));
              arrived++;
              return true;
            });
  }

  Tally takeTally() {
    Tally tally = new Tally(booked, arrived, lateThisMorning);
    booked = 0;
    arrived = 0;
    return tally;
  }

  private static OrderDetails atStore(OrderDetails o, String location) {
    return new OrderDetails(
        o.orderId(),
        o.orderType(),
        o.fulfilment(),
        o.storeId(),
        location,
        o.timeZone(),
        o.language(),
        o.status(),
        o.fulfilmentDate(),
        o.atpDate(),
        o.appointment(),
        o.value(),
        o.balanceDue(),
        o.currency(),
        o.guest(),
        o.lines().stream()
            .map(
                l ->
                    new OrderLine(
                        l.lineId(),
                        l.sku(),
                        l.description(),
                        l.quantity(),
                        l.value(),
                        true,
                        l.atpDate()))
            .toList());
  }
}
