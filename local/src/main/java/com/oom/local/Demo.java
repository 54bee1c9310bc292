package com.oom.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderWire;
import com.oom.core.application.ListWorkList;
import com.oom.core.order.OrderDetails;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.WorkListKind;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * {@code --demo}: seeds an open-order book across the stores, then plays business days: the
 * schedules fire, the OOM team works its lists ({@link DemoAgents}), Jenny confirms appointments
 * and guests reply to texts ({@link DemoGuests}), the 888 desk hands over the day's pick-ups
 * ({@link DemoPickupDesk}), agents answer guests' own words by text ({@link DemoAgentTexts}), the
 * ERP reports the day's deliveries, takes payments and stock and sends its evening snapshots
 * ({@link DemoErp}). Prints one row a day ({@link DemoTable}). Seeded, so every run tells the same
 * story.
 */
final class Demo {
  private static final ZoneId REFERENCE = ZoneId.of("America/Winnipeg");

  /**
   * The demo's timer sweep period: hourly instead of the deployed 5 minutes, since each sweep is 16
   * index queries and moto answers each in milliseconds.
   */
  static final java.time.Duration SWEEP_EVERY = java.time.Duration.ofHours(1);

  private final LocalSuite suite;
  private final int orders;
  private final int days;
  private final PrintStream out;
  private final Random random = new Random(42);
  private final DemoErp erp = new DemoErp();
  private final DemoAgents agents;
  private final DemoGuests guests;
  private final DemoTransfers transfers;
  private final DemoPickupDesk pickupDesk;
  private final DemoAgentTexts agentTexts;
  private int erpUpdates;

  Demo(LocalSuite suite, int orders, int days, PrintStream out) {
    this.suite = suite;
    this.orders = orders;
    this.days = days;
    this.out = out;
    this.agents = new DemoAgents(suite, erp, random);
    this.guests = new DemoGuests(suite, random);
    this.transfers = new DemoTransfers(suite, erp, random);
    this.pickupDesk = new DemoPickupDesk(suite);
    this.agentTexts = new DemoAgentTexts(suite);
  }

  /** Texts of one touch point in a day, by what the sender did with them. */
  record Texts(int sent, int deferred, int blocked) {}

  /**
   * One row of the daily summary.
   *
   * @param workLists every list's size in the morning, before the agents start
   * @param withoutNextStep open orders with no next step in the morning (there should be none)
   * @param calls the agents' contact attempts
   * @param agentTexts the agents' answers to guests' texts: sent, deferred, refused
   */
  record Day(
      LocalDate date,
      Map<WorkListKind, Integer> workLists,
      int withoutNextStep,
      int calls,
      Map<String, Texts> textsByTouchPoint,
      Map<String, Integer> handOffsByStoreAndReason,
      int booked,
      BigDecimal bookedValue,
      DemoTransfers.Tally transfers,
      DemoPickupDesk.Tally pickupDesk,
      DemoAgentTexts.Tally agentTexts) {
    int handOffs() {
      return handOffsByStoreAndReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    int textsSent() {
      return textsByTouchPoint.values().stream().mapToInt(Texts::sent).sum();
    }

    int textsDeferred() {
      return textsByTouchPoint.values().stream().mapToInt(Texts::deferred).sum();
    }

    int textsBlocked() {
      return textsByTouchPoint.values().stream().mapToInt(Texts::blocked).sum();
    }
  }

  /** Updates the ERP collected from its queue over the whole run. */
  int erpUpdates() {
    return erpUpdates;
  }

  List<Day> run() {
    long started = System.nanoTime();
    seed();
    out.printf("%n%s", DemoTable.header());
    List<Day> summary = new ArrayList<>();
    int played = 0;
    LocalDate day = suite.now().atZone(REFERENCE).toLocalDate();
    while (played < days) {
      if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        Day row = playDay(day);
        summary.add(row);
        out.print(DemoTable.row(row));
        played++;
      }
      day = day.plusDays(1);
    }
    out.printf("%n%s", DemoTable.closing(summary));
    out.printf(
        "demo: %d orders, %d business days in %.1f s (%d AWS requests); the ERP received %d"
            + " order updates and sent %d snapshots%n",
        orders,
        days,
        (System.nanoTime() - started) / 1e9,
        suite.requests.total(),
        erpUpdates,
        erp.snapshots());
    return List.copyOf(summary);
  }

  private void seed() {
    List<String> stores = suite.stores.storeIds();
    DemoOrderBook book = new DemoOrderBook(random);
    for (int i = 0; i < orders; i++) {
      String store = stores.get(i % stores.size());
      BusinessCalendar calendar = suite.stores.forStore(store);
      OrderDetails order =
          book.order("SO-" + (10001 + i), store, calendar, calendar.today(suite.now()));
      erp.seeded(order);
      suite.send(
          OomQueues.ORDER_FEED,
          MessageJson.write(
              Map.of(
                  "eventId",
                  "seed-" + i,
                  "type",
                  "OrderSnapshot",
                  "occurredAt",
                  suite.now().toString(),
                  "sequence",
                  1,
                  "order",
                  OrderWire.of(order))));
    }
    suite.drain();
    out.printf("seeded %d orders across stores %s%n", orders, stores);
  }

  /**
   * One business day: the lists as the agents find them at 10:00, the day shift, Jenny and the
   * guests, the ERP's outcomes at 17:00, the evening shift at 19:30, then the stores and the ERP
   * collect what OOM sent them and the ERP sends its evening snapshots.
   */
  private Day playDay(LocalDate day) {
    suite.advanceTo(max(at(day, 10, 0)));
    ListWorkList lists = suite.services.listWorkList();
    Map<WorkListKind, Integer> sizes = lists.sizes(null);
    int withoutNextStep =
        suite.stores().stream().mapToInt(store -> lists.withoutNextStep(store).size()).sum();
    agents.work(DemoAgents.Shift.DAY);
    transfers.morning(day);
    guests.jennyConfirms();
    guests.reply();
    agentTexts.answer();
    suite.advanceTo(max(at(day, 17, 0)));
    DemoPickupDesk.Tally desk = pickupDesk.work();
    erp.outcomesOn(day, suite.now(), random)
        .forEach(body -> suite.send(OomQueues.ORDER_FEED, body));
    suite.drain();
    suite.advanceTo(max(at(day, 19, 30)));
    agents.work(DemoAgents.Shift.EVENING);
    Map<String, Texts> texts = textsOfTheDay();
    Map<String, Integer> handOffs = storesCollectHandOffs();
    List<String> toErp = suite.collect(OomQueues.ERP_UPDATES);
    erpUpdates += toErp.size();
    toErp.forEach(erp::apply);
    toErp.forEach(transfers::erpReceives);
    transfers.arrive(day);
    erp.stockArrives(day);
    erp.eveningSnapshots(suite.now()).forEach(body -> suite.send(OomQueues.ORDER_FEED, body));
    suite.drain();
    DemoAgentDesk.Tally tally = agents.takeTally();
    return new Day(
        day,
        Map.copyOf(sizes),
        withoutNextStep,
        tally.calls(),
        texts,
        handOffs,
        tally.booked(),
        tally.bookedValue(),
        transfers.takeTally(),
        desk,
        agentTexts.takeTally());
  }

  private Map<String, Texts> textsOfTheDay() {
    Map<String, Texts> texts = new TreeMap<>();
    suite
        .smsLog
        .takeCounts()
        .forEach(
            (key, count) -> {
              String[] touchPointAndStatus = key.split("/");
              Texts so = texts.getOrDefault(touchPointAndStatus[0], new Texts(0, 0, 0));
              texts.put(
                  touchPointAndStatus[0],
                  switch (touchPointAndStatus[1]) {
                    case "SENT" -> new Texts(so.sent() + count, so.deferred(), so.blocked());
                    case "DEFERRED" -> new Texts(so.sent(), so.deferred() + count, so.blocked());
                    default -> new Texts(so.sent(), so.deferred(), so.blocked() + count);
                  });
            });
    return texts;
  }

  /** The store systems pick up what the suite handed them today. */
  private Map<String, Integer> storesCollectHandOffs() {
    Map<String, Integer> handOffs = new LinkedHashMap<>();
    for (String store : suite.stores.storeIds()) {
      for (String body : suite.collect(suite.stores.handOffQueue(store))) {
        JsonNode handOff = readTree(body);
        handOffs.merge(
            handOff.get("storeId").asText() + ":" + handOff.get("reason").asText(),
            1,
            Integer::sum);
      }
    }
    return handOffs;
  }

  private static JsonNode readTree(String json) {
    try {
      return MessageJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(REFERENCE).toInstant();
  }

  private Instant max(Instant target) {
    return target.isAfter(suite.now()) ? target : suite.now();
  }
}
