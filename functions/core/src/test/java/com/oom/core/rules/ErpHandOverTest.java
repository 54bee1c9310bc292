package com.oom.core.rules;

import static com.oom.core.testing.Orders.agent;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.erp;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.audit.AuditWording;
import com.oom.core.order.Appointment;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PendingKind;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared fields' hand-over between OOM and the ERP (docs/erp-contract.md). */
class ErpHandOverTest {
  private static final Instant BOOKED_AT = winnipeg("2026-11-30T10:00");
  private static final Instant LATER = winnipeg("2026-11-30T11:00");
  private static final Appointment DEC_10 = appointment(LocalDate.of(2026, 12, 10));
  private static final Appointment DEC_11 = appointment(LocalDate.of(2026, 12, 11));

  /** An order the ERP sent at sequence 1 with {@code details}, booked in OOM for {@code a}. */
  private static OpenOrder bookedInOom(Orders.Builder details, Appointment a) {
    OpenOrder order = details.sequence(1).build();
    return AppointmentBookings.book(order, a, "Booked with guest", agent("book-1", BOOKED_AT))
        .after();
  }

  private static OrderUpdate snapshot(OpenOrder order, OrderDetails details, long seq, Instant at) {
    return SnapshotIngestion.apply(
        Optional.of(order), new ErpSnapshot(details, seq, at, null), erp("s" + seq, at));
  }

  @Test
  void a_booking_made_in_oom_is_pending_until_a_snapshot_shows_it() {
    OpenOrder booked = bookedInOom(defaultOrder(), DEC_10);

    assertThat(booked.sync().booking().appointment()).isEqualTo(DEC_10);
    assertThat(booked.sync().booking().since()).isEqualTo(BOOKED_AT);
  }

  @Test
  void a_snapshot_without_an_appointment_does_not_erase_a_pending_booking() {
    OpenOrder booked = bookedInOom(defaultOrder(), DEC_10);

    OrderUpdate update = snapshot(booked, defaultOrder().details(), 2, LATER);

    assertThat(update.after().appointment()).contains(DEC_10);
    assertThat(update.after().sync().booking()).isEqualTo(booked.sync().booking());
    assertThat(update.events()).noneMatch(OrderEvent.SnapshotApplied.class::isInstance);
  }

  @Test
  void a_snapshot_showing_the_booking_acknowledges_it_and_nothing_is_sent_back() {
    OpenOrder booked = bookedInOom(defaultOrder(), DEC_10);

    OrderUpdate update = snapshot(booked, defaultOrder().appointment(DEC_10).details(), 2, LATER);

    assertThat(update.after().appointment()).contains(DEC_10);
    assertThat(update.after().sync().isEmpty()).isTrue();
    assertThat(update.events())
        .singleElement()
        .isInstanceOfSatisfying(
            OrderEvent.ErpAcknowledged.class,
            e -> assertThat(e.kind()).isEqualTo(PendingKind.APPOINTMENT));
    assertThat(update.events())
        .allMatch(e -> e.actor().kind() == com.oom.core.order.Actor.Kind.ERP);
  }

  @Test
  void
      a_snapshot_with_a_different_appointment_produced_after_the_booking_wins_and_the_audit_says_so() {
    OpenOrder booked = bookedInOom(defaultOrder(), DEC_10);

    OrderUpdate update = snapshot(booked, defaultOrder().appointment(DEC_11).details(), 2, LATER);

    assertThat(update.after().appointment()).contains(DEC_11);
    assertThat(update.after().sync().booking()).isNull();
    OrderEvent.ErpOverrode overrode =
        update.events().stream()
            .filter(OrderEvent.ErpOverrode.class::isInstance)
            .map(OrderEvent.ErpOverrode.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(AuditWording.entryFor(overrode).comment())
        .isEqualTo(
            "The ERP changed the appointment after OOM did: OOM's DELIVERY 2026-12-10 08:00-12:00"
                + " is replaced by the ERP's DELIVERY 2026-12-11 08:00-12:00.");
  }

  @Test
  void a_snapshot_produced_before_the_booking_keeps_the_booking_even_with_another_appointment() {
    OpenOrder booked = bookedInOom(defaultOrder().appointment(DEC_11), DEC_10);

    OrderUpdate update =
        snapshot(
            booked, defaultOrder().appointment(DEC_11).details(), 2, BOOKED_AT.minusSeconds(300));

    assertThat(update.after().appointment()).contains(DEC_10);
    assertThat(update.after().sync().booking()).isNotNull();
  }

  @Test
  void a_later_snapshot_still_showing_the_replaced_appointment_has_not_seen_the_rebooking() {
    OpenOrder rebooked = bookedInOom(defaultOrder().appointment(DEC_11), DEC_10);

    OrderUpdate update = snapshot(rebooked, defaultOrder().appointment(DEC_11).details(), 2, LATER);

    assertThat(update.after().appointment()).contains(DEC_10);
    assertThat(update.after().sync().booking().superseded()).containsExactly(DEC_11);
  }

  @Test
  void after_the_erp_has_shown_the_appointment_a_snapshot_without_it_means_the_erp_cancelled_it() {
    OpenOrder booked = bookedInOom(defaultOrder(), DEC_10);
    OpenOrder acknowledged =
        snapshot(booked, defaultOrder().appointment(DEC_10).details(), 2, LATER).after();

    OrderUpdate update =
        snapshot(acknowledged, defaultOrder().details(), 3, LATER.plusSeconds(3600));

    assertThat(update.after().appointment()).isEmpty();
    assertThat(update.events())
        .filteredOn(OrderEvent.AppointmentCancelledByErp.class::isInstance)
        .singleElement()
        .satisfies(
            e ->
                assertThat(AuditWording.entryFor(e).comment())
                    .isEqualTo("The ERP cancelled the appointment of 2026-12-10."));
  }

  @Test
  void
      a_re_dated_fulfilment_date_is_pending_until_shown_and_survives_a_snapshot_with_the_old_date() {
    LocalDate pastDue = LocalDate.of(2026, 11, 20);
    LocalDate atp = LocalDate.of(2026, 12, 3);
    OpenOrder order = defaultOrder().fulfilmentDate(pastDue).atpDate(atp).build();
    OpenOrder redated =
        FulfilmentDates.redate(order, null, "Re-dated to the ATP date", agent("r1", BOOKED_AT))
            .after();
    assertThat(redated.details().fulfilmentDate()).isEqualTo(atp);
    assertThat(redated.sync().redate().date()).isEqualTo(atp);

    OpenOrder stale =
        snapshot(
                redated,
                defaultOrder().fulfilmentDate(pastDue).atpDate(atp).details(),
                2,
                BOOKED_AT.minusSeconds(60))
            .after();
    assertThat(stale.details().fulfilmentDate()).isEqualTo(atp);
    assertThat(stale.sync().redate()).isNotNull();

    OrderUpdate shown =
        snapshot(stale, defaultOrder().fulfilmentDate(atp).atpDate(atp).details(), 3, LATER);
    assertThat(shown.after().sync().redate()).isNull();
    assertThat(shown.events())
        .filteredOn(OrderEvent.ErpAcknowledged.class::isInstance)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((OrderEvent.ErpAcknowledged) e).kind())
                    .isEqualTo(PendingKind.FULFILMENT_DATE));
  }

  @Test
  void oom_cwc_stands_until_the_erp_shows_it_and_a_closed_order_always_wins() {
    OpenOrder escalated =
        defaultOrder().build().toBuilder()
            .details(defaultOrder().status(FulfilmentStatus.CWC).details())
            .escalation(
                new com.oom.core.order.Escalation(
                    EscalationReason.NO_CONTACT, BOOKED_AT, false, null))
            .build();

    assertThat(snapshot(escalated, defaultOrder().details(), 2, LATER).after().status())
        .isEqualTo(FulfilmentStatus.CWC);
    assertThat(
            snapshot(escalated, defaultOrder().status(FulfilmentStatus.CWC).details(), 2, LATER)
                .after()
                .escalation()
                .acknowledgedByErp())
        .isTrue();
    assertThat(
            snapshot(
                    escalated,
                    defaultOrder().status(FulfilmentStatus.DELIVERED).details(),
                    2,
                    LATER)
                .after()
                .status())
        .isEqualTo(FulfilmentStatus.DELIVERED);
  }

  @Test
  void a_contact_code_set_by_an_agent_is_pending_and_echoed_by_a_snapshot_carrying_it() {
    OpenOrder held =
        ContactStatusChanges.set(
                defaultOrder().build(),
                ContactStatus.HOLD,
                null,
                "no answer twice",
                agent("c1", BOOKED_AT))
            .after();
    assertThat(held.sync().code().status()).isEqualTo(ContactStatus.HOLD);

    OrderUpdate echo =
        SnapshotIngestion.apply(
            Optional.of(held),
            new ErpSnapshot(
                defaultOrder().details(),
                2,
                LATER,
                new ErpContactCode(ContactStatus.HOLD, null, BOOKED_AT)),
            erp("s2", LATER));

    assertThat(echo.after().sync().code()).isNull();
    assertThat(echo.after().contactStatusSince()).isEqualTo(BOOKED_AT);
  }

  @Test
  void a_code_set_in_the_erp_after_oom_replaces_it_from_the_erp_time_and_is_not_sent_back() {
    OpenOrder held =
        ContactStatusChanges.set(
                defaultOrder().balanceDue("250.00").build(),
                ContactStatus.HOLD,
                null,
                "no answer twice",
                agent("c1", BOOKED_AT))
            .after();
    Instant codedInStoris = BOOKED_AT.plusSeconds(1800);

    OrderUpdate update =
        SnapshotIngestion.apply(
            Optional.of(held),
            new ErpSnapshot(
                defaultOrder().balanceDue("250.00").details(),
                2,
                LATER,
                new ErpContactCode(ContactStatus.BALDUE, null, codedInStoris)),
            erp("s2", LATER));

    assertThat(update.after().contactStatus()).isEqualTo(ContactStatus.BALDUE);
    assertThat(update.after().contactStatusSince()).isEqualTo(codedInStoris);
    assertThat(update.after().sync().code()).isNull();
    assertThat(update.events())
        .extracting(e -> (Object) e.getClass())
        .contains(OrderEvent.ErpOverrode.class, OrderEvent.ContactStatusChanged.class);
    assertThat(com.oom.core.outbox.OutboxMessages.from(update, java.util.List.of()))
        .noneMatch(com.oom.core.outbox.OutboxMessage.ErpUpdate.class::isInstance);
  }

  @Test
  void oom_owned_values_are_never_touched_by_a_snapshot() {
    OpenOrder worked =
        ContactAttempts.record(
                bookedInOom(defaultOrder(), DEC_10),
                Orders.MOBILE,
                com.oom.core.order.ContactChannel.PHONE,
                com.oom.core.order.AttemptOutcome.NO_ANSWER,
                "no answer",
                agent("a1", BOOKED_AT),
                com.oom.core.time.SlotBoundaries.defaults(),
                date -> false)
            .after();

    OpenOrder after = snapshot(worked, defaultOrder().value("99.00").details(), 2, LATER).after();

    assertThat(after.attempts()).isEqualTo(worked.attempts());
    assertThat(after.contactStatus()).isEqualTo(worked.contactStatus());
    assertThat(after.details().value()).isEqualByComparingTo("99.00");
  }
}
