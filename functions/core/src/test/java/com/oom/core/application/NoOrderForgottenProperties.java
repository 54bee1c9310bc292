package com.oom.core.application;

import static com.oom.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.RuleViolation;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.NextStep;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 17's promise, over random histories of a store's orders: ERP snapshots delivered out of
 * order and twice, attempts at any hour, status changes, bookings, outcomes, confirmations,
 * re-dates, the sweep, and the clock moving by minutes to days across weekends and the March DST
 * change. After every step: every open order OOM works has a next step with a due time, every list
 * item of every list has a due time, no order is on the scheduling list while it has an
 * appointment, and an item leaves its list once its reason is resolved (a booking takes the order
 * off scheduling and missed, a re-date off past-due, an attempt meets a due contact date, a
 * confirmation takes it off the confirmation list). Transfers from the distribution centre are
 * booked at random and arrive with snapshots at the store. Issue 18's promise too: every list read
 * page by page from the work-list index (random page sizes, one store, the other, all stores) is
 * exactly the list the pure rules compute from the orders at that instant, each item once, with its
 * total. The clock moves as the timer sweep sees it: a move ends with the sweep catching up, which
 * re-lists the orders whose lines changed with time.
 */
class NoOrderForgottenProperties {
  private static final String STORE = "101";
  private static final String OTHER_STORE = "202";
  private static final List<String> ORDERS = List.of("SO-1", "SO-2", "SO-3", "SO-4");
  private static final WorkLists RULES =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private static final Actor AGENT = Actor.agent("agent-7");

  @Test
  void every_open_order_has_a_next_step_and_lists_clear_themselves() {
    qt(150).forAll(SourceDSL.longs().all()).checkAssert(seed -> new Run(seed).play(40));
  }

  /** One random history, driven by {@code seed}. */
  private static final class Run {
    private final Random random;
    // Wednesday 2027-03-10 10:00 in Winnipeg: histories cross the weekend and DST on March 14.
    private final Testbed bed = new Testbed(Instant.parse("2027-03-10T16:00:00Z"));
    private final List<IngestSnapshot.Command> sent = new ArrayList<>();
    private long sequence;
    private int commands;

    Run(long seed) {
      random = new Random(seed);
    }

    void play(int steps) {
      for (String id : ORDERS) {
        snapshot(id);
      }
      deliverAll();
      check(null, null);
      for (int i = 0; i < steps; i++) {
        String id = ORDERS.get(random.nextInt(ORDERS.size()));
        WorkListKind resolved = step(id);
        check(id, resolved);
      }
    }

    /** One random step on {@code id}; the list it must have left, if the step resolves one. */
    private WorkListKind step(String id) {
      Optional<OpenOrder> found = bed.orders.find(id);
      try {
        switch (random.nextInt(11)) {
          case 0 -> snapshot(id);
          case 1 -> deliverOne();
          case 2 -> {
            if (found.isPresent()) {
              return attempt(found.get());
            }
          }
          case 3 -> setStatus(id);
          case 4 -> {
            return book(id);
          }
          case 5 -> outcome(id, found);
          case 6 -> {
            if (found.isPresent()) {
              return confirm(found.get());
            }
          }
          case 7 -> {
            return redate(id);
          }
          case 8 -> bed.services.escalateDueOrders().handle("sweep-" + (++commands), 100);
          case 9 -> transfer(id);
          default -> moveClock();
        }
      } catch (InvalidCommand | RuleViolation | UnknownOrder refused) {
        // A random command a real agent would not have been allowed to send: refused, not applied.
      }
      return null;
    }

    private void snapshot(String id) {
      LocalDate today = today();
      Orders.Builder order =
          Orders.defaultOrder()
              .orderId(id)
              .storeId(id.equals("SO-4") ? OTHER_STORE : STORE)
              .status(random.nextInt(12) == 0 ? FulfilmentStatus.DELIVERED : FulfilmentStatus.EST)
              .fulfilmentDate(today.plusDays(random.nextInt(10) - 5))
              .atpDate(random.nextBoolean() ? today.plusDays(random.nextInt(10) - 3) : null)
              .balanceDue(random.nextBoolean() ? "0" : "250.00");
      if (random.nextInt(3) == 0) {
        order.notAvailable();
      }
      if (random.nextInt(3) == 0) {
        order.appointment(appointment(today.plusDays(random.nextInt(6) - 2)));
      }
      // the merchandise at the distribution centre, or at the store (a transfer's destination)
      order.locationId(random.nextBoolean() ? "888" : "101");
      OrderDetails details = order.details();
      sent.add(bed.snapshot("erp-" + (++sequence), sequence, details));
      if (random.nextBoolean()) {
        deliverOne();
      }
    }

    private void deliverOne() {
      if (sent.isEmpty()) {
        return;
      }
      IngestSnapshot.Command command = sent.get(random.nextInt(sent.size()));
      bed.services.ingestSnapshot().handle(command); // any order; redelivery is a no-op
      if (random.nextBoolean()) {
        sent.remove(command);
      }
    }

    private void deliverAll() {
      sent.forEach(command -> bed.services.ingestSnapshot().handle(command));
      sent.clear();
    }

    private WorkListKind attempt(OpenOrder order) {
      AttemptOutcome outcome =
          AttemptOutcome.values()[random.nextInt(AttemptOutcome.values().length)];
      bed.services
          .recordContactAttempt()
          .handle(
              new RecordContactAttempt.Command(
                  "req-" + (++commands),
                  order.orderId(),
                  AGENT,
                  order.details().guest().phones().getFirst().number(),
                  ContactChannel.PHONE,
                  outcome,
                  "called"));
      return WorkListKind.FOLLOW_UP; // a due contact date is met (checked below)
    }

    private void setStatus(String id) {
      ContactStatus status = ContactStatus.values()[random.nextInt(ContactStatus.values().length)];
      LocalDate contactDate = random.nextBoolean() ? today().plusDays(random.nextInt(4)) : null;
      bed.services
          .setContactStatus()
          .handle(
              new SetContactStatus.Command(
                  "req-" + (++commands), id, AGENT, status, contactDate, "coded", null));
    }

    private WorkListKind book(String id) {
      AppointmentKind kind = AppointmentKind.values()[random.nextInt(3)];
      Appointment appointment =
          new Appointment(
              today().plusDays(random.nextInt(5)), LocalTime.of(8, 0), LocalTime.of(12, 0), kind);
      CommandResult result =
          bed.services
              .bookAppointment()
              .handle(
                  new BookAppointment.Command(
                      "req-" + (++commands), id, AGENT, appointment, "booked with guest"));
      return result.order().details().appointment().equals(appointment)
          ? WorkListKind.SCHEDULING
          : null;
    }

    private void outcome(String id, Optional<OpenOrder> found) {
      if (found.isEmpty() || found.get().details().appointment() == null) {
        return;
      }
      FulfilmentOutcomeKind kind =
          FulfilmentOutcomeKind.values()[random.nextInt(FulfilmentOutcomeKind.values().length)];
      bed.services
          .recordFulfilmentOutcome()
          .handle(
              new RecordFulfilmentOutcome.Command(
                  "erp-outcome-" + (++commands), id, kind, bed.clock.instant()));
    }

    private WorkListKind confirm(OpenOrder order) {
      if (order.details().appointment() == null) {
        return null;
      }
      ConfirmationResultKind result =
          random.nextBoolean()
              ? ConfirmationResultKind.CONFIRMED
              : ConfirmationResultKind.values()[
                  random.nextInt(ConfirmationResultKind.values().length)];
      var phone = order.details().guest().phones().getFirst().number();
      if (random.nextBoolean()) {
        bed.services
            .recordConfirmationResult()
            .handle(
                new RecordConfirmationResult.Command(
                    "jenny-" + (++commands),
                    order.orderId(),
                    order.details().appointment().date(),
                    result,
                    ConfirmationChannel.VOICE,
                    phone,
                    bed.clock.instant()));
      } else {
        bed.services
            .recordAgentConfirmation()
            .handle(
                new RecordAgentConfirmation.Command(
                    "req-" + (++commands),
                    order.orderId(),
                    AGENT,
                    phone,
                    result,
                    "confirmation call",
                    null));
      }
      return result == ConfirmationResultKind.CONFIRMED ? WorkListKind.CONFIRMATION : null;
    }

    /** A transfer from the distribution centre to the store, expected in the coming days. */
    private void transfer(String id) {
      bed.services
          .bookTransfer()
          .handle(
              new BookTransfer.Command(
                  "req-" + (++commands),
                  id,
                  AGENT,
                  "888",
                  "101",
                  today().plusDays(random.nextInt(4)),
                  "stock is at the DC"));
    }

    private WorkListKind redate(String id) {
      boolean transferLate =
          bed.orders
              .find(id)
              .filter(OpenOrder::awaitsTransfer)
              .map(o -> o.transfer().expectedDate().isBefore(today()))
              .orElse(false);
      LocalDate date = today().plusDays(random.nextInt(5));
      bed.services
          .redateOrder()
          .handle(
              new RedateOrder.Command(
                  "req-" + (++commands), id, AGENT, date, "re-dated to the ATP date", null));
      // a late transfer keeps the order on the past-due list until it arrives or is re-booked
      return transferLate ? null : WorkListKind.PAST_DUE;
    }

    private void moveClock() {
      Duration by =
          switch (random.nextInt(3)) {
            case 0 -> Duration.ofMinutes(5 + random.nextInt(120));
            case 1 -> Duration.ofHours(1 + random.nextInt(24));
            default -> Duration.ofDays(1 + random.nextInt(3));
          };
      bed.clock.advance(by);
      bed.services.escalateDueOrders().handle("sweep-" + (++commands), 1_000);
    }

    private void check(String touched, WorkListKind resolved) {
      Instant now = bed.clock.instant();
      for (String id : ORDERS) {
        Optional<OpenOrder> found = bed.orders.find(id);
        if (found.isEmpty() || found.get().isClosed()) {
          continue;
        }
        OpenOrder order = found.get();
        NextStep step = bed.services.viewOrder().handle(id).nextStep();
        if (order.isWorkedByOom()) {
          assertThat(step).as("next step of %s at %s: %s", id, now, order).isNotNull();
          assertThat(step.dueAt()).as("due time of %s's next step", id).isNotNull();
        }
      }
      for (WorkListKind kind : WorkListKind.values()) {
        List<WorkItem> items = bed.services.listWorkList().handle(kind, STORE);
        assertThat(items).allSatisfy(item -> assertThat(item.dueAt()).isNotNull());
        if (kind == WorkListKind.SCHEDULING) {
          assertThat(items)
              .as("nobody is called to book an order that is booked")
              .allSatisfy(
                  item ->
                      bed.orders
                          .find(item.orderId())
                          .orElseThrow()
                          .appointment()
                          .ifPresent(
                              visit -> {
                                assertThat(visit.kind()).isEqualTo(AppointmentKind.TECHNICIAN);
                                assertThat(
                                        visit
                                            .date()
                                            .atTime(visit.windowEnd())
                                            .atZone(Orders.WINNIPEG)
                                            .toInstant())
                                    .isBeforeOrEqualTo(now);
                              }));
        }
        if (touched != null && kind == resolved) {
          assertResolved(kind, touched, items);
        }
        for (List<String> stores : Arrays.asList(List.of(STORE), List.of(OTHER_STORE), null)) {
          indexedListIsTheRulesList(kind, stores, now);
        }
      }
    }

    /** Paged from the index, {@code kind}'s list in {@code stores} is the rules' list now. */
    private void indexedListIsTheRulesList(WorkListKind kind, List<String> stores, Instant now) {
      List<WorkItem> expected =
          RULES.build(
              kind,
              bed.orders.openOrders(null).stream()
                  .filter(o -> stores == null || stores.contains(o.details().storeId()))
                  .toList(),
              bed.ports.calendars()::find,
              now);
      int limit = 1 + random.nextInt(3);
      List<WorkItem> paged = new ArrayList<>();
      String after = null;
      do {
        ListWorkList.WorkListPage page =
            bed.services.listWorkList().page(kind, stores, after, limit);
        assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
        assertThat(page.total())
            .as("total of %s in %s", kind.slug(), stores)
            .isEqualTo(expected.size());
        paged.addAll(page.items());
        after = page.lastRank();
      } while (after != null);
      assertThat(paged)
          .as("%s in %s at %s, pages of %d", kind.slug(), stores, now, limit)
          .isEqualTo(expected);
    }

    private void assertResolved(WorkListKind kind, String id, List<WorkItem> items) {
      List<WorkItem> mine = items.stream().filter(item -> item.orderId().equals(id)).toList();
      switch (kind) {
        case SCHEDULING, CONFIRMATION, PAST_DUE ->
            assertThat(mine).as("%s left the %s list", id, kind.slug()).isEmpty();
        case FOLLOW_UP ->
            assertThat(mine)
                .as("an attempt meets %s's due contact date", id)
                .noneMatch(item -> item.reason().contains("Contact date due"));
        default -> throw new IllegalArgumentException(kind.slug());
      }
      if (kind == WorkListKind.SCHEDULING) {
        assertThat(bed.services.listWorkList().handle(WorkListKind.MISSED, STORE))
            .as("a booking takes %s off the missed list", id)
            .noneMatch(item -> item.orderId().equals(id));
      }
    }

    private LocalDate today() {
      return LocalDate.ofInstant(bed.clock.instant(), Orders.WINNIPEG);
    }

    private static Appointment appointment(LocalDate date) {
      return new Appointment(
          date, LocalTime.of(8, 0), LocalTime.of(12, 0), AppointmentKind.DELIVERY);
    }
  }
}
