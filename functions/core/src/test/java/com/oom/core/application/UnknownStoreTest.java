package com.oom.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.WorkListKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownStoreTest {
  private final Testbed bed = Testbed.withStores(Orders.MONDAY_10_AM_WINNIPEG, Set.of("101"));

  @Test
  void
      a_snapshot_for_a_store_not_in_the_directory_is_refused_naming_the_store_and_writes_nothing() {
    assertThatThrownBy(
            () ->
                bed.services
                    .ingestSnapshot()
                    .handle(
                        bed.snapshot("erp-1", 1, Orders.defaultOrder().storeId("999").details())))
        .isInstanceOfSatisfying(UnknownStore.class, e -> assertThat(e.storeId()).isEqualTo("999"))
        .hasMessage("store 999 is not in the store directory");

    assertThat(bed.orders.find("SO-1001")).isEmpty();
    assertThat(bed.queues.erpUpdates).isEmpty();
    assertThat(bed.queues.smsRequests).isEmpty();
  }

  @Test
  void a_snapshot_moving_an_order_to_an_unknown_store_is_refused_and_the_order_stays_as_it_was() {
    bed.services.ingestSnapshot().handle(bed.snapshot("erp-1", 1, Orders.defaultOrder().details()));

    assertThatThrownBy(
            () ->
                bed.services
                    .ingestSnapshot()
                    .handle(
                        bed.snapshot("erp-2", 2, Orders.defaultOrder().storeId("999").details())))
        .isInstanceOf(UnknownStore.class);

    assertThat(bed.orders.find("SO-1001").orElseThrow().details().storeId()).isEqualTo("101");
    assertThat(bed.services.listWorkList().knowsStore("999")).isFalse();
    assertThat(bed.services.listWorkList().handle(WorkListKind.SCHEDULING, null))
        .extracting(item -> item.storeId())
        .containsOnly("101");
  }
}
