package com.oom.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderWire;
import com.oom.core.application.AddComment;
import com.oom.core.application.BookAppointment;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.ReportTrouble;
import com.oom.core.application.SetContactStatus;
import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.Fulfilment;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.Guest;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderLine;
import com.oom.core.order.OrderType;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.order.TroubleReason;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * {@code --demo}: seeds an open-order book across the stores, then plays business days: the
 * schedules fire, agents work their lists through the use cases the API calls, Jenny confirms
 * appointments, guests reply to texts, the ERP reports deliveries. Prints one summary row a day.
 * Seeded, so every run tells the same story.
 */
final class Demo {
  private static final Actor AGENT = Actor.agent("demo-agent");
  private static final ZoneId REFERENCE = ZoneId.of("America/Winnipeg");
  private static final int CALLS_PER_LIST = 25;

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
  private int commands;
  private int attempts;
  private int booked;
  private BigDecimal bookedValue = BigDecimal.ZERO;
  private int erpUpdates;
  private final DemoErp erp = new DemoErp();
  private int textsSeen;

  Demo(LocalSuite suite, int orders, int days, PrintStream out) {
    this.suite = suite;
    this.orders = orders;
    this.days = days;
    this.out = out;
  }

  /** One row of the daily summary. */
  record Day(
      LocalDate date,
      Map<WorkListKind, Integer> workLists,
      int calls,
      int textsSent,
      int textsDeferred,
      int textsBlocked,
      Map<String, Integer> handOffsByStoreAndReason,
      int booked,
      BigDecimal bookedValue) {
    int handOffs() {
      return handOffsByStoreAndReason.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final List<Day> summary = new ArrayList<>();

  /** Updates the ERP collected from its queue over the whole run. */
  int erpUpdates() {
    return erpUpdates;
  }

  List<Day> run() {
    long started = System.nanoTime();
    seed();
    out.printf(
        "%n%-10s %-32s %5s %-44s %-28s %6s %12s%n",
        "day",
        "work lists (sch/fup/conf/coded/past/missed/sync)",
        "calls",
        "SMS sent/deferred/blocked by touch point",
        "CWC hand-offs",
        "booked",
        "$ booked");
    int played = 0;
    LocalDate day = suite.now().atZone(REFERENCE).toLocalDate();
    while (played < days) {
      if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        playDay(day);
        played++;
      }
      day = day.plusDays(1);
    }
    out.printf(
        "%ndemo: %d orders, %d business days in %.1f s (%d AWS requests); the ERP received %d"
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
    for (int i = 0; i < orders; i++) {
      String store = stores.get(i % stores.size());
      OrderDetails order = order("SO-" + (10001 + i), store);
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

  private void playDay(LocalDate day) {
    Instant morning = day.atTime(10, 0).atZone(REFERENCE).toInstant();
    suite.advanceTo(max(morning));
    Map<WorkListKind, Integer> sizes = suite.services.listWorkList().sizes(null);
    attempts = 0;
    booked = 0;
    bookedValue = BigDecimal.ZERO;
    for (String store : suite.stores.storeIds()) {
      workScheduling(store);
      workCoded(store, AttemptOutcome.NO_ANSWER);
      workConfirmations(store);
    }
    suite.drain();
    jennyConfirms();
    guestsReply();
    suite.advanceTo(max(day.atTime(17, 0).atZone(REFERENCE).toInstant()));
    erpReportsDeliveries(day);
    suite.advanceTo(max(day.atTime(19, 30).atZone(REFERENCE).toInstant()));
    for (String store : suite.stores.storeIds()) {
      workCoded(store, AttemptOutcome.VOICEMAIL);
    }
    suite.drain();
    printRow(day, sizes);
    // The ERP has applied the day's updates and describes the orders that changed.
    erp.eveningSnapshots(suite.now()).forEach(body -> suite.send(OomQueues.ORDER_FEED, body));
    suite.drain();
  }

  private void workScheduling(String store) {
    for (WorkItem item : top(WorkListKind.SCHEDULING, store)) {
      OpenOrder order = suite.services.viewOrder().handle(item.orderId()).order();
      PhoneNumber phone = order.details().guest().phones().getFirst().number();
      boolean reached = random.nextDouble() < 0.55;
      attempt(order.orderId(), phone, reached ? AttemptOutcome.REACHED : AttemptOutcome.NO_ANSWER);
      if (reached) {
        if (order.details().owesBalance() && random.nextDouble() < 0.4) {
          status(order.orderId(), ContactStatus.BALDUE, "Balance owing before booking");
        } else if (random.nextDouble() < 0.02) {
          suite
              .services
              .reportTrouble()
              .handle(
                  new ReportTrouble.Command(
                      id(),
                      order.orderId(),
                      AGENT,
                      TroubleReason.FAULTY,
                      "Guest reports a damaged part"));
        } else {
          book(order);
        }
      } else if (order.attempts().size() + 1 >= 2) {
        status(order.orderId(), ContactStatus.HOLD, "No answer twice: holding");
      }
    }
  }

  private void workCoded(String store, AttemptOutcome outcome) {
    for (WorkItem item : top(WorkListKind.CODED, store)) {
      OpenOrder order = suite.services.viewOrder().handle(item.orderId()).order();
      if (order.contactStatus() != ContactStatus.HOLD) {
        continue;
      }
      List<GuestPhone> phones = order.details().guest().phones();
      attempt(
          order.orderId(),
          phones.get(random.nextInt(phones.size())).number(),
          random.nextDouble() < 0.1 ? AttemptOutcome.REACHED : outcome);
    }
  }

  private void workConfirmations(String store) {
    for (WorkItem item : top(WorkListKind.CONFIRMATION, store)) {
      OpenOrder order = suite.services.viewOrder().handle(item.orderId()).order();
      for (GuestPhone phone : order.details().guest().phones()) {
        if (random.nextDouble() < 0.8) {
          attempt(
              order.orderId(),
              phone.number(),
              random.nextDouble() < 0.5 ? AttemptOutcome.REACHED : AttemptOutcome.VOICEMAIL);
        }
      }
    }
  }

  private void jennyConfirms() {
    for (WorkItem item : suite.services.listWorkList().handle(WorkListKind.CONFIRMATION, null)) {
      if (random.nextDouble() < 0.6) {
        OpenOrder order = suite.services.viewOrder().handle(item.orderId()).order();
        suite.send(
            OomQueues.CONFIRMATIONS,
            MessageJson.write(
                Map.of(
                    "eventId",
                    "jenny-" + id(),
                    "occurredAt",
                    suite.now().toString(),
                    "orderId",
                    order.orderId(),
                    "appointmentDate",
                    order.details().appointment().date().toString(),
                    "result",
                    "CONFIRMED",
                    "channel",
                    "VOICE")));
      }
    }
    suite.drain();
  }

  private void guestsReply() {
    List<LocalSmsSink.Text> texts = suite.sms.all();
    for (LocalSmsSink.Text text : texts.subList(textsSeen, texts.size())) {
      double roll = random.nextDouble();
      String reply =
          roll < 0.02
              ? "STOP"
              : text.touchPoint().equals("APPOINTMENT_BOOKED") && roll < 0.3
                  ? "C"
                  : roll > 0.97 ? "R" : null;
      if (reply != null) {
        String payload =
            MessageJson.write(
                Map.of(
                    "originationNumber",
                    text.to(),
                    "destinationNumber",
                    "+12045550100",
                    "messageKeyword",
                    "KEYWORD_123456789012",
                    "messageBody",
                    reply,
                    "inboundMessageId",
                    "in-" + id(),
                    "previousPublishedMessageId",
                    "local"));
        suite.send(
            OomQueues.SMS_INBOUND,
            MessageJson.write(
                Map.of("Type", "Notification", "MessageId", "sns-" + id(), "Message", payload)));
      }
    }
    textsSeen = texts.size();
    suite.drain();
  }

  private void erpReportsDeliveries(LocalDate day) {
    for (String store : suite.stores.storeIds()) {
      BusinessCalendar calendar = suite.stores.forStore(store);
      for (OpenOrder order : openOrdersWithAppointmentOn(store, day, calendar)) {
        String outcome =
            random.nextDouble() < 0.85
                ? (order.details().fulfilment() == Fulfilment.PICKUP ? "PICKED_UP" : "DELIVERED")
                : (order.details().fulfilment() == Fulfilment.PICKUP
                    ? "PICKUP_MISSED"
                    : "NOT_HOME");
        erp.outcome(order.orderId(), outcome);
        suite.send(
            OomQueues.ORDER_FEED,
            MessageJson.write(
                Map.of(
                    "eventId",
                    "erp-" + id(),
                    "type",
                    "FulfilmentOutcome",
                    "occurredAt",
                    suite.now().toString(),
                    "sequence",
                    2,
                    "orderId",
                    order.orderId(),
                    "outcome",
                    outcome,
                    "at",
                    suite.now().toString())));
      }
    }
    suite.drain();
  }

  private List<OpenOrder> openOrdersWithAppointmentOn(
      String store, LocalDate day, BusinessCalendar calendar) {
    return suite.openOrders(store).stream()
        .filter(
            o ->
                o.isWorkedByOom()
                    && o.details().appointment() != null
                    && o.details().appointment().date().equals(day))
        .toList();
  }

  private static JsonNode readTree(String json) {
    try {
      return MessageJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<WorkItem> top(WorkListKind kind, String store) {
    List<WorkItem> items = suite.services.listWorkList().handle(kind, store);
    return items.subList(0, Math.min(CALLS_PER_LIST, items.size()));
  }

  private void attempt(String orderId, PhoneNumber phone, AttemptOutcome outcome) {
    suite
        .services
        .recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                id(), orderId, AGENT, phone, ContactChannel.PHONE, outcome, "Called: " + outcome));
    attempts++;
  }

  private void status(String orderId, ContactStatus status, String comment) {
    suite
        .services
        .setContactStatus()
        .handle(new SetContactStatus.Command(id(), orderId, AGENT, status, null, comment, null));
  }

  private void book(OpenOrder order) {
    BusinessCalendar calendar = suite.stores.forStore(order.details().storeId());
    LocalDate date = calendar.nextBusinessDay(calendar.today(suite.now()));
    for (int i = random.nextInt(3); i > 0; i--) {
      date = calendar.nextBusinessDay(date);
    }
    boolean morning = random.nextBoolean();
    AppointmentKind kind =
        order.details().fulfilment() == Fulfilment.PICKUP
            ? AppointmentKind.PICKUP
            : AppointmentKind.DELIVERY;
    Appointment appointment =
        new Appointment(
            date, LocalTime.of(morning ? 8 : 12, 0), LocalTime.of(morning ? 12 : 16, 0), kind);
    suite
        .services
        .bookAppointment()
        .handle(
            new BookAppointment.Command(
                id(), order.orderId(), AGENT, appointment, "Booked with the guest"));
    booked++;
    bookedValue = bookedValue.add(order.details().undeliveredValue());
    if (random.nextDouble() < 0.05) {
      suite
          .services
          .addComment()
          .handle(
              new AddComment.Command(id(), order.orderId(), AGENT, "Guest asked for a call ahead"));
    }
  }

  private void printRow(LocalDate day, Map<WorkListKind, Integer> sizes) {
    Map<String, int[]> sms = new TreeMap<>();
    suite
        .smsLog
        .takeCounts()
        .forEach(
            (key, count) -> {
              String[] parts = key.split("/");
              int[] row = sms.computeIfAbsent(shortName(parts[0]), k -> new int[3]);
              switch (parts[1]) {
                case "SENT" -> row[0] += count;
                case "DEFERRED" -> row[1] += count;
                default -> row[2] += count;
              }
            });
    StringBuilder smsText = new StringBuilder();
    sms.forEach(
        (tp, row) ->
            smsText
                .append(tp)
                .append(' ')
                .append(row[0])
                .append('/')
                .append(row[1])
                .append('/')
                .append(row[2])
                .append(' '));
    // The store systems and the ERP pick up what the suite sent them today.
    Map<String, Integer> handOffs = new LinkedHashMap<>();
    for (String store : suite.stores.storeIds()) {
      for (String body : suite.collect(OomQueues.handOff(store))) {
        JsonNode handOff = readTree(body);
        handOffs.merge(
            handOff.get("storeId").asText() + ":" + handOff.get("reason").asText(),
            1,
            Integer::sum);
      }
    }
    List<String> toErp = suite.collect(OomQueues.ERP_UPDATES);
    erpUpdates += toErp.size();
    toErp.forEach(erp::apply);
    int[] totals = new int[3];
    sms.values().forEach(row -> Arrays.setAll(totals, i -> totals[i] + row[i]));
    summary.add(
        new Day(
            day,
            Map.copyOf(sizes),
            attempts,
            totals[0],
            totals[1],
            totals[2],
            Map.copyOf(handOffs),
            booked,
            bookedValue));
    out.printf(
        "%-10s %-32s %5d %-44s %-28s %6d %12s%n",
        day + " " + day.getDayOfWeek().name().substring(0, 3),
        "%d/%d/%d/%d/%d/%d/%d"
            .formatted(
                sizes.get(WorkListKind.SCHEDULING),
                sizes.get(WorkListKind.FOLLOW_UP),
                sizes.get(WorkListKind.CONFIRMATION),
                sizes.get(WorkListKind.CODED),
                sizes.get(WorkListKind.PAST_DUE),
                sizes.get(WorkListKind.MISSED),
                sizes.get(WorkListKind.SYNC)),
        attempts,
        smsText.toString().strip(),
        handOffs.isEmpty() ? "-" : handOffs.toString(),
        booked,
        bookedValue.setScale(0, RoundingMode.HALF_UP).toPlainString());
  }

  private static String shortName(String touchPoint) {
    return switch (touchPoint) {
      case "MERCHANDISE_AVAILABLE" -> "avail";
      case "APPOINTMENT_BOOKED" -> "booked";
      case "APPOINTMENT_REMINDER" -> "remind";
      case "TIME_FRAME" -> "frame";
      case "REVISED_ATP" -> "atp";
      case "MISSED_APPOINTMENT" -> "missed";
      case "BALANCE_DUE" -> "bal";
      default -> touchPoint;
    };
  }

  private Instant max(Instant target) {
    return target.isAfter(suite.now()) ? target : suite.now();
  }

  private String id() {
    return "demo-" + (++commands);
  }

  private OrderDetails order(String orderId, String store) {
    BusinessCalendar calendar = suite.stores.forStore(store);
    LocalDate today = calendar.today(suite.now());
    int lineCount = 1 + random.nextInt(3);
    boolean available = random.nextDouble() < 0.7;
    List<OrderLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int l = 0; l < lineCount; l++) {
      BigDecimal value =
          BigDecimal.valueOf(150 + random.nextInt(3500)).setScale(2, RoundingMode.HALF_UP);
      total = total.add(value);
      boolean lineAvailable = available || l > 0;
      lines.add(
          new OrderLine(
              orderId + "-" + (l + 1),
              "SKU-" + (1000 + random.nextInt(9000)),
              "Item " + (l + 1),
              1,
              value,
              lineAvailable,
              today.plusDays(lineAvailable ? -2 : 3 + random.nextInt(10))));
    }
    List<GuestPhone> phones = new ArrayList<>();
    phones.add(new GuestPhone(phone(store), PhoneType.MOBILE, random.nextDouble() < 0.75));
    if (random.nextDouble() < 0.6) {
      phones.add(new GuestPhone(phone(store), PhoneType.HOME, false));
    }
    boolean french = store.equals("303") ? random.nextDouble() < 0.4 : random.nextDouble() < 0.1;
    Fulfilment fulfilment = random.nextDouble() < 0.8 ? Fulfilment.DELIVERY : Fulfilment.PICKUP;
    OrderType type =
        switch (random.nextInt(10)) {
          case 0 -> OrderType.EXCHANGE;
          case 1 -> OrderType.SERVICE;
          case 2 -> OrderType.TRANSFER;
          default -> OrderType.SALE;
        };
    BigDecimal balance =
        random.nextDouble() < 0.15
            ? BigDecimal.valueOf(100 + random.nextInt(900)).setScale(2, RoundingMode.HALF_UP)
            : BigDecimal.ZERO;
    return new OrderDetails(
        orderId,
        type,
        fulfilment,
        store,
        fulfilment == Fulfilment.PICKUP ? "888" : "DC-" + store,
        calendar.zone(),
        french ? GuestLanguage.FRENCH : GuestLanguage.ENGLISH,
        random.nextDouble() < 0.7 ? FulfilmentStatus.EST : FulfilmentStatus.SCH,
        today.plusDays(random.nextInt(20) - 5),
        lines.stream().map(OrderLine::atpDate).max(LocalDate::compareTo).orElse(today),
        null,
        total,
        balance,
        "CAD",
        new Guest(
            "G-" + orderId, french ? "Camille" : "Alex", french ? "Tremblay" : "Martin", phones),
        lines);
  }

  private PhoneNumber phone(String store) {
    String area =
        switch (store) {
          case "202" -> "306";
          case "303" -> "416";
          default -> "204";
        };
    return PhoneNumber.parse(area + "555" + String.format("%04d", random.nextInt(10000)));
  }
}
