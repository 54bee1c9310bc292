package com.oom.aws.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pick-up desk's budget (issue 19): the desk list of a distribution centre costs one Query of
 * its desk partition, and reserved-stock ageing one Query of the locations' counters plus one of
 * each location's oldest entry, whatever the size of the stores behind them (20 or 400 open orders
 * in each store). Counted as in {@link RequestBudgetIT}.
 */
@ExtendWith(EmulatorExtension.class)
class PickupDeskBudgetIT {
  private static final LocalDate TOMORROW = OpenBook.TOMORROW;

  private final MutableClock clock = new MutableClock(OpenBook.NOW);
  private AwsStack aws;
  private UseCaseFactory oom;

  @BeforeEach
  void stack() {
    aws = new AwsStack(clock);
    oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
  }

  @Test
  void the_desk_list_and_reserved_stock_cost_the_same_in_a_small_and_a_large_store() {
    bookPickUps("101", 3);
    OpenBook.write(aws, "101", 0, 20);
    Map<String, Long> small = deskList(3);
    Map<String, Long> smallAgeing = ageing();

    OpenBook.write(aws, "101", 20, 400);
    OpenBook.write(aws, "202", 0, 400);
    Map<String, Long> large = deskList(3);
    Map<String, Long> largeAgeing = ageing();

    assertThat(small).isEqualTo(Map.of("DynamoDb.Query", 1L));
    assertThat(large).isEqualTo(small);
    assertThat(smallAgeing).isEqualTo(Map.of("DynamoDb.Query", 2L));
    assertThat(largeAgeing).isEqualTo(smallAgeing);
  }

  private Map<String, Long> deskList(int expected) {
    aws.capacity.enabled(true);
    return BudgetTable.measure(
            aws,
            () ->
                assertThat(oom.listPickupDesk().handle("888", TOMORROW, null).lines())
                    .hasSize(expected))
        .requests();
  }

  private Map<String, Long> ageing() {
    aws.capacity.enabled(true);
    return BudgetTable.measure(
            aws, () -> assertThat(oom.measureReservedStock().handle()).hasSize(1))
        .requests();
  }

  private void bookPickUps(String storeId, int count) {
    for (int i = 0; i < count; i++) {
      String orderId = "SO-PICKUP-" + i;
      oom.ingestSnapshot()
          .handle(
              new IngestSnapshot.Command(
                  "erp-" + orderId,
                  new ErpSnapshot(
                      Orders.defaultOrder()
                          .orderId(orderId)
                          .storeId(storeId)
                          .status(FulfilmentStatus.SCH)
                          .appointment(
                              new Appointment(
                                  TOMORROW,
                                  LocalTime.of(9 + i, 0),
                                  LocalTime.of(10 + i, 0),
                                  AppointmentKind.PICKUP))
                          .details(),
                      1,
                      clock.instant(),
                      null)));
    }
  }
}
