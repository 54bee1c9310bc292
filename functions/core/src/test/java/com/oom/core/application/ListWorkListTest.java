package com.oom.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListWorkListTest {
  private final Testbed bed = new Testbed(Orders.MONDAY_10_AM_WINNIPEG);
  private long sequence;

  private void order(Orders.Builder order) {
    bed.services
        .ingestSnapshot()
        .handle(bed.snapshot("erp-" + ++sequence, sequence, order.details()));
  }

  /** New, in another store, booked, past due. */
  private void fourOrdersInTwoStores() {
    order(Orders.defaultOrder().orderId("SO-NEW"));
    order(Orders.defaultOrder().orderId("SO-OTHER-STORE").storeId("202").zone(Orders.REGINA));
    order(
        Orders.defaultOrder()
            .orderId("SO-BOOKED")
            .appointment(Orders.appointment(LocalDate.of(2026, 12, 1))));
    order(Orders.defaultOrder().orderId("SO-PAST").fulfilmentDate(LocalDate.of(2026, 11, 20)));
  }

  @Test
  void sizes_are_the_lists_sizes_and_no_list_reads_the_stores_orders() {
    fourOrdersInTwoStores();
    bed.services
        .recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                "call-1",
                "SO-NEW",
                Actor.agent("a"),
                Orders.MOBILE,
                ContactChannel.PHONE,
                AttemptOutcome.NO_ANSWER,
                "no answer"));
    bed.clock.advance(Duration.ofHours(3));
    ListWorkList lists = bed.services.listWorkList();
    int before = bed.orders.openOrdersReads();

    for (String store : new String[] {"101", "202", null}) {
      Map<WorkListKind, Integer> oneByOne = new EnumMap<>(WorkListKind.class);
      for (WorkListKind kind : WorkListKind.values()) {
        oneByOne.put(kind, lists.handle(kind, store).size());
      }
      assertThat(lists.sizes(store == null ? null : List.of(store)))
          .as("store %s", store)
          .isEqualTo(oneByOne);
    }
    assertThat(bed.orders.openOrdersReads() - before).isZero();
    assertThat(lists.sizes(null).values().stream().mapToInt(Integer::intValue).sum()).isPositive();
  }

  @Test
  void a_page_continues_after_the_last_rank_and_says_the_total() {
    fourOrdersInTwoStores();
    ListWorkList lists = bed.services.listWorkList();
    List<WorkItem> everything = lists.handle(WorkListKind.SCHEDULING, null);
    assertThat(everything).hasSizeGreaterThanOrEqualTo(2);

    ListWorkList.WorkListPage first = lists.page(WorkListKind.SCHEDULING, null, null, 1);
    ListWorkList.WorkListPage second =
        lists.page(WorkListKind.SCHEDULING, null, first.lastRank(), everything.size());

    assertThat(first.items()).containsExactly(everything.getFirst());
    assertThat(first.total()).isEqualTo(everything.size());
    assertThat(second.items()).isEqualTo(everything.subList(1, everything.size()));
    assertThat(second.lastRank()).isNull();
  }

  @Test
  void every_open_order_has_a_next_step_without_reading_the_store() {
    fourOrdersInTwoStores();
    ListWorkList lists = bed.services.listWorkList();

    int before = bed.orders.openOrdersReads();
    assertThat(lists.withoutNextStep("101")).isEmpty();
    assertThat(lists.withoutNextStep("202")).isEmpty();
    assertThat(bed.orders.openOrdersReads() - before).isZero();
  }
}
