package com.oom.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.WorkListKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
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
  void sizes_are_the_lists_sizes_from_one_read_per_store() {
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

    for (String store : new String[] {"101", "202", null}) {
      Map<WorkListKind, Integer> oneByOne = new EnumMap<>(WorkListKind.class);
      for (WorkListKind kind : WorkListKind.values()) {
        oneByOne.put(kind, lists.handle(kind, store).size());
      }
      int before = bed.orders.openOrdersReads();
      assertThat(lists.sizes(store)).as("store %s", store).isEqualTo(oneByOne);
      assertThat(bed.orders.openOrdersReads() - before).isEqualTo(1);
    }
    assertThat(lists.sizes(null).values().stream().mapToInt(Integer::intValue).sum()).isPositive();
  }

  @Test
  void every_open_order_has_a_next_step_counted_from_one_read() {
    fourOrdersInTwoStores();
    ListWorkList lists = bed.services.listWorkList();

    int before = bed.orders.openOrdersReads();
    assertThat(lists.withoutNextStep(null)).isEmpty();
    assertThat(lists.withoutNextStep("202")).isEmpty();
    assertThat(bed.orders.openOrdersReads() - before).isEqualTo(2);
  }
}
