package com.oom.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.aws.testing.TransactionConflictOnce;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.application.CommandResult;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.RecordFulfilmentOutcome;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.OpenOrder;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.OrderChange;
import com.oom.core.port.WorkListIndex;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.ListEntry;
import com.oom.core.worklist.Listing;
import com.oom.core.worklist.Listings;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import com.oom.tooling.emulator.EmulatorExtension;
import com.oom.tooling.emulator.Emulators;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The work-list index on moto, written by the use cases' own transactions: entries in the store's
 * list and in the view across stores, counters, appointment days and orders without a next step;
 * pages merged across shards; what changes with time re-listed by the timer sweep.
 */
@ExtendWith(EmulatorExtension.class)
class DynamoWorkListIndexIT {
  private static final Actor AGENT = Actor.agent("agent-7");
  // Monday 2026-11-30, 10:00 in Winnipeg
  private static final Instant MONDAY_10_AM = Orders.MONDAY_10_AM_WINNIPEG;
  private static final StoreDirectory STORES =
      StoreDirectory.standardStores("101=America/Winnipeg,202=America/Winnipeg");
  private static final OomConfig CONFIG = OomConfig.defaults();

  private final MutableClock clock = new MutableClock(MONDAY_10_AM);
  private final WorkLists rules = new WorkLists(CONFIG, EscalationRules.from(CONFIG));
  private final Listings listings =
      new Listings(rules, EscalationRules.from(CONFIG), new EchoDeadlines(CONFIG.erpEchoWithin()));
  private AwsStack aws;
  private UseCaseFactory oom;
  private WorkListIndex index;
  private IndexedLists lists;
  private ExecutorService threads;
  private int requestIds;

  private void stack(ExecutionInterceptor... interceptors) {
    aws = new AwsStack(clock, Emulators.shared().endpoint(), List.of(interceptors));
    oom = aws.services(new FakeSmsGateway(clock), CONFIG, clock);
    index = aws.dynamoAdapters.workListIndex();
    lists = new IndexedLists(aws, rules, STORES, clock);
  }

  @AfterEach
  void stopThreads() {
    if (threads != null) {
      threads.shutdownNow();
    }
  }

  // --- the changes --------------------------------------------------------------------------

  private CommandResult ingest(Orders.Builder order, long sequence) {
    return oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-" + order.details().orderId() + "-" + sequence,
                new ErpSnapshot(order.details(), sequence, clock.instant(), null)));
  }

  private CommandResult attempt(String requestId, String orderId, AttemptOutcome outcome) {
    return oom.recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                requestId, orderId, AGENT, Orders.MOBILE, ContactChannel.PHONE, outcome, "called"));
  }

  private void hold(String orderId) {
    oom.setContactStatus()
        .handle(
            new SetContactStatus.Command(
                "req-" + ++requestIds,
                orderId,
                AGENT,
                ContactStatus.HOLD,
                null,
                "guest away",
                null));
  }

  private static Orders.Builder booked(String orderId, LocalDate day) {
    return Orders.defaultOrder().orderId(orderId).appointment(Orders.appointment(day));
  }

  // --- entries and counters -----------------------------------------------------------------

  @Test
  void an_order_joining_a_list_is_written_in_its_store_and_across_stores_and_counted_once() {
    stack();
    ingest(Orders.defaultOrder(), 1);

    List<WorkItem> expected = lists.computed(WorkListKind.SCHEDULING, "101");
    assertThat(expected).singleElement().extracting(WorkItem::orderId).isEqualTo("SO-1001");
    List<Map<String, AttributeValue>> inStore =
        lists.partition(WorkListItems.storeList(WorkListKind.SCHEDULING, "101"));
    List<Map<String, AttributeValue>> acrossStores =
        lists.partition(
            WorkListItems.allStoresList(WorkListKind.SCHEDULING, WorkListItems.shardOf("SO-1001")));
    assertThat(inStore)
        .singleElement()
        .satisfies(e -> assertThat(IndexedLists.itemOf(e)).isEqualTo(expected.getFirst()));
    assertThat(acrossStores)
        .singleElement()
        .satisfies(e -> assertThat(IndexedLists.itemOf(e)).isEqualTo(expected.getFirst()));
    assertThat(acrossStores.getFirst().get(OomTable.SK))
        .isEqualTo(inStore.getFirst().get(OomTable.SK));
    assertThat(inStore.getFirst().get(WorkListItems.ORDER_ID).s()).isEqualTo("SO-1001");
    assertThat(lists.size(WorkListKind.SCHEDULING, "101")).isEqualTo(1);
    assertThat(lists.size(WorkListKind.SCHEDULING, "202")).isZero();
    assertThat(lists.size(WorkListKind.SCHEDULING, null)).isEqualTo(1);
    assertThat(lists.state("SO-1001").get(WorkListItems.LISTED).m())
        .containsKey("L|scheduling|101|" + inStore.getFirst().get(OomTable.SK).s());
  }

  @Test
  void a_change_to_a_line_rewrites_it_in_place_without_moving_the_counter() {
    stack();
    ingest(booked("SO-1001", LocalDate.of(2026, 12, 1)), 1); // confirmed on Monday
    List<Map<String, AttributeValue>> before =
        lists.partition(WorkListItems.storeList(WorkListKind.CONFIRMATION, "101"));
    assertThat(IndexedLists.itemOf(before.getFirst()).missing()).hasSize(2);

    attempt("call-1", "SO-1001", AttemptOutcome.NO_ANSWER);

    List<Map<String, AttributeValue>> after =
        lists.partition(WorkListItems.storeList(WorkListKind.CONFIRMATION, "101"));
    assertThat(after)
        .singleElement()
        .satisfies(
            e -> assertThat(e.get(OomTable.SK)).isEqualTo(before.getFirst().get(OomTable.SK)));
    assertThat(IndexedLists.itemOf(after.getFirst()))
        .isEqualTo(lists.computed(WorkListKind.CONFIRMATION, "101").getFirst());
    assertThat(IndexedLists.itemOf(after.getFirst()).missing()).hasSize(1);
    assertThat(lists.allStoresEntries(WorkListKind.CONFIRMATION))
        .containsExactly(after.getFirst().get(OomTable.SK).s());
    assertThat(lists.size(WorkListKind.CONFIRMATION, "101")).isEqualTo(1);
    assertThat(lists.size(WorkListKind.CONFIRMATION, null)).isEqualTo(1);
  }

  @Test
  void a_new_rank_moves_the_entry_and_leaves_the_count_as_it_was() {
    stack();
    ingest(Orders.defaultOrder(), 1);
    List<String> before = lists.storeEntries(WorkListKind.SCHEDULING, "101");

    ingest(
        Orders.defaultOrder()
            .lines(Orders.line("1", "1000.00", true), Orders.line("2", "2500.00", true)),
        2);

    List<String> after = lists.storeEntries(WorkListKind.SCHEDULING, "101");
    assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
    assertThat(lists.allStoresEntries(WorkListKind.SCHEDULING)).isEqualTo(after);
    assertThat(lists.paged(WorkListKind.SCHEDULING, List.of("101"), null, 10))
        .isEqualTo(lists.computed(WorkListKind.SCHEDULING, "101"))
        .singleElement()
        .satisfies(item -> assertThat(item.priority()).isEqualByComparingTo("3500.00"));
    assertThat(lists.size(WorkListKind.SCHEDULING, "101")).isEqualTo(1);
    assertThat(lists.size(WorkListKind.SCHEDULING, null)).isEqualTo(1);
  }

  @Test
  void leaving_a_list_deletes_both_entries_and_counts_it_out() {
    stack();
    ingest(Orders.defaultOrder(), 1);
    assertThat(lists.size(WorkListKind.SCHEDULING, "101")).isEqualTo(1);

    hold("SO-1001");

    assertThat(lists.storeEntries(WorkListKind.SCHEDULING, "101")).isEmpty();
    assertThat(lists.allStoresEntries(WorkListKind.SCHEDULING)).isEmpty();
    assertThat(lists.size(WorkListKind.SCHEDULING, "101")).isZero();
    assertThat(lists.size(WorkListKind.SCHEDULING, null)).isZero();
    // what it joined instead is what the rules say, and counted
    for (WorkListKind kind : WorkListKind.values()) {
      assertThat(lists.paged(kind, null, null, 10))
          .as(kind.slug())
          .isEqualTo(lists.computed(kind, null));
      assertThat(lists.size(kind, null))
          .as(kind.slug())
          .isEqualTo(lists.computed(kind, null).size());
    }
  }

  @Test
  void an_order_moved_to_another_store_moves_its_entries_and_counts() {
    stack();
    ingest(Orders.defaultOrder(), 1);

    ingest(Orders.defaultOrder().storeId("202"), 2);

    assertThat(lists.storeEntries(WorkListKind.SCHEDULING, "101")).isEmpty();
    assertThat(lists.storeEntries(WorkListKind.SCHEDULING, "202")).hasSize(1);
    assertThat(lists.allStoresEntries(WorkListKind.SCHEDULING)).hasSize(1);
    assertThat(lists.size(WorkListKind.SCHEDULING, "101")).isZero();
    assertThat(lists.size(WorkListKind.SCHEDULING, "202")).isEqualTo(1);
    assertThat(lists.size(WorkListKind.SCHEDULING, null)).isEqualTo(1);
    assertThat(lists.paged(WorkListKind.SCHEDULING, null, null, 10))
        .isEqualTo(lists.computed(WorkListKind.SCHEDULING, null));
  }

  @Test
  void closing_an_order_removes_every_entry_its_appointment_and_its_missing_next_step() {
    stack();
    ingest(booked("SO-1001", LocalDate.of(2026, 12, 1)), 1);
    withoutNextStepMarked("SO-1001");
    assertThat(lists.sortKeys(WorkListItems.appointments("101")))
        .containsExactly("2026-12-01#SO-1001");
    assertThat(index.withoutNextStep("101")).containsExactly("SO-1001");
    assertThat(lists.size(WorkListKind.CONFIRMATION, "101")).isEqualTo(1);

    oom.recordFulfilmentOutcome()
        .handle(
            new RecordFulfilmentOutcome.Command(
                "outcome-1", "SO-1001", FulfilmentOutcomeKind.DELIVERED, clock.instant()));

    for (WorkListKind kind : WorkListKind.values()) {
      assertThat(lists.storeEntries(kind, "101")).as(kind.slug()).isEmpty();
      assertThat(lists.allStoresEntries(kind)).as(kind.slug()).isEmpty();
      assertThat(lists.size(kind, "101")).as(kind.slug()).isZero();
      assertThat(lists.size(kind, null)).as(kind.slug()).isZero();
    }
    assertThat(lists.partition(WorkListItems.appointments("101"))).isEmpty();
    assertThat(lists.partition(WorkListItems.withoutNextStep("101"))).isEmpty();
    Map<String, AttributeValue> closed = lists.state("SO-1001");
    assertThat(closed.get(WorkListItems.LISTED).m()).isEmpty();
    assertThat(closed).doesNotContainKeys(WorkListItems.LIST_REFRESH_AT, "storeOpen");
  }

  /**
   * Rewrites the order's listing as the rules have it plus "no next step" (which the rules should
   * never produce), through the adapter's own save: the index item the safety net reads.
   */
  private void withoutNextStepMarked(String orderId) {
    OpenOrders orders = aws.dynamoAdapters.orders();
    OpenOrders.Loaded loaded = orders.load(orderId, "tool-" + orderId);
    OpenOrder order = loaded.order().orElseThrow();
    Listing real = listings.of(order, STORES.forStore("101"), clock.instant());
    Listing marked =
        new Listing(orderId, "101", real.entries(), real.appointmentDate(), true, real.refreshAt());
    orders.save(
        new OrderChange(
            order,
            order,
            order.version(),
            List.of(),
            List.of(),
            "tool-" + orderId,
            real.refreshAt(),
            loaded.listed(),
            marked));
  }

  // --- reads --------------------------------------------------------------------------------

  /** Twelve orders in two stores, on every shard of the view across stores, all to be booked. */
  private List<String> twelveOrdersToBook() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String id = "SO-" + (2000 + i);
      ids.add(id);
      ingest(
          Orders.defaultOrder()
              .orderId(id)
              .storeId(i % 3 == 0 ? "202" : "101")
              .lines(Orders.line("1", (100 * (i % 5) + 50) + ".00", true))
              .firstSeenAt(Instant.parse("2026-11-01T15:00:00Z").plusSeconds(60L * i)),
          1);
    }
    assertThat(ids.stream().map(WorkListItems::shardOf).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(0, 1, 2, 3);
    return ids;
  }

  @Test
  void a_page_across_stores_merges_the_shards_in_rank_order_after_the_rank_given() {
    stack();
    twelveOrdersToBook();
    List<WorkItem> everything = lists.computed(WorkListKind.SCHEDULING, null);
    assertThat(everything).hasSize(12);

    WorkListIndex.Page first = index.page(WorkListKind.SCHEDULING, null, null, 5);
    WorkListIndex.Page second =
        index.page(WorkListKind.SCHEDULING, null, first.entries().getLast().rank(), 5);
    WorkListIndex.Page third =
        index.page(WorkListKind.SCHEDULING, null, second.entries().getLast().rank(), 5);

    assertThat(first.entries()).extracting(ListEntry::item).isEqualTo(everything.subList(0, 5));
    assertThat(second.entries()).extracting(ListEntry::item).isEqualTo(everything.subList(5, 10));
    assertThat(third.entries()).extracting(ListEntry::item).isEqualTo(everything.subList(10, 12));
    assertThat(List.of(first.more(), second.more(), third.more()))
        .containsExactly(true, true, false);
    // a page that ends exactly at the last entry says nothing more follows
    WorkListIndex.Page exact =
        index.page(WorkListKind.SCHEDULING, null, first.entries().getLast().rank(), 7);
    assertThat(exact.entries()).extracting(ListEntry::item).isEqualTo(everything.subList(5, 12));
    assertThat(exact.more()).isFalse();
    assertThat(index.page(WorkListKind.SCHEDULING, null, null, 12).more()).isFalse();
    assertThat(index.page(WorkListKind.SCHEDULING, null, null, 11).more()).isTrue();
  }

  @Test
  void a_page_of_some_stores_merges_only_their_lists() {
    stack();
    twelveOrdersToBook();

    assertThat(lists.paged(WorkListKind.SCHEDULING, List.of("101"), null, 50))
        .hasSize(8)
        .isEqualTo(lists.computed(WorkListKind.SCHEDULING, "101"));
    assertThat(lists.paged(WorkListKind.SCHEDULING, List.of("202"), null, 50))
        .hasSize(4)
        .isEqualTo(lists.computed(WorkListKind.SCHEDULING, "202"));
    assertThat(lists.paged(WorkListKind.SCHEDULING, List.of("101", "202"), null, 50))
        .isEqualTo(lists.computed(WorkListKind.SCHEDULING, null));
    List<WorkItem> store = lists.computed(WorkListKind.SCHEDULING, "101");
    WorkListIndex.Page second =
        index.page(
            WorkListKind.SCHEDULING,
            List.of("101"),
            index.page(WorkListKind.SCHEDULING, List.of("101"), null, 3).entries().getLast().rank(),
            3);
    assertThat(second.entries()).extracting(ListEntry::item).isEqualTo(store.subList(3, 6));
    assertThat(second.more()).isTrue();
    assertThat(lists.size(WorkListKind.SCHEDULING, "101")).isEqualTo(8);
    assertThat(lists.size(WorkListKind.SCHEDULING, "202")).isEqualTo(4);
    assertThat(lists.size(WorkListKind.SCHEDULING, null)).isEqualTo(12);
  }

  @Test
  void appointments_are_read_by_day_and_store() {
    stack();
    ingest(booked("SO-TUE", LocalDate.of(2026, 12, 1)), 1);
    ingest(booked("SO-WED", LocalDate.of(2026, 12, 2)), 1);
    ingest(booked("SO-FRI", LocalDate.of(2026, 12, 4)), 1);
    ingest(booked("SO-OTHER-STORE", LocalDate.of(2026, 12, 1)).storeId("202"), 1);
    ingest(Orders.defaultOrder().orderId("SO-UNBOOKED"), 1);

    assertThat(
            index.appointmentsBetween("101", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)))
        .containsExactly("SO-TUE", "SO-WED");
    assertThat(
            index.appointmentsBetween("101", LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4)))
        .containsExactly("SO-FRI");
    assertThat(
            index.appointmentsBetween("101", LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3)))
        .isEmpty();
    assertThat(
            index.appointmentsBetween(
                "202", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31)))
        .containsExactly("SO-OTHER-STORE");
  }

  @Test
  void orders_without_a_next_step_are_read_by_store() {
    stack();
    ingest(Orders.defaultOrder().orderId("SO-B"), 1);
    ingest(Orders.defaultOrder().orderId("SO-A"), 1);
    ingest(Orders.defaultOrder().orderId("SO-C").storeId("202"), 1);
    assertThat(index.withoutNextStep("101")).isEmpty();

    withoutNextStepMarked("SO-B");
    withoutNextStepMarked("SO-A");

    assertThat(index.withoutNextStep("101")).containsExactly("SO-A", "SO-B");
    assertThat(index.withoutNextStep("202")).isEmpty();
  }

  // --- redelivery and concurrency -------------------------------------------------------------

  @Test
  void a_redelivered_command_writes_nothing_and_counts_nothing_twice() {
    stack();
    ingest(booked("SO-1001", LocalDate.of(2026, 12, 1)), 1);
    attempt("call-1", "SO-1001", AttemptOutcome.NO_ANSWER);
    Map<WorkListKind, Long> sizes = index.sizes(null);
    List<String> entries = lists.allStoresEntries(WorkListKind.CONFIRMATION);
    long version = aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().version();

    aws.requests.reset();
    CommandResult again = attempt("call-1", "SO-1001", AttemptOutcome.NO_ANSWER);

    assertThat(again.outcome()).isEqualTo(CommandResult.Outcome.DUPLICATE);
    assertThat(aws.requests.snapshot()).containsOnlyKeys("DynamoDb.BatchGetItem");
    assertThat(index.sizes(null)).isEqualTo(sizes);
    assertThat(lists.allStoresEntries(WorkListKind.CONFIRMATION)).isEqualTo(entries);
    assertThat(aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().version())
        .isEqualTo(version);
  }

  @Test
  void two_orders_of_a_store_joining_a_list_at_once_are_both_listed_and_counted() throws Exception {
    stack();
    // two orders whose entries share the store's counter of the list
    List<String> ids = sameCounter();
    for (String id : ids) {
      ingest(Orders.defaultOrder().orderId(id).notAvailable(), 1);
    }
    assertThat(lists.size(WorkListKind.SCHEDULING, "101")).isZero();
    threads = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);

    List<Future<CommandResult>> available = new ArrayList<>();
    for (String id : ids) {
      available.add(
          threads.submit(
              () -> {
                start.await();
                return ingest(Orders.defaultOrder().orderId(id), 2);
              }));
    }
    start.countDown();

    for (Future<CommandResult> result : available) {
      assertThat(result.get().outcome()).isEqualTo(CommandResult.Outcome.APPLIED);
    }
    assertThat(lists.storeEntries(WorkListKind.SCHEDULING, "101")).hasSize(2);
    assertThat(lists.allStoresEntries(WorkListKind.SCHEDULING)).hasSize(2);
    assertThat(lists.size(WorkListKind.SCHEDULING, "101")).isEqualTo(2);
    assertThat(lists.size(WorkListKind.SCHEDULING, null)).isEqualTo(2);
    assertThat(lists.paged(WorkListKind.SCHEDULING, null, null, 10))
        .isEqualTo(lists.computed(WorkListKind.SCHEDULING, null));
  }

  private static List<String> sameCounter() {
    String first = "SO-3000";
    String counter = WorkListItems.counter(WorkListKind.SCHEDULING, first);
    String second =
        IntStream.range(3001, 4000)
            .mapToObj(i -> "SO-" + i)
            .filter(id -> WorkListItems.counter(WorkListKind.SCHEDULING, id).equals(counter))
            .findFirst()
            .orElseThrow();
    return List.of(first, second);
  }

  @Test
  void a_transaction_conflict_on_a_shared_counter_is_retried_and_counted_once() {
    TransactionConflictOnce conflict = new TransactionConflictOnce();
    stack(conflict);
    ingest(Orders.defaultOrder().notAvailable(), 1);
    conflict.armed.set(true);
    aws.requests.reset();

    CommandResult result = ingest(Orders.defaultOrder(), 2);

    assertThat(result.outcome()).isEqualTo(CommandResult.Outcome.APPLIED);
    assertThat(conflict.armed).isFalse();
    assertThat(aws.requests.count("DynamoDb.TransactWriteItems")).isEqualTo(2);
    assertThat(aws.requests.count("DynamoDb.BatchGetItem")).isEqualTo(2);
    assertThat(lists.storeEntries(WorkListKind.SCHEDULING, "101")).hasSize(1);
    assertThat(lists.size(WorkListKind.SCHEDULING, "101")).isEqualTo(1);
    assertThat(lists.size(WorkListKind.SCHEDULING, null)).isEqualTo(1);
    assertThat(aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().version()).isEqualTo(2);
  }

  // --- lines that change with time ------------------------------------------------------------

  @Test
  void an_appointment_entering_the_confirmation_window_is_listed_by_the_sweep_at_midnight() {
    stack();
    ingest(booked("SO-WED", LocalDate.of(2026, 12, 2)), 1);
    Instant tuesdayMidnight = Instant.parse("2026-12-01T06:00:00Z");
    assertThat(lists.storeEntries(WorkListKind.CONFIRMATION, "101")).isEmpty();
    Map<String, AttributeValue> stored = lists.state("SO-WED");
    assertThat(stored.get(WorkListItems.LIST_REFRESH_AT).n())
        .isEqualTo(Long.toString(tuesdayMidnight.toEpochMilli()));
    assertThat(stored.get(OomTable.TIMERS.sortAttribute()).n())
        .isEqualTo(Long.toString(tuesdayMidnight.toEpochMilli()));

    clock.set(tuesdayMidnight.plus(Duration.ofMinutes(3)));
    assertThat(lists.storeEntries(WorkListKind.CONFIRMATION, "101"))
        .as("before the sweep")
        .isEmpty();
    oom.escalateDueOrders().handle("sweep-1", 100);

    assertThat(lists.paged(WorkListKind.CONFIRMATION, List.of("101"), null, 10))
        .hasSize(1)
        .isEqualTo(lists.computed(WorkListKind.CONFIRMATION, "101"));
    assertThat(lists.size(WorkListKind.CONFIRMATION, "101")).isEqualTo(1);
    assertThat(Long.parseLong(lists.state("SO-WED").get(WorkListItems.LIST_REFRESH_AT).n()))
        .isGreaterThan(clock.instant().toEpochMilli());
  }

  @Test
  void a_contact_date_coming_due_is_listed_by_the_sweep_on_that_day() {
    stack();
    ingest(Orders.defaultOrder(), 1);
    oom.setContactStatus()
        .handle(
            new SetContactStatus.Command(
                "req-hold",
                "SO-1001",
                AGENT,
                ContactStatus.HOLD,
                LocalDate.of(2026, 12, 1),
                "call back tomorrow",
                null));
    assertThat(lists.storeEntries(WorkListKind.FOLLOW_UP, "101")).isEmpty();
    Instant tuesdayMidnight = Instant.parse("2026-12-01T06:00:00Z");

    // each time its lines change before then (the ERP not showing the HOLD in time puts it on the
    // sync list; then the day turns), the order's timer is at that instant and the sweep re-lists
    // it
    int sweeps = 0;
    for (Instant at = lists.refreshAt("SO-1001");
        !at.isAfter(tuesdayMidnight);
        at = lists.refreshAt("SO-1001")) {
      assertThat(lists.timerDue("SO-1001")).isEqualTo(at);
      clock.set(at.plus(Duration.ofMinutes(4)));
      oom.escalateDueOrders().handle("sweep-" + ++sweeps, 100);
      for (WorkListKind kind : WorkListKind.values()) {
        assertThat(lists.paged(kind, null, null, 10))
            .as("%s after %s", kind.slug(), at)
            .isEqualTo(lists.computed(kind, null));
      }
    }

    assertThat(clock.instant()).isAfter(tuesdayMidnight);
    assertThat(lists.paged(WorkListKind.SYNC, List.of("101"), null, 10))
        .extracting(WorkItem::orderId)
        .containsExactly("SO-1001");
    List<WorkItem> followUps = lists.paged(WorkListKind.FOLLOW_UP, List.of("101"), null, 10);
    assertThat(followUps).hasSize(1).isEqualTo(lists.computed(WorkListKind.FOLLOW_UP, "101"));
    assertThat(followUps.getFirst().reason()).contains("Contact date due 2026-12-01");
  }

  @Test
  void every_list_read_equals_the_rules_after_a_mix_of_changes() {
    stack();
    twelveOrdersToBook();
    hold("SO-2001");
    ingest(booked("SO-2002", LocalDate.of(2026, 12, 1)), 2);
    attempt("call-1", "SO-2004", AttemptOutcome.NO_ANSWER);
    clock.advance(Duration.ofDays(1));
    oom.escalateDueOrders().handle("sweep-1", 100);

    for (WorkListKind kind : WorkListKind.values()) {
      for (String store : new String[] {"101", "202", null}) {
        List<WorkItem> expected = lists.computed(kind, store);
        assertThat(lists.paged(kind, store == null ? null : List.of(store), null, 50))
            .as("%s in %s", kind.slug(), store)
            .isEqualTo(expected);
        assertThat(lists.size(kind, store))
            .as("%s in %s", kind.slug(), store)
            .isEqualTo(expected.size());
      }
    }
    assertThat(index.withoutNextStep("101")).isEmpty();
  }
}
