package com.oom.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.WorkListKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The sweep working due orders eight at a time, as on AWS, re-lists each exactly once. */
class ConcurrentSweepTest {
  private final Testbed bed = new Testbed(Orders.MONDAY_10_AM_WINNIPEG);

  @Test
  void orders_worked_eight_at_a_time_are_each_relisted_once_and_counted_once() {
    int orders = 60;
    for (int i = 0; i < orders; i++) {
      bed.services
          .ingestSnapshot()
          .handle(
              bed.snapshot(
                  "erp-" + i,
                  1,
                  Orders.defaultOrder()
                      .orderId("SO-" + i)
                      .fulfilmentDate(LocalDate.of(2026, 11, 30))
                      .details()));
    }
    UseCaseFactory eightAtATime =
        new UseCaseFactory(
            bed.ports, OomConfig.defaults(), bed.clock, EscalateDueOrders.CONCURRENCY_ON_AWS);
    assertThat(bed.services.listWorkList().handle(WorkListKind.PAST_DUE, "101")).isEmpty();

    bed.clock.advance(java.time.Duration.ofDays(1));
    EscalateDueOrders.Result first = eightAtATime.escalateDueOrders().handle("sweep-1", 200);
    EscalateDueOrders.Result second = eightAtATime.escalateDueOrders().handle("sweep-2", 200);

    assertThat(first.examined()).isEqualTo(orders);
    assertThat(second.examined()).isZero();
    assertThat(bed.services.listWorkList().handle(WorkListKind.PAST_DUE, "101")).hasSize(orders);
    assertThat(bed.services.listWorkList().sizes(null).get(WorkListKind.PAST_DUE))
        .isEqualTo(orders);
    assertThat(bed.orders.find("SO-7").orElseThrow().version()).isEqualTo(2);
  }
}
