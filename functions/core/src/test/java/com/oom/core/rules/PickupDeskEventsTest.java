package com.oom.core.rules;

import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PickupEvent;
import com.oom.core.order.RuleViolation;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.ErpChanges;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessages;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PickupDeskEventsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 10);
  private static final Appointment PICKUP =
      new Appointment(DAY, LocalTime.of(13, 0), LocalTime.of(15, 0), AppointmentKind.PICKUP);
  private final OpenOrder booked =
      defaultOrder().status(FulfilmentStatus.SCH).appointment(PICKUP).build();

  @Test
  void arrival_is_recorded_on_the_order_with_an_audit_entry_and_an_erp_update() {
    Instant at = winnipeg("2026-12-10T13:05");

    OrderUpdate update = record(booked, PickupEvent.ARRIVED, "guest at desk 2", at);

    assertThat(update.after().pickupDesk().arrivedAt()).isEqualTo(at);
    assertThat(update.after().pickupDesk().appointmentDate()).isEqualTo(DAY);
    assertThat(update.after().status()).isEqualTo(FulfilmentStatus.SCH);
    assertThat(OutboxMessages.auditEntries(update))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.action()).isEqualTo("PICKUP_ARRIVED");
              assertThat(a.comment()).isEqualTo("guest at desk 2");
            });
    OutboxMessage.ErpUpdate erp = erpUpdates(update).getFirst();
    assertThat(erp.action()).isEqualTo("PICKUP_ARRIVED");
    assertThat(erp.changes().pickup())
        .isEqualTo(new ErpChanges.PickupChange(PickupEvent.ARRIVED, DAY, "888", null));
  }

  @Test
  void arrival_is_refused_on_any_day_but_the_appointment_day() {
    assertThatThrownBy(
            () -> record(booked, PickupEvent.ARRIVED, "early", winnipeg("2026-12-09T13:05")))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("only on that day");
    assertThatThrownBy(
            () -> record(booked, PickupEvent.ARRIVED, "late", winnipeg("2026-12-11T09:00")))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void the_appointment_day_is_the_orders_local_day() {
    // 00:30 UTC on the 11th is still the 10th in Winnipeg.
    OrderUpdate update =
        record(booked, PickupEvent.ARRIVED, "late guest", Instant.parse("2026-12-11T00:30:00Z"));

    assertThat(update.after().pickupDesk().arrivedAt()).isNotNull();
  }

  @Test
  void a_second_arrival_changes_nothing() {
    OpenOrder arrived =
        record(booked, PickupEvent.ARRIVED, "here", winnipeg("2026-12-10T13:05")).after();

    OrderUpdate again = record(arrived, PickupEvent.ARRIVED, "here", winnipeg("2026-12-10T13:10"));

    assertThat(again.changed()).isFalse();
  }

  @Test
  void release_closes_the_order_as_picked_up_and_writes_the_outcome_back() {
    Instant at = winnipeg("2026-12-10T13:20");

    OrderUpdate update = record(booked, PickupEvent.RELEASED, "handed over", at);

    assertThat(update.after().status()).isEqualTo(FulfilmentStatus.PICKED_UP);
    assertThat(update.after().pickupDesk().releasedAt()).isEqualTo(at);
    assertThat(update.events())
        .extracting(e -> (Object) e.getClass())
        .containsExactly(
            OrderEvent.PickupDeskEventRecorded.class,
            OrderEvent.FulfilmentOutcomeRecorded.class,
            OrderEvent.OrderClosed.class);
    assertThat(erpUpdates(update).getFirst().changes().pickup())
        .isEqualTo(
            new ErpChanges.PickupChange(
                PickupEvent.RELEASED, DAY, "888", FulfilmentOutcomeKind.PICKED_UP));
  }

  @Test
  void release_is_refused_before_the_appointment_day_but_allowed_after_it() {
    assertThatThrownBy(
            () -> record(booked, PickupEvent.RELEASED, "early", winnipeg("2026-12-09T16:00")))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("not released before that day");

    OrderUpdate late =
        record(booked, PickupEvent.RELEASED, "came a day late", winnipeg("2026-12-11T10:00"));

    assertThat(late.after().status()).isEqualTo(FulfilmentStatus.PICKED_UP);
  }

  @Test
  void the_erps_later_picked_up_outcome_and_snapshot_are_no_ops() {
    OpenOrder released =
        record(booked, PickupEvent.RELEASED, "handed over", winnipeg("2026-12-10T13:20")).after();
    Instant later = winnipeg("2026-12-10T14:00");

    OrderUpdate outcome =
        FulfilmentOutcomes.record(
            released, FulfilmentOutcomeKind.PICKED_UP, later, Orders.erp("erp-1", later));
    OrderUpdate snapshot =
        SnapshotIngestion.apply(
            Optional.of(released),
            new ErpSnapshot(
                released.details().withStatus(FulfilmentStatus.PICKED_UP), 2, later, null),
            Orders.erp("erp-2", later));

    assertThat(outcome.changed()).isFalse();
    assertThat(snapshot.after().status()).isEqualTo(FulfilmentStatus.PICKED_UP);
    assertThat(snapshot.events()).isEmpty();
  }

  @Test
  void a_snapshot_from_before_the_erp_read_the_release_does_not_reopen_the_order() {
    OpenOrder released =
        record(booked, PickupEvent.RELEASED, "handed over", winnipeg("2026-12-10T13:20")).after();
    Instant later = winnipeg("2026-12-10T13:30");

    OrderUpdate snapshot =
        SnapshotIngestion.apply(
            Optional.of(released),
            new ErpSnapshot(released.details().withStatus(FulfilmentStatus.SCH), 2, later, null),
            Orders.erp("erp-2", later));

    assertThat(snapshot.after().status()).isEqualTo(FulfilmentStatus.PICKED_UP);
  }

  @Test
  void a_no_show_puts_the_order_on_the_missed_list_as_a_missed_pick_up_and_texts_the_guest() {
    Instant at = winnipeg("2026-12-10T15:30");

    OrderUpdate update = record(booked, PickupEvent.NO_SHOW, "guest never came", at);

    assertThat(update.after().missed().outcome()).isEqualTo(FulfilmentOutcomeKind.PICKUP_MISSED);
    assertThat(update.after().pickupDesk().noShowAt()).isEqualTo(at);
    assertThat(update.after().isWorkedByOom()).isTrue();
    assertThat(update.events())
        .filteredOn(OrderEvent.TouchPointTriggered.class::isInstance)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((OrderEvent.TouchPointTriggered) e).touchPoint())
                    .isEqualTo(TouchPoint.MISSED_APPOINTMENT));
    assertThat(erpUpdates(update).getFirst().changes().pickup().outcome())
        .isEqualTo(FulfilmentOutcomeKind.PICKUP_MISSED);
  }

  @Test
  void a_no_show_is_refused_before_the_window_has_ended() {
    assertThatThrownBy(
            () -> record(booked, PickupEvent.NO_SHOW, "not yet", winnipeg("2026-12-10T14:59")))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("only once it has ended");
  }

  @Test
  void a_no_show_is_refused_once_the_guest_arrived() {
    OpenOrder arrived =
        record(booked, PickupEvent.ARRIVED, "here", winnipeg("2026-12-10T13:05")).after();

    assertThatThrownBy(
            () -> record(arrived, PickupEvent.NO_SHOW, "left", winnipeg("2026-12-10T16:00")))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("arrived");
  }

  @Test
  void a_second_no_show_changes_nothing_and_an_arrival_after_it_is_refused() {
    OpenOrder noShow =
        record(booked, PickupEvent.NO_SHOW, "never came", winnipeg("2026-12-10T15:30")).after();

    assertThat(record(noShow, PickupEvent.NO_SHOW, "again", winnipeg("2026-12-10T16:00")).changed())
        .isFalse();
    assertThatThrownBy(
            () -> record(noShow, PickupEvent.ARRIVED, "late", winnipeg("2026-12-10T16:10")))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("no-show");
  }

  @Test
  void a_rebooked_pick_up_starts_afresh_at_the_desk() {
    OpenOrder arrived =
        record(booked, PickupEvent.ARRIVED, "here", winnipeg("2026-12-10T13:05")).after();
    Appointment nextDay =
        new Appointment(
            DAY.plusDays(1), LocalTime.of(13, 0), LocalTime.of(15, 0), AppointmentKind.PICKUP);
    OpenOrder rebooked =
        arrived.toBuilder().details(arrived.details().withAppointment(nextDay)).build();

    OrderUpdate update =
        record(rebooked, PickupEvent.ARRIVED, "here again", winnipeg("2026-12-11T13:05"));

    assertThat(update.after().pickupDesk().appointmentDate()).isEqualTo(DAY.plusDays(1));
    assertThat(update.after().pickupDesk().arrivedAt()).isEqualTo(winnipeg("2026-12-11T13:05"));
  }

  @Test
  void only_an_order_with_a_booked_pick_up_goes_to_the_desk() {
    OpenOrder delivery = defaultOrder().appointment(appointment(DAY)).build();
    OpenOrder unbooked = defaultOrder().build();

    assertThatThrownBy(
            () -> record(delivery, PickupEvent.ARRIVED, "x", winnipeg("2026-12-10T10:00")))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("no booked pick-up");
    assertThatThrownBy(
            () -> record(unbooked, PickupEvent.ARRIVED, "x", winnipeg("2026-12-10T10:00")))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void a_closed_or_cwc_order_is_refused() {
    OpenOrder cwc =
        booked.toBuilder().details(booked.details().withStatus(FulfilmentStatus.CWC)).build();
    OpenOrder closed =
        booked.toBuilder().details(booked.details().withStatus(FulfilmentStatus.CANCELLED)).build();

    assertThatThrownBy(() -> record(cwc, PickupEvent.ARRIVED, "x", winnipeg("2026-12-10T13:05")))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("CWC");
    assertThatThrownBy(
            () -> record(closed, PickupEvent.RELEASED, "x", winnipeg("2026-12-10T13:05")))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void event_and_comment_are_required() {
    Instant at = winnipeg("2026-12-10T13:05");
    assertThatThrownBy(() -> record(booked, null, "x", at))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("event"));
    assertThatThrownBy(() -> record(booked, PickupEvent.ARRIVED, " ", at))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
  }

  private static OrderUpdate record(
      OpenOrder order, PickupEvent event, String comment, Instant at) {
    return PickupDeskEvents.record(order, event, comment, Orders.agent("req-" + at, at));
  }

  private static List<OutboxMessage.ErpUpdate> erpUpdates(OrderUpdate update) {
    return OutboxMessages.from(update, List.of()).stream()
        .filter(OutboxMessage.ErpUpdate.class::isInstance)
        .map(OutboxMessage.ErpUpdate.class::cast)
        .toList();
  }
}
