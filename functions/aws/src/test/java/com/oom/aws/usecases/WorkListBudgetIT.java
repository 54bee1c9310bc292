package com.oom.aws.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.aws.usecases.BudgetTable.Measured;
import com.oom.core.application.BackfillWorkLists;
import com.oom.core.application.EscalateDueOrders;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.ListWorkList;
import com.oom.core.application.ListWorkList.WorkListPage;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.WorkListKind;
import com.oom.tooling.emulator.EmulatorExtension;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The work lists' request budgets since issue 18 (the lists are read from the work-list index, a
 * page at a time): a page of one store, the next page, a page across every store; what the timer
 * sweep writes when an order's lines change with the day; a step of the backfill that lists the
 * orders stored before the index. Counted and metered as in {@link RequestBudgetIT}; the table is
 * in {@code functions/aws/README.md} between the {@code work-list-budgets} markers ({@code
 * -Doom.budgets.write=true} rewrites it). What an order change writes into the index is the last
 * column of {@link RequestBudgetIT}'s table. That a page costs the same in a larger store is {@link
 * ListScaleIT}.
 */
@ExtendWith(EmulatorExtension.class)
class WorkListBudgetIT {
  private static final BudgetTable TABLE =
      new BudgetTable(
          "work-list-budgets",
          "WorkListBudgetIT",
          List.of(
              "work list page of 50, one store: first page",
              "work list page of 50, one store: next page",
              "work list page of 50, every store (4 shards)",
              "sweep: re-lists an order whose lines changed with the day",
              "work-list backfill step: lists one order stored before the index"));

  private static final int LIMIT = ListWorkList.DEFAULT_LIMIT;

  private final MutableClock clock = new MutableClock(OpenBook.NOW);
  private AwsStack aws;
  private UseCaseFactory oom;

  @BeforeEach
  void stack() {
    aws = new AwsStack(clock);
    oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
  }

  /**
   * 200 orders of the {@link OpenBook} mix in each store, 140 of each on the scheduling list: a
   * page reads {@code limit + 1} entries of one partition (the extra one says whether more follow)
   * and the counters of the lists (the total); across stores, {@code limit + 1} of each of the 4
   * shards and the 4 shards' counters.
   */
  @Test
  void pages() {
    OpenBook.write(aws, "101", 0, 200);
    OpenBook.write(aws, "202", 0, 200);
    aws.capacity.enabled(true);
    ListWorkList lists = oom.listWorkList();
    List<String> store = List.of("101");
    WorkListPage[] first = new WorkListPage[1];
    expect(
        "work list page of 50, one store: first page",
        () -> first[0] = lists.page(WorkListKind.SCHEDULING, store, null, LIMIT),
        Map.of("DynamoDb.Query", 2L));
    expect(
        "work list page of 50, one store: next page",
        () ->
            assertThat(
                    lists.page(WorkListKind.SCHEDULING, store, first[0].lastRank(), LIMIT).items())
                .hasSize(LIMIT),
        Map.of("DynamoDb.Query", 2L));
    expect(
        "work list page of 50, every store (4 shards)",
        () ->
            assertThat(lists.page(WorkListKind.SCHEDULING, null, null, LIMIT).total())
                .isEqualTo(280),
        Map.of("DynamoDb.Query", 4L + 4L));
    assertThat(first[0].items()).hasSize(LIMIT);
    assertThat(first[0].total()).isEqualTo(140);
  }

  /**
   * A visit on Wednesday comes into the confirmation window at midnight on Tuesday: nothing happens
   * to the order, but its lines change, so the commit that booked it set its timer for then, and
   * the sweep re-lists it: 1 BatchGetItem and 1 TransactWriteItems besides its reads.
   */
  @Test
  void relisting() {
    ingest(
        Orders.defaultOrder()
            .status(FulfilmentStatus.SCH)
            .appointment(Orders.appointment(LocalDate.of(2026, 12, 2))));
    backfillDone();
    assertThat(oom.listWorkList().handle(WorkListKind.CONFIRMATION, "101")).isEmpty();
    clock.set(Instant.parse("2026-12-01T07:00:00Z")); // Tuesday 01:00 in Winnipeg
    aws.capacity.enabled(true);
    expect(
        "sweep: re-lists an order whose lines changed with the day",
        () -> assertThat(sweep().examined()).isOne(),
        BudgetTable.plus(
            RequestBudgetIT.SWEEP_READS,
            Map.of("DynamoDb.BatchGetItem", 1L, "DynamoDb.TransactWriteItems", 1L)));
    assertThat(oom.listWorkList().handle(WorkListKind.CONFIRMATION, "101"))
        .extracting(item -> item.orderId())
        .containsExactly("SO-1001");
  }

  /**
   * An order stored before the index (its state item without {@code listed}) is listed by the
   * backfill's next step: the position, one {@code openByStore} Query per store walked, the order
   * and its listing (as any change: 1 BatchGetItem + 1 TransactWriteItems), the position saved.
   */
  @Test
  void backfill() {
    ingest(Orders.defaultOrder());
    BackfillWorkListsIT.forgetListing(aws, "SO-1001");
    aws.capacity.enabled(true);
    expect(
        "work-list backfill step: lists one order stored before the index",
        () ->
            assertThat(oom.backfillWorkLists().step("sweep-1", 200))
                .isEqualTo(new BackfillWorkLists.Step(1, 1, true)),
        Map.of(
            "DynamoDb.GetItem", 1L,
            "DynamoDb.Query", 2L,
            "DynamoDb.BatchGetItem", 1L,
            "DynamoDb.TransactWriteItems", 1L,
            "DynamoDb.PutItem", 1L));
    assertThat(oom.backfillWorkLists().step("sweep-2", 200))
        .isEqualTo(new BackfillWorkLists.Step(0, 0, true));
  }

  @AfterAll
  static void theReadmeShowsWhatWasMeasured() throws IOException {
    TABLE.checkReadme();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private void expect(String row, Runnable useCase, Map<String, Long> budget) {
    Measured measured = BudgetTable.measure(aws, useCase);
    assertThat(measured.requests()).as(row).isEqualTo(budget);
    TABLE.record(row, measured);
  }

  private void ingest(Orders.Builder order) {
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-1", new ErpSnapshot(order.details(), 1, clock.instant(), null)));
  }

  private void backfillDone() {
    assertThat(oom.backfillWorkLists().step("backfill", 200).done()).isTrue();
  }

  /** The timer sweep's steps (as {@code TimerSweepHandler.sweep}), nothing due but the order. */
  private EscalateDueOrders.Result sweep() {
    var escalations = oom.escalateDueOrders().handle("sweep-1", 200);
    oom.sendDeferredSms().handle(200);
    oom.publishOutbox().republishPending(200);
    backfillDone();
    return escalations;
  }
}
