package com.oom.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.PickupEvent;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.PickupDeskItem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickupDeskTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private final Testbed bed = new Testbed(Orders.MONDAY_10_AM_WINNIPEG);
  private long sequence;

  private void order(Orders.Builder order) {
    bed.services
        .ingestSnapshot()
        .handle(bed.snapshot("erp-" + ++sequence, sequence, order.details()));
  }

  private static Appointment pickup(LocalDate day, int startHour) {
    return new Appointment(
        day, LocalTime.of(startHour, 0), LocalTime.of(startHour + 2, 0), AppointmentKind.PICKUP);
  }

  private static Orders.Builder booked(String orderId, LocalDate day, int startHour) {
    return Orders.defaultOrder()
        .orderId(orderId)
        .status(FulfilmentStatus.SCH)
        .appointment(pickup(day, startHour));
  }

  private List<String> deskOrderIds(LocalDate date, List<String> stores) {
    return bed.services.listPickupDesk().handle("888", date, stores).lines().stream()
        .map(line -> line.item().orderId())
        .toList();
  }

  @Test
  void the_desk_lists_the_days_booked_pick_ups_by_window_then_order_without_reading_orders() {
    order(booked("SO-3", TODAY, 13));
    order(booked("SO-2", TODAY, 9));
    order(booked("SO-1", TODAY, 13));
    order(booked("SO-TOMORROW", TODAY.plusDays(1), 9));
    order(Orders.defaultOrder().orderId("SO-DELIVERY").appointment(Orders.appointment(TODAY)));
    order(booked("SO-OTHER-STORE", TODAY, 9).storeId("202"));
    int reads = bed.orders.openOrdersReads();

    assertThat(deskOrderIds(TODAY, null)).containsExactly("SO-2", "SO-OTHER-STORE", "SO-1", "SO-3");
    assertThat(deskOrderIds(TODAY.plusDays(1), null)).containsExactly("SO-TOMORROW");
    assertThat(bed.orders.openOrdersReads()).isEqualTo(reads);
  }

  @Test
  void store_staff_see_only_their_stores_pick_ups() {
    order(booked("SO-101", TODAY, 9));
    order(booked("SO-202", TODAY, 9).storeId("202"));

    assertThat(deskOrderIds(TODAY, List.of("202"))).containsExactly("SO-202");
  }

  @Test
  void without_a_date_the_desk_is_today_in_each_orders_time_zone() {
    // 23:30 in Winnipeg on the 30th is already the 1st in UTC and in Toronto.
    bed.clock.set(Instant.parse("2026-12-01T05:30:00Z"));
    order(booked("SO-WINNIPEG-TODAY", TODAY, 9));
    order(booked("SO-TORONTO-TODAY", TODAY.plusDays(1), 9).zone(Orders.TORONTO));
    order(booked("SO-WINNIPEG-TOMORROW", TODAY.plusDays(1), 9));

    ListPickupDesk.DeskList desk = bed.services.listPickupDesk().handle("888", null, null);

    assertThat(desk.date()).isNull();
    assertThat(desk.lines())
        .extracting(line -> line.item().orderId())
        .containsExactlyInAnyOrder("SO-WINNIPEG-TODAY", "SO-TORONTO-TODAY");
  }

  @Test
  void each_line_carries_the_guest_the_window_and_the_reserved_stock_age_in_days() {
    order(booked("SO-1", TODAY, 13));
    bed.clock.advance(Duration.ofDays(3));
    LocalDate threeDaysOn = TODAY.plusDays(3);

    ListPickupDesk.DeskLine line =
        bed.services.listPickupDesk().handle("888", TODAY, null).lines().getFirst();

    PickupDeskItem item = line.item();
    assertThat(item.guestFirstName()).isEqualTo("Alex");
    assertThat(item.phones()).hasSize(2);
    assertThat(item.windowStart()).isEqualTo(LocalTime.of(13, 0));
    assertThat(item.windowEnd()).isEqualTo(LocalTime.of(15, 0));
    assertThat(item.lines()).hasSize(2);
    assertThat(line.reservedDays()).isEqualTo(3);
    assertThat(item.reservedDays(threeDaysOn)).isEqualTo(3);
  }

  @Test
  void an_arrival_shows_on_the_desk_and_a_release_takes_the_order_off_it() {
    order(booked("SO-1", TODAY, 9));
    order(booked("SO-2", TODAY, 9));

    bed.services
        .recordPickupEvent()
        .handle(
            new RecordPickupEvent.Command(
                "k1", "SO-1", Actor.agent("a"), PickupEvent.ARRIVED, "guest at the desk"));
    assertThat(bed.services.listPickupDesk().handle("888", TODAY, null).lines())
        .filteredOn(l -> l.item().orderId().equals("SO-1"))
        .singleElement()
        .satisfies(l -> assertThat(l.item().arrivedAt()).isEqualTo(bed.clock.instant()));

    CommandResult released =
        bed.services
            .recordPickupEvent()
            .handle(
                new RecordPickupEvent.Command(
                    "k2", "SO-1", Actor.agent("a"), PickupEvent.RELEASED, "handed over"));

    assertThat(released.order().status()).isEqualTo(FulfilmentStatus.PICKED_UP);
    assertThat(deskOrderIds(TODAY, null)).containsExactly("SO-2");
  }

  @Test
  void a_rebooked_pick_up_leaves_the_old_day() {
    order(booked("SO-1", TODAY, 9));
    order(booked("SO-1", TODAY.plusDays(2), 9));

    assertThat(deskOrderIds(TODAY, null)).isEmpty();
    assertThat(deskOrderIds(TODAY.plusDays(2), null)).containsExactly("SO-1");
  }

  @Test
  void reserved_stock_per_location_counts_the_available_orders_and_ages_the_oldest() {
    order(booked("SO-OLD", TODAY, 9));
    bed.clock.advance(Duration.ofDays(2));
    order(Orders.defaultOrder().orderId("SO-NEWER"));
    order(Orders.defaultOrder().orderId("SO-WAITING").notAvailable());
    bed.clock.advance(Duration.ofDays(3));

    List<MeasureReservedStock.ReservedStockAge> ages = bed.services.measureReservedStock().handle();

    assertThat(ages)
        .containsExactly(new MeasureReservedStock.ReservedStockAge("888", 2, 5, "SO-OLD"));
  }
}
