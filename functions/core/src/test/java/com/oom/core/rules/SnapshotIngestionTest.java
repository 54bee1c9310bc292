package com.oom.core.rules;

import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.defaultHomePhone;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationDecision;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderEvent.FieldChange;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.order.TouchPoint;
import com.oom.core.testing.Orders;
import com.oom.core.time.ContactSlot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotIngestionTest {

  private static final Instant T0 = winnipeg("2026-11-30T10:00");

  // --- first snapshot ---------------------------------------------------------------------------

  @Test
  void the_first_snapshot_creates_the_order_and_texts_the_guest_that_merchandise_is_available() {
    OrderDetails snapshot = defaultOrder().details();

    OrderUpdate update = Orders.ingest(Optional.empty(), snapshot, 1, erp("s1", T0));

    assertThat(update.before()).isNull();
    OpenOrder order = update.after();
    assertThat(order.details()).isEqualTo(snapshot);
    assertThat(order.sequence()).isEqualTo(1);
    assertThat(order.firstSeenAt()).isEqualTo(T0);
    assertThat(order.contactStatus()).isEqualTo(ContactStatus.NONE);
    assertThat(update.events())
        .extracting(e -> (Object) e.getClass())
        .containsExactly(
            OrderEvent.OrderReceived.class,
            OrderEvent.MerchandiseAvailable.class,
            OrderEvent.TouchPointTriggered.class);
    OrderEvent.TouchPointTriggered sms = touchPoints(update).getFirst();
    assertThat(sms.touchPoint()).isEqualTo(TouchPoint.MERCHANDISE_AVAILABLE);
    assertThat(sms.to()).isEqualTo(MOBILE);
    assertThat(sms.dedupeKey()).isEqualTo("SO-1001#MERCHANDISE_AVAILABLE#available");
    assertThat(order.touchPointKeys()).containsExactly(sms.dedupeKey());
  }

  @Test
  void a_first_snapshot_not_yet_available_only_records_the_order() {
    OrderUpdate update =
        Orders.ingest(Optional.empty(), defaultOrder().notAvailable().details(), 1, erp("s1", T0));

    assertThat(update.events()).singleElement().isInstanceOf(OrderEvent.OrderReceived.class);
    assertThat(update.after().touchPointKeys()).isEmpty();
  }

  @Test
  void a_guest_without_a_textable_phone_gets_no_touch_point() {
    GuestPhone mobileWithoutConsent = new GuestPhone(MOBILE, PhoneType.MOBILE, false);
    OrderUpdate update =
        Orders.ingest(
            Optional.empty(),
            defaultOrder().phones(mobileWithoutConsent, defaultHomePhone()).details(),
            1,
            erp("s1", T0));

    assertThat(update.events()).anyMatch(OrderEvent.MerchandiseAvailable.class::isInstance);
    assertThat(touchPoints(update)).isEmpty();
    assertThat(update.after().touchPointKeys()).isEmpty();
  }

  // --- ordering
  // -----------------------------------------------------------------------------------

  @Test
  void a_snapshot_arriving_out_of_order_is_ignored() {
    OpenOrder atSequence3 = received(defaultOrder().notAvailable().details(), 3);

    OrderUpdate older =
        Orders.ingest(
            Optional.of(atSequence3),
            defaultOrder().status(FulfilmentStatus.CANCELLED).details(),
            2,
            erp("s2", T0.plusSeconds(60)));

    assertThat(older.changed()).isFalse();
    assertThat(older.after()).isSameAs(atSequence3);
    assertThat(SnapshotIngestion.isStale(Optional.of(atSequence3), 2)).isTrue();
  }

  @Test
  void a_snapshot_with_the_same_sequence_is_ignored() {
    OpenOrder atSequence3 = received(defaultOrder().notAvailable().details(), 3);

    OrderUpdate same =
        Orders.ingest(Optional.of(atSequence3), defaultOrder().details(), 3, erp("s3-again", T0));

    assertThat(same.changed()).isFalse();
    assertThat(same.after()).isSameAs(atSequence3);
  }

  @Test
  void a_newer_snapshot_is_applied_and_its_changes_listed() {
    OpenOrder order = received(defaultOrder().details(), 1);

    OrderUpdate update =
        next(order, defaultOrder().fulfilmentDate(LocalDate.of(2026, 12, 12)).details(), 2);

    assertThat(update.after().sequence()).isEqualTo(2);
    assertThat(update.after().details().fulfilmentDate()).isEqualTo(LocalDate.of(2026, 12, 12));
    assertThat(update.events()).singleElement().isInstanceOf(OrderEvent.SnapshotApplied.class);
    assertThat(((OrderEvent.SnapshotApplied) update.events().getFirst()).changes())
        .containsExactly(new FieldChange("fulfilmentDate", "2026-12-10", "2026-12-12"));
  }

  @Test
  void a_snapshot_for_another_order_is_rejected() {
    OpenOrder order = received(defaultOrder().details(), 1);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> next(order, defaultOrder().orderId("SO-2002").details(), 2));
  }

  // --- availability, ATP, balance, closing ------------------------------------------------------

  @Test
  void becoming_available_fires_merchandise_available_once() {
    OpenOrder waiting = received(defaultOrder().notAvailable().details(), 1);

    OrderUpdate available = next(waiting, defaultOrder().details(), 2);
    OrderUpdate stillAvailable =
        next(
            available.after(),
            defaultOrder().fulfilmentDate(LocalDate.of(2026, 12, 11)).details(),
            3);

    assertThat(available.events()).anyMatch(OrderEvent.MerchandiseAvailable.class::isInstance);
    assertThat(touchPoints(available))
        .extracting(OrderEvent.TouchPointTriggered::touchPoint)
        .containsExactly(TouchPoint.MERCHANDISE_AVAILABLE);
    assertThat(stillAvailable.events())
        .noneMatch(OrderEvent.MerchandiseAvailable.class::isInstance)
        .noneMatch(OrderEvent.TouchPointTriggered.class::isInstance);
  }

  @Test
  void
      the_wait_for_booking_starts_when_the_merchandise_becomes_available_and_ends_when_it_is_not() {
    OpenOrder waiting = received(defaultOrder().notAvailable().details(), 1);
    OpenOrder available = next(waiting, defaultOrder().details(), 2).after();
    OpenOrder stillAvailable = next(available, defaultOrder().details(), 3).after();
    OpenOrder outOfStock = next(stillAvailable, defaultOrder().notAvailable().details(), 4).after();

    assertThat(waiting.availableSince()).isNull();
    assertThat(available.availableSince()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
    assertThat(stillAvailable.availableSince()).isEqualTo(available.availableSince());
    assertThat(outOfStock.availableSince()).isNull();
    assertThat(received(defaultOrder().details(), 1).availableSince()).isEqualTo(T0);
  }

  @Test
  void merchandise_available_again_after_a_line_went_back_out_of_stock_is_not_texted_twice() {
    OpenOrder available = received(defaultOrder().details(), 1);
    OpenOrder outOfStock = next(available, defaultOrder().notAvailable().details(), 2).after();

    OrderUpdate backInStock = next(outOfStock, defaultOrder().details(), 3);

    assertThat(backInStock.events()).anyMatch(OrderEvent.MerchandiseAvailable.class::isInstance);
    assertThat(touchPoints(backInStock)).isEmpty();
  }

  @Test
  void an_atp_date_moved_while_not_available_revises_the_atp_and_texts_the_new_date() {
    OpenOrder waiting = received(defaultOrder().notAvailable().details(), 1);
    LocalDate newAtp = LocalDate.of(2026, 12, 4);

    OrderUpdate update = next(waiting, defaultOrder().notAvailable().atpDate(newAtp).details(), 2);

    assertThat(update.events())
        .filteredOn(OrderEvent.AtpRevised.class::isInstance)
        .singleElement()
        .satisfies(
            e -> {
              OrderEvent.AtpRevised revised = (OrderEvent.AtpRevised) e;
              assertThat(revised.from()).isEqualTo(LocalDate.of(2026, 11, 20));
              assertThat(revised.to()).isEqualTo(newAtp);
            });
    assertThat(touchPoints(update))
        .singleElement()
        .satisfies(
            sms -> {
              assertThat(sms.touchPoint()).isEqualTo(TouchPoint.REVISED_ATP);
              assertThat(sms.dedupeKey()).isEqualTo("SO-1001#REVISED_ATP#atp:2026-12-04");
            });
  }

  @Test
  void the_same_revised_atp_date_is_texted_only_once() {
    OpenOrder waiting = received(defaultOrder().notAvailable().details(), 1);
    LocalDate newAtp = LocalDate.of(2026, 12, 4);
    OpenOrder revised =
        next(waiting, defaultOrder().notAvailable().atpDate(newAtp).details(), 2).after();
    OpenOrder movedBack = next(revised, defaultOrder().notAvailable().details(), 3).after();

    OrderUpdate sameDateAgain =
        next(movedBack, defaultOrder().notAvailable().atpDate(newAtp).details(), 4);

    assertThat(sameDateAgain.events()).anyMatch(OrderEvent.AtpRevised.class::isInstance);
    assertThat(touchPoints(sameDateAgain)).isEmpty();
  }

  @Test
  void an_atp_date_moved_on_an_available_order_is_not_a_revision() {
    OpenOrder available = received(defaultOrder().details(), 1);

    OrderUpdate update =
        next(available, defaultOrder().atpDate(LocalDate.of(2026, 12, 4)).details(), 2);

    assertThat(update.events()).noneMatch(OrderEvent.AtpRevised.class::isInstance);
    assertThat(touchPoints(update)).isEmpty();
  }

  @Test
  void a_balance_going_to_zero_is_recorded_as_paid() {
    OpenOrder owing = received(defaultOrder().balanceDue("250.00").details(), 1);

    OrderUpdate update = next(owing, defaultOrder().balanceDue("0.00").details(), 2);

    assertThat(update.events())
        .filteredOn(OrderEvent.BalancePaid.class::isInstance)
        .singleElement()
        .extracting(e -> ((OrderEvent.BalancePaid) e).previousBalance())
        .isEqualTo(new BigDecimal("250.00"));
    assertThat(update.after().details().owesBalance()).isFalse();
  }

  @Test
  void a_balance_lowered_but_still_owing_is_not_paid() {
    OpenOrder owing = received(defaultOrder().balanceDue("250.00").details(), 1);

    OrderUpdate update = next(owing, defaultOrder().balanceDue("100.00").details(), 2);

    assertThat(update.events()).noneMatch(OrderEvent.BalancePaid.class::isInstance);
    assertThat(((OrderEvent.SnapshotApplied) update.events().getFirst()).changes())
        .contains(new FieldChange("balanceDue", "250.00", "100.00"));
  }

  @Test
  void the_erp_closing_the_order_is_recorded_and_stops_every_timer() {
    OpenOrder hold =
        received(defaultOrder().details(), 1).toBuilder()
            .contactStatus(ContactStatus.BALDUE, T0)
            .build();

    OrderUpdate update = next(hold, defaultOrder().status(FulfilmentStatus.DELIVERED).details(), 2);

    assertThat(update.events())
        .filteredOn(OrderEvent.OrderClosed.class::isInstance)
        .singleElement()
        .extracting(e -> ((OrderEvent.OrderClosed) e).status())
        .isEqualTo(FulfilmentStatus.DELIVERED);
    assertThat(update.after().isClosed()).isTrue();
    assertThat(EscalationRules.from(OomConfig.defaults()).pendingTimers(update.after(), T0))
        .isEmpty();
  }

  @Test
  void a_snapshot_changing_only_a_guest_phone_number_is_applied() {
    OpenOrder order = received(defaultOrder().details(), 1);
    PhoneNumber newMobile = PhoneNumber.parse("204-555-0123");

    OrderUpdate update =
        next(
            order,
            defaultOrder()
                .phones(new GuestPhone(newMobile, PhoneType.MOBILE, true), defaultHomePhone())
                .details(),
            2);

    assertThat(update.changed()).as("a change the transaction must save").isTrue();
    assertThat(update.after().details().guest().textablePhone().orElseThrow().number())
        .isEqualTo(newMobile);
    FieldChange phones =
        ((OrderEvent.SnapshotApplied) update.events().getFirst()).changes().getFirst();
    assertThat(phones.field()).isEqualTo("phones");
    assertThat(phones.from() + phones.to())
        .doesNotContain("5550142")
        .doesNotContain("5550123")
        .contains("+1******42")
        .contains("+1******23");
  }

  @Test
  void a_snapshot_withdrawing_sms_consent_is_applied() {
    OpenOrder order = received(defaultOrder().details(), 1);

    OrderUpdate update =
        next(
            order,
            defaultOrder()
                .phones(new GuestPhone(MOBILE, PhoneType.MOBILE, false), defaultHomePhone())
                .details(),
            2);

    assertThat(update.changed()).isTrue();
    assertThat(update.after().details().guest().textablePhone()).isEmpty();
  }

  @Test
  void a_snapshot_changing_one_line_of_several_still_missing_is_applied() {
    OpenOrder order =
        received(
            defaultOrder()
                .lines(
                    Orders.line("1", "500.00", false),
                    Orders.line("2", "500.00", false),
                    Orders.line("3", "500.00", true))
                .details(),
            1);

    OrderUpdate update =
        next(
            order,
            defaultOrder()
                .lines(
                    Orders.line("1", "500.00", true),
                    Orders.line("2", "500.00", false),
                    Orders.line("3", "500.00", true))
                .details(),
            2);

    assertThat(update.changed()).isTrue();
    assertThat(update.after().details().lines().getFirst().available()).isTrue();
  }

  // --- escalation and CWC -----------------------------------------------------------------------

  @Test
  void an_oom_escalation_stays_cwc_while_later_snapshots_still_say_est() {
    OpenOrder escalated = escalated(received(defaultOrder().details(), 1));

    OrderUpdate stillEst = next(escalated, defaultOrder().details(), 2);

    assertThat(stillEst.after().status()).isEqualTo(FulfilmentStatus.CWC);
    assertThat(stillEst.after().escalation().acknowledgedByErp()).isFalse();
    assertThat(stillEst.events()).noneMatch(OrderEvent.ReturnedToOom.class::isInstance);
    assertThat(stillEst.after().sequence()).isEqualTo(2);
  }

  @Test
  void a_cwc_snapshot_acknowledges_the_escalation_and_a_later_est_snapshot_returns_it_to_oom() {
    OpenOrder escalated = escalated(received(defaultOrder().details(), 1));
    OpenOrder stillEst = next(escalated, defaultOrder().details(), 2).after();

    OrderUpdate acknowledged =
        next(stillEst, defaultOrder().status(FulfilmentStatus.CWC).details(), 3);
    OrderUpdate returned = next(acknowledged.after(), defaultOrder().details(), 4);

    assertThat(acknowledged.after().status()).isEqualTo(FulfilmentStatus.CWC);
    assertThat(acknowledged.after().escalation().acknowledgedByErp()).isTrue();
    assertThat(acknowledged.events()).noneMatch(OrderEvent.ReturnedToOom.class::isInstance);
    assertThat(acknowledged.events())
        .filteredOn(OrderEvent.EscalationAcknowledged.class::isInstance)
        .hasSize(1);

    assertThat(returned.after().status()).isEqualTo(FulfilmentStatus.EST);
    assertThat(returned.after().escalation()).isNull();
    assertThat(returned.events())
        .filteredOn(OrderEvent.ReturnedToOom.class::isInstance)
        .singleElement()
        .extracting(e -> ((OrderEvent.ReturnedToOom) e).status())
        .isEqualTo(FulfilmentStatus.EST);
  }

  @Test
  void a_closing_snapshot_wins_over_an_unacknowledged_escalation() {
    OpenOrder escalated = escalated(received(defaultOrder().details(), 1));

    OrderUpdate closed =
        next(escalated, defaultOrder().status(FulfilmentStatus.CANCELLED).details(), 2);

    assertThat(closed.after().status()).isEqualTo(FulfilmentStatus.CANCELLED);
    assertThat(closed.events()).anyMatch(OrderEvent.OrderClosed.class::isInstance);
  }

  @Test
  void an_order_the_store_returns_to_oom_is_not_escalated_again_at_once() {
    Instant holdSince = T0.minus(Duration.ofDays(10));
    OpenOrder.Builder hold =
        received(defaultOrder().details(), 1).toBuilder()
            .contactStatus(ContactStatus.HOLD, holdSince);
    ContactSlot[] slots = {ContactSlot.WEEKDAY_DAY, ContactSlot.WEEKDAY_NIGHT, ContactSlot.WEEKEND};
    for (int i = 0; i < 5; i++) {
      hold.addAttempt(Orders.attempt(holdSince.plus(Duration.ofHours(1 + 24L * i)), slots[i % 3]));
    }
    EscalationRules rules = EscalationRules.from(OomConfig.defaults());
    OpenOrder due = hold.build();
    OpenOrder escalated =
        Escalations.escalate(due, rules.dueNow(due, T0).orElseThrow(), Orders.system("sweep", T0))
            .after();
    OpenOrder acknowledged =
        next(escalated, defaultOrder().status(FulfilmentStatus.CWC).details(), 2).after();
    Instant returnedAt = T0.plus(Duration.ofDays(3));

    OpenOrder returned =
        Orders.ingest(Optional.of(acknowledged), defaultOrder().details(), 3, erp("s3", returnedAt))
            .after();

    assertThat(returned.isWorkedByOom()).isTrue();
    assertThat(returned.contactStatus()).isEqualTo(ContactStatus.HOLD);
    assertThat(rules.dueNow(returned, returnedAt)).isEmpty();
    assertThat(rules.evaluate(returned, returnedAt))
        .filteredOn(d -> d.reason() == EscalationReason.NO_CONTACT)
        .singleElement()
        .isInstanceOf(EscalationDecision.NotYet.class);
  }

  @Test
  void a_baldue_order_the_store_returns_gets_a_fresh_grace_period() {
    OpenOrder baldue =
        received(defaultOrder().balanceDue("250.00").details(), 1).toBuilder()
            .contactStatus(ContactStatus.BALDUE, T0.minus(Duration.ofDays(4)))
            .build();
    EscalationRules rules = EscalationRules.from(OomConfig.defaults());
    OpenOrder escalated =
        Escalations.escalate(
                baldue, rules.dueNow(baldue, T0).orElseThrow(), Orders.system("sweep", T0))
            .after();
    OpenOrder acknowledged =
        next(
                escalated,
                defaultOrder().balanceDue("250.00").status(FulfilmentStatus.CWC).details(),
                2)
            .after();
    Instant returnedAt = T0.plus(Duration.ofDays(1));

    OpenOrder returned =
        Orders.ingest(
                Optional.of(acknowledged),
                defaultOrder().balanceDue("250.00").details(),
                3,
                erp("s3", returnedAt))
            .after();

    assertThat(rules.dueNow(returned, returnedAt)).isEmpty();
    assertThat(rules.nextDueAt(returned, returnedAt))
        .contains(returnedAt.plus(Duration.ofHours(72)));
  }

  @Test
  void a_cwc_order_becoming_available_gets_no_touch_point() {
    OpenOrder cwc =
        received(defaultOrder().notAvailable().status(FulfilmentStatus.CWC).details(), 1);

    OrderUpdate update = next(cwc, defaultOrder().status(FulfilmentStatus.CWC).details(), 2);

    assertThat(update.events()).anyMatch(OrderEvent.MerchandiseAvailable.class::isInstance);
    assertThat(touchPoints(update)).isEmpty();
    assertThat(update.after().touchPointKeys()).isEmpty();
  }

  @Test
  void an_escalated_order_whose_atp_moves_gets_no_touch_point() {
    OpenOrder escalated = escalated(received(defaultOrder().notAvailable().details(), 1));

    OrderUpdate update =
        next(
            escalated,
            defaultOrder().notAvailable().atpDate(LocalDate.of(2026, 12, 4)).details(),
            2);

    assertThat(update.after().isCwc()).isTrue();
    assertThat(update.events()).anyMatch(OrderEvent.AtpRevised.class::isInstance);
    assertThat(touchPoints(update)).isEmpty();
  }

  @Test
  void a_cwc_first_snapshot_gets_no_touch_point() {
    OrderUpdate update =
        Orders.ingest(
            Optional.empty(),
            defaultOrder().status(FulfilmentStatus.CWC).details(),
            1,
            erp("s1", T0));

    assertThat(touchPoints(update)).isEmpty();
  }

  @Test
  void events_are_attributed_to_the_erp_with_ids_derived_from_the_message() {
    OrderUpdate once =
        Orders.ingest(Optional.empty(), defaultOrder().details(), 1, erp("msg-1", T0));
    OrderUpdate again =
        Orders.ingest(Optional.empty(), defaultOrder().details(), 1, erp("msg-1", T0));

    assertThat(once.events())
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo(com.oom.core.order.Actor.ERP));
    assertThat(once.events()).isEqualTo(again.events());
    assertThat(once.events()).extracting(OrderEvent::eventId).doesNotHaveDuplicates();
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static com.oom.core.rules.ChangeContext erp(String id, Instant at) {
    return Orders.erp(id, at);
  }

  private static OpenOrder received(OrderDetails details, long sequence) {
    return Orders.ingest(Optional.empty(), details, sequence, erp("s" + sequence, T0)).after();
  }

  private static OrderUpdate next(OpenOrder order, OrderDetails details, long sequence) {
    return Orders.ingest(
        Optional.of(order),
        details,
        sequence,
        erp("s" + sequence, T0.plus(Duration.ofMinutes(sequence))));
  }

  private static OpenOrder escalated(OpenOrder order) {
    return Escalations.escalate(
            order,
            new EscalationDecision.Escalate(EscalationReason.NO_CONTACT, "no contact"),
            Orders.system("sweep", T0))
        .after();
  }

  private static List<OrderEvent.TouchPointTriggered> touchPoints(OrderUpdate update) {
    return update.events().stream()
        .filter(OrderEvent.TouchPointTriggered.class::isInstance)
        .map(OrderEvent.TouchPointTriggered.class::cast)
        .toList();
  }
}
