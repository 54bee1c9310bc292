package com.oom.aws.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.application.AddComment;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.ListWorkList;
import com.oom.core.application.ListWorkList.WorkListPage;
import com.oom.core.application.RecordFulfilmentOutcome;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Actor;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.OpenOrder;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import com.oom.tooling.emulator.EmulatorExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A work-list page and the daily plan cost the same in a store of 1,000 and of 10,000 open orders:
 * the same requests, the same items read and the same read units, because they read the index's
 * entries (a page: at most {@code limit + 1} entries per partition, and the list's counters), never
 * the store. Store 101 holds {@value #SMALL_DEFAULT} orders of the {@link OpenBook} mix, store 202
 * {@value #LARGE_DEFAULT}; both have the same {@link OpenBook#BOOKED_TOMORROW} visits tomorrow, so
 * the daily plan has the same work in both. The page across stores is measured with store 101 alone
 * (1,000 open orders in the table) and with both (11,000).
 *
 * <p>For contrast the old whole-store read (the store's open orders through {@code openByStore},
 * ranked in memory by {@link WorkLists#build}; before issue 18 every list request did this) is
 * measured too, and grows with the store. Figures and wall-clock times are printed ({@code
 * LIST-SCALE} lines), never asserted; {@code docs/performance.md} has them. Writing the book takes
 * most of the test's time (on the 2-core machine 45–100 s for the 10,000: moto answers one request
 * at a time, about ten items an order); the old read of 10,000 orders 6–13 s. The sizes are system
 * properties: {@code -Doom.lists.large=100000} repeated the comparison by hand (19 minutes, half of
 * them the old read).
 */
@ExtendWith(EmulatorExtension.class)
class ListScaleIT {
  private static final int SMALL_DEFAULT = 1_000;
  private static final int LARGE_DEFAULT = 10_000;
  private static final int SMALL = Integer.getInteger("oom.lists.small", SMALL_DEFAULT);
  private static final int LARGE = Integer.getInteger("oom.lists.large", LARGE_DEFAULT);
  private static final int LIMIT = ListWorkList.DEFAULT_LIMIT;

  private final MutableClock clock = new MutableClock(OpenBook.NOW);

  /** What one read cost. */
  record Cost(Map<String, Long> requests, long itemsRead, double readUnits, long millis) {
    /** The same requests, items and units (the time is the emulator's, not compared). */
    boolean sameAs(Cost other) {
      return requests.equals(other.requests)
          && itemsRead == other.itemsRead
          && readUnits == other.readUnits;
    }

    @Override
    public String toString() {
      return "%s, %d items, %s RRU, %d ms".formatted(requests, itemsRead, readUnits, millis);
    }
  }

  @Test
  void a_page_and_the_daily_plan_cost_the_same_with_a_thousand_and_with_ten_thousand_orders() {
    AwsStack aws = new AwsStack(clock);
    UseCaseFactory oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
    warmUp(oom);

    long writeSmall = OpenBook.write(aws, "101", 0, SMALL);
    theIndexedListIsTheListTheRulesCompute(aws, oom, "101");
    Map<String, Cost> small = costs(aws, oom, "101");
    long writeLarge = OpenBook.write(aws, "202", 0, LARGE);
    Map<String, Cost> large = costs(aws, oom, "202");

    System.out.printf(
        "LIST-SCALE book written: %,d orders in %,d ms, %,d more in %,d ms (%d threads)%n",
        SMALL, writeSmall, LARGE, writeLarge, OpenBook.THREADS);
    small.forEach(
        (read, cost) -> {
          System.out.printf("LIST-SCALE %,d | %s: %s%n", SMALL, read, cost);
          System.out.printf("LIST-SCALE %,d | %s: %s%n", LARGE, read, large.get(read));
        });
    small.forEach(
        (read, cost) -> {
          if (!read.startsWith("old")) {
            assertThat(large.get(read).sameAs(cost))
                .as("%s at %,d: %s; at %,d: %s", read, SMALL, cost, LARGE, large.get(read))
                .isTrue();
          }
        });
    assertThat(small.get("store page 1").requests())
        .as("the page's entries and the list's counters")
        .isEqualTo(Map.of("DynamoDb.Query", 2L));
    assertThat(small.get("store page 1").itemsRead())
        .as("limit + 1 entries and the list counters of the store's lists")
        .isGreaterThan(LIMIT);
    assertThat(small.get("all stores page 1").requests())
        .as("one Query per shard of the view across stores, one per shard of its counters")
        .isEqualTo(Map.of("DynamoDb.Query", 8L));
    assertThat(small.get("old: whole store, ranked in memory").itemsRead()).isEqualTo(SMALL);
    assertThat(large.get("old: whole store, ranked in memory").itemsRead()).isEqualTo(LARGE);
  }

  /**
   * Resolves the queue URLs the daily plan publishes to (SMS requests, ERP updates; once per
   * function instance) on an order of its own, closed at the end so it is on no list.
   */
  private void warmUp(UseCaseFactory oom) {
    var order = Orders.defaultOrder().orderId("SO-WARM-UP0000");
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-warm", new ErpSnapshot(order.details(), 1, clock.instant(), null)));
    oom.addComment()
        .handle(new AddComment.Command("warm", "SO-WARM-UP0000", Actor.agent("agent-7"), "warm"));
    oom.recordFulfilmentOutcome()
        .handle(
            new RecordFulfilmentOutcome.Command(
                "erp-warm-out",
                "SO-WARM-UP0000",
                FulfilmentOutcomeKind.DELIVERED,
                clock.instant()));
  }

  /** The reads of the store's lists and its daily plan, in the order an agent's day has them. */
  private Map<String, Cost> costs(AwsStack aws, UseCaseFactory oom, String storeId) {
    ListWorkList lists = oom.listWorkList();
    List<String> store = List.of(storeId);
    Map<String, Cost> costs = new LinkedHashMap<>();
    WorkListPage[] pages = new WorkListPage[3];
    costs.put(
        "store page 1",
        cost(aws, () -> pages[0] = lists.page(WorkListKind.SCHEDULING, store, null, LIMIT)));
    pages[1] = lists.page(WorkListKind.SCHEDULING, store, pages[0].lastRank(), LIMIT);
    costs.put(
        "store page 3",
        cost(
            aws,
            () ->
                pages[2] = lists.page(WorkListKind.SCHEDULING, store, pages[1].lastRank(), LIMIT)));
    for (WorkListPage page : pages) {
      assertThat(page.items()).hasSize(LIMIT);
      assertThat(page.lastRank()).isNotNull();
    }
    costs.put(
        "store page 1, past-due",
        cost(aws, () -> lists.page(WorkListKind.PAST_DUE, store, null, LIMIT)));
    costs.put(
        "store page 1, coded", cost(aws, () -> lists.page(WorkListKind.CODED, store, null, LIMIT)));
    costs.put(
        "all stores page 1",
        cost(aws, () -> lists.page(WorkListKind.SCHEDULING, null, null, LIMIT)));
    costs.put(
        "old: whole store, ranked in memory",
        cost(aws, () -> oldWholeStoreList(aws, WorkListKind.SCHEDULING, storeId)));
    costs.put(
        "daily plan, start of day",
        cost(
            aws,
            () ->
                assertThat(oom.planTheDay().handle("plan#" + storeId, storeId).remindersRequested())
                    .isEqualTo(OpenBook.BOOKED_TOMORROW)));
    System.out.printf(
        "LIST-SCALE store %s: list sizes %s%n", storeId, lists.sizes(List.of(storeId)));
    return costs;
  }

  /** Today's implementation before issue 18: every open order of the store, ranked in memory. */
  static List<WorkItem> oldWholeStoreList(AwsStack aws, WorkListKind kind, String storeId) {
    List<OpenOrder> orders = aws.dynamoAdapters.orders().openOrders(storeId);
    return OLD_RULES.build(kind, orders, DIRECTORY::find, OpenBook.NOW);
  }

  private static final StoreDirectory DIRECTORY =
      StoreDirectory.standardStores("101=America/Winnipeg,202=America/Winnipeg");
  private static final WorkLists OLD_RULES =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));

  /**
   * The index the book's writes built holds exactly the list the pure rules compute from the
   * store's orders: the same items in the same order, and its size.
   */
  private static void theIndexedListIsTheListTheRulesCompute(
      AwsStack aws, UseCaseFactory oom, String storeId) {
    for (WorkListKind kind :
        List.of(WorkListKind.SCHEDULING, WorkListKind.PAST_DUE, WorkListKind.CODED)) {
      List<WorkItem> computed = oldWholeStoreList(aws, kind, storeId);
      assertThat(oom.listWorkList().handle(kind, storeId))
          .as(kind.slug())
          .isNotEmpty()
          .isEqualTo(computed);
      assertThat(oom.listWorkList().page(kind, List.of(storeId), null, 1).total())
          .as("%s: the counters lost no update of the writers running at once", kind.slug())
          .isEqualTo(computed.size());
    }
  }

  private static Cost cost(AwsStack aws, Runnable read) {
    aws.requests.reset();
    aws.capacity.reset();
    aws.capacity.enabled(true); // off while the book is written: it reads every item written
    long start = System.nanoTime();
    read.run();
    long millis = (System.nanoTime() - start) / 1_000_000;
    aws.capacity.enabled(false);
    return new Cost(
        aws.requests.snapshot(), aws.requests.itemsRead(), aws.capacity.readUnits(), millis);
  }
}
