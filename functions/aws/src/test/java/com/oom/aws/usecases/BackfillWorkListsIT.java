package com.oom.aws.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.aws.dynamo.OomTable;
import com.oom.aws.testing.AwsStack;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.application.BackfillWorkLists;
import com.oom.core.application.ListWorkList;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.OrderChange;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import com.oom.tooling.emulator.EmulatorExtension;
import com.oom.tooling.emulator.Emulators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The work-list backfill on moto: orders stored before the index existed (state items with no
 * {@code listed} attribute) are listed a bounded step at a time, each exactly once, resuming from
 * the position saved in the table, until the lists equal what the rules compute from the orders.
 */
@ExtendWith(EmulatorExtension.class)
class BackfillWorkListsIT {
  private static final StoreDirectory STORES =
      StoreDirectory.standardStores("101=America/Winnipeg,202=America/Winnipeg");
  private static final OomConfig CONFIG = OomConfig.defaults();

  private final MutableClock clock = new MutableClock(Orders.MONDAY_10_AM_WINNIPEG);
  private final WorkLists rules = new WorkLists(CONFIG, EscalationRules.from(CONFIG));
  private AwsStack aws;
  private UseCaseFactory oom;

  private void stack(ExecutionInterceptor... interceptors) {
    aws = new AwsStack(clock, Emulators.shared().endpoint(), List.of(interceptors));
    oom = aws.services(new FakeSmsGateway(clock), CONFIG, clock);
  }

  private OpenOrders orders() {
    return aws.dynamoAdapters.orders();
  }

  /**
   * Writes the order as OOM did before the index existed: the state item alone, through the change
   * that lists nothing, then without the index's attributes that change still records.
   */
  private void storedBeforeTheIndex(OpenOrder order) {
    orders()
        .save(
            new OrderChange(null, order, 0, List.of(), List.of(), "erp-" + order.orderId(), null));
    forgetListing(aws, order.orderId());
  }

  /** Removes what the state item records for the index: the order looks stored before it. */
  static void forgetListing(AwsStack aws, String orderId) {
    aws.dynamo.updateItem(
        b ->
            b.tableName(AwsStack.TABLE)
                .key(stateKey(orderId))
                .updateExpression("REMOVE listed, listRefreshAt"));
  }

  private static Map<String, AttributeValue> stateKey(String orderId) {
    return Map.of(
        OomTable.PK, AttributeValue.fromS("ORDER#" + orderId),
        OomTable.SK, AttributeValue.fromS("STATE"));
  }

  /**
   * Five open orders in store 101 and three in 202, on various lists, and one closed order (never
   * walked): in walk order, store by store and by order id.
   */
  private List<String> ordersOfTwoStores() {
    List<OpenOrder> open =
        List.of(
            Orders.defaultOrder().orderId("SO-101-1").build(),
            Orders.defaultOrder()
                .orderId("SO-101-2")
                .appointment(Orders.appointment(LocalDate.of(2026, 12, 1)))
                .build(),
            Orders.defaultOrder().orderId("SO-101-3").notAvailable().build(),
            Orders.defaultOrder().orderId("SO-101-4").build().toBuilder()
                .contactStatus(ContactStatus.HOLD, Orders.MONDAY_10_AM_WINNIPEG.minusSeconds(86400))
                .build(),
            Orders.defaultOrder()
                .orderId("SO-101-5")
                .fulfilmentDate(LocalDate.of(2026, 11, 2))
                .build(),
            Orders.defaultOrder().orderId("SO-202-1").storeId("202").build(),
            Orders.defaultOrder()
                .orderId("SO-202-2")
                .storeId("202")
                .appointment(Orders.appointment(LocalDate.of(2026, 12, 1)))
                .build(),
            Orders.defaultOrder()
                .orderId("SO-202-3")
                .storeId("202")
                .lines(Orders.line("1", "900.00", true))
                .build());
    open.forEach(this::storedBeforeTheIndex);
    storedBeforeTheIndex(
        Orders.defaultOrder().orderId("SO-101-0").status(FulfilmentStatus.DELIVERED).build());
    return open.stream().map(OpenOrder::orderId).toList();
  }

  private Map<String, Long> versions(List<String> orderIds) {
    Map<String, Long> versions = new LinkedHashMap<>();
    for (String id : orderIds) {
      versions.put(id, orders().find(id).orElseThrow().version());
    }
    return versions;
  }

  private List<String> relisted(List<String> orderIds) {
    return versions(orderIds).entrySet().stream()
        .filter(v -> v.getValue() > 1)
        .map(Map.Entry::getKey)
        .toList();
  }

  private void everyListIsWhatTheRulesCompute() {
    ListWorkList lists = oom.listWorkList();
    for (WorkListKind kind : WorkListKind.values()) {
      for (String store : new String[] {"101", "202", null}) {
        List<WorkItem> expected =
            rules.build(kind, orders().openOrders(store), STORES::find, clock.instant());
        assertThat(lists.handle(kind, store))
            .as("%s in %s", kind.slug(), store)
            .isEqualTo(expected);
        assertThat(lists.sizes(store == null ? null : List.of(store)).get(kind))
            .as("size of %s in %s", kind.slug(), store)
            .isEqualTo(expected.size());
      }
    }
  }

  @Test
  void a_change_that_lists_nothing_records_an_empty_listing_and_an_old_item_records_none() {
    stack();
    OpenOrder order = Orders.defaultOrder().build();
    orders().save(new OrderChange(null, order, 0, List.of(), List.of(), "erp-1", null));

    assertThat(aws.orderStateItem("SO-1001").get("listed").m()).isEmpty();
    assertThat(aws.orderStateItem("SO-1001")).doesNotContainKey("listRefreshAt");
    assertThat(orders().load("SO-1001", "any").listed().index()).isEmpty();
    assertThat(oom.listWorkList().handle(WorkListKind.SCHEDULING, "101")).isEmpty();

    forgetListing(aws, "SO-1001");

    assertThat(orders().load("SO-1001", "any").listed()).isNull();
  }

  @Test
  void small_steps_list_every_open_order_once_resuming_where_the_last_step_stopped() {
    stack();
    List<String> walk = ordersOfTwoStores();
    everyListIsEmpty();
    BackfillWorkLists backfill = oom.backfillWorkLists();

    List<BackfillWorkLists.Step> steps = new ArrayList<>();
    int examined = 0;
    while (steps.isEmpty() || !steps.getLast().done()) {
      BackfillWorkLists.Step step = backfill.step("sweep-" + (steps.size() + 1), 2);
      steps.add(step);
      examined += step.examined();
      assertThat(step.examined()).isLessThanOrEqualTo(2);
      // nothing skipped, nothing ahead of the walk: exactly the orders walked so far are listed
      assertThat(relisted(walk)).isEqualTo(walk.subList(0, examined));
      assertThat(aws.dynamoAdapters.workListIndex().backfillPosition())
          .contains(
              step.done()
                  ? BackfillWorkLists.DONE
                  : storeOf(walk.get(examined - 1)) + "|" + walk.get(examined - 1));
      assertThat(steps).hasSizeLessThan(10);
    }

    assertThat(steps.stream().mapToInt(BackfillWorkLists.Step::listed).sum()).isEqualTo(8);
    assertThat(examined).isEqualTo(8);
    assertThat(versions(walk).values()).containsOnly(2L);
    assertThat(orders().find("SO-101-0").orElseThrow().version()).isEqualTo(1);
    everyListIsWhatTheRulesCompute();
    assertThat(oom.listWorkList().handle(WorkListKind.SCHEDULING, null))
        .extracting(WorkItem::orderId)
        .contains("SO-101-1", "SO-202-1", "SO-202-3");
    assertThat(
            aws.dynamoAdapters
                .workListIndex()
                .appointmentsBetween("101", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)))
        .containsExactly("SO-101-2");
  }

  private static String storeOf(String orderId) {
    return orderId.substring(3, 6);
  }

  private void everyListIsEmpty() {
    for (WorkListKind kind : WorkListKind.values()) {
      assertThat(oom.listWorkList().handle(kind, null)).as(kind.slug()).isEmpty();
    }
  }

  @Test
  void once_done_a_step_costs_one_read_and_writes_nothing() {
    stack();
    ordersOfTwoStores();
    BackfillWorkLists backfill = oom.backfillWorkLists();
    assertThat(backfill.step("sweep-1", 200)).isEqualTo(new BackfillWorkLists.Step(8, 8, true));

    aws.requests.reset();
    BackfillWorkLists.Step again = backfill.step("sweep-2", 200);

    assertThat(again).isEqualTo(new BackfillWorkLists.Step(0, 0, true));
    assertThat(aws.requests.snapshot()).isEqualTo(Map.of("DynamoDb.GetItem", 1L));
  }

  @Test
  void rerun_from_the_start_after_its_marker_is_deleted_lists_nothing_twice() {
    stack();
    List<String> walk = ordersOfTwoStores();
    oom.backfillWorkLists().step("sweep-1", 200);
    Map<WorkListKind, Integer> sizes = oom.listWorkList().sizes(null);
    aws.dynamo.deleteItem(
        b ->
            b.tableName(AwsStack.TABLE)
                .key(
                    Map.of(
                        OomTable.PK, AttributeValue.fromS("BACKFILL#WORK-LISTS"),
                        OomTable.SK, AttributeValue.fromS("LATEST"))));

    BackfillWorkLists.Step rerun = oom.backfillWorkLists().step("sweep-2", 200);

    assertThat(rerun).isEqualTo(new BackfillWorkLists.Step(8, 0, true));
    assertThat(versions(walk).values()).containsOnly(2L);
    assertThat(oom.listWorkList().sizes(null)).isEqualTo(sizes);
  }

  @Test
  void a_step_cut_short_is_resumed_from_the_last_saved_position_without_listing_twice() {
    FailingWrite cut = new FailingWrite();
    stack(cut);
    List<String> walk = ordersOfTwoStores();
    BackfillWorkLists backfill = oom.backfillWorkLists();
    backfill.step("sweep-1", 2);
    cut.failAt.set(2); // the second order written in the next step: the function dies there

    assertThatThrownBy(() -> backfill.step("sweep-2", 4)).isInstanceOf(SdkClientException.class);
    assertThat(relisted(walk)).isEqualTo(walk.subList(0, 3));
    assertThat(aws.dynamoAdapters.workListIndex().backfillPosition()).contains("101|SO-101-2");

    BackfillWorkLists.Step resumed = backfill.step("sweep-3", 4);

    assertThat(resumed.examined()).isEqualTo(4);
    assertThat(resumed.listed()).isEqualTo(3); // SO-101-3 was listed before the cut
    assertThat(relisted(walk)).isEqualTo(walk.subList(0, 6));
    for (int run = 4; !backfill.step("sweep-" + run, 4).done(); run++) {
      assertThat(run).isLessThan(10);
    }
    assertThat(versions(walk).values()).containsOnly(2L);
    everyListIsWhatTheRulesCompute();
  }

  /** Fails the n-th TransactWriteItems after it is set (1: the next), as a dropped connection. */
  private static final class FailingWrite implements ExecutionInterceptor {
    final AtomicInteger failAt = new AtomicInteger();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      if (context.request() instanceof TransactWriteItemsRequest
          && failAt.get() > 0
          && failAt.decrementAndGet() == 0) {
        throw SdkClientException.create("connection reset");
      }
    }
  }
}
