package com.oom.core.application;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TroubleReason;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** From an ERP snapshot to a store hand-off, through the use cases and in-memory ports. */
class EscalationJourneyTest {
  private static final Actor AGENT = Actor.agent("agent-7");
  // Monday 2026-11-30 10:00 Winnipeg
  private final Testbed bed = new Testbed(Instant.parse("2026-11-30T16:00:00Z"));
  private int requests;

  /**
   * The ERP's snapshot at {@code sequence}. This ERP echoes OOM's contact code, as the contract
   * asks (so OOM's codes are not left pending with the ERP).
   */
  private CommandResult ingest(Orders.Builder order, long sequence) {
    OrderDetails details = order.details();
    ErpContactCode echo =
        bed.orders
            .find(details.orderId())
            .map(
                o -> new ErpContactCode(o.contactStatus(), o.contactDate(), o.contactStatusSince()))
            .orElse(null);
    return bed.services
        .ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-" + sequence, new ErpSnapshot(details, sequence, bed.clock.instant(), echo)));
  }

  private CommandResult attempt(PhoneNumber phone, AttemptOutcome outcome) {
    return bed.services
        .recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                "req-" + (++requests),
                "SO-1001",
                AGENT,
                phone,
                ContactChannel.PHONE,
                outcome,
                "called"));
  }

  private void setStatus(ContactStatus status) {
    bed.services
        .setContactStatus()
        .handle(
            new SetContactStatus.Command(
                "req-" + (++requests), "SO-1001", AGENT, status, null, "coded by agent", null));
  }

  private void at(String instant) {
    bed.clock.set(Instant.parse(instant));
  }

  @Test
  void hold_order_unreached_for_a_week_over_day_night_and_weekend_is_handed_to_its_store() {
    ingest(Orders.defaultOrder(), 1);
    setStatus(ContactStatus.HOLD);
    ingest(Orders.defaultOrder(), 2);
    at("2026-11-30T16:00:00Z"); // Mon 10:00 day
    attempt(MOBILE, AttemptOutcome.NO_ANSWER);
    at("2026-12-01T01:30:00Z"); // Mon 19:30 night
    attempt(HOME, AttemptOutcome.VOICEMAIL);
    at("2026-12-02T16:00:00Z"); // Wed 10:00 day
    attempt(MOBILE, AttemptOutcome.BUSY);
    at("2026-12-05T17:00:00Z"); // Sat 11:00 weekend
    attempt(MOBILE, AttemptOutcome.NO_ANSWER);
    at("2026-12-06T18:00:00Z"); // Sun 12:00 weekend
    attempt(HOME, AttemptOutcome.NO_ANSWER);

    assertThat(bed.orders.timer("SO-1001")).contains(Instant.parse("2026-12-07T16:00:00Z"));
    at("2026-12-07T15:59:59Z");
    assertThat(bed.services.escalateDueOrders().handle("sweep-early", 100).escalated()).isZero();
    assertThat(bed.queues.handOffs).isEmpty();

    at("2026-12-07T16:05:00Z");
    EscalateDueOrders.Result result = bed.services.escalateDueOrders().handle("sweep-1", 100);

    assertThat(result.escalated()).isEqualTo(1);
    assertThat(bed.orders.find("SO-1001").orElseThrow().status()).isEqualTo(FulfilmentStatus.CWC);
    assertThat(bed.queues.handOffs)
        .singleElement()
        .satisfies(
            handOff -> {
              assertThat(handOff.reason()).isEqualTo(EscalationReason.NO_CONTACT);
              assertThat(handOff.storeId()).isEqualTo("101");
              assertThat(handOff.attempts()).hasSize(5);
              assertThat(handOff.audit())
                  .extracting("action")
                  .contains("CONTACT_STATUS", "CONTACT_ATTEMPT", "ESCALATED");
            });
    assertThat(bed.queues.erpUpdates)
        .filteredOn(u -> u.fulfilmentStatus() == FulfilmentStatus.CWC)
        .singleElement()
        .satisfies(u -> assertThat(u.auditComment()).startsWith("Escalated to CWC (NO_CONTACT)"));
    // The ERP's acknowledgement of the CWC is due within 4 business hours: the sweep looks again.
    assertThat(bed.orders.timer("SO-1001")).contains(Instant.parse("2026-12-07T20:05:00Z"));
    assertThat(bed.services.escalateDueOrders().handle("sweep-2", 100).examined()).isZero();
  }

  @Test
  void sweep_skipped_for_an_hour_escalates_once_when_it_resumes_and_never_early() {
    ingest(Orders.defaultOrder().balanceDue("250.00"), 1);
    setStatus(ContactStatus.BALDUE);
    Instant due = bed.clock.instant().plus(Duration.ofHours(72));

    at("2026-12-03T15:55:00Z"); // five minutes early
    assertThat(bed.services.escalateDueOrders().handle("sweep-a", 100).escalated()).isZero();

    bed.clock.set(due.plus(Duration.ofHours(1)));
    assertThat(bed.services.escalateDueOrders().handle("sweep-b", 100).escalated()).isEqualTo(1);
    assertThat(bed.services.escalateDueOrders().handle("sweep-c", 100).escalated()).isZero();
    assertThat(bed.queues.handOffs)
        .singleElement()
        .extracting(OutboxMessage.HandOff::reason)
        .isEqualTo(EscalationReason.BALANCE_DUE);
  }

  @Test
  void a_sweep_that_cannot_finish_reports_the_oldest_timer_still_due() {
    ingest(Orders.defaultOrder().orderId("SO-1001"), 1);
    setStatus(ContactStatus.CANCEL);
    ingest(Orders.defaultOrder().orderId("SO-1001"), 2);
    bed.clock.advance(Duration.ofMinutes(10));
    bed.services
        .ingestSnapshot()
        .handle(bed.snapshot("erp-b", 1, Orders.defaultOrder().orderId("SO-2002").details()));
    bed.services
        .setContactStatus()
        .handle(
            new SetContactStatus.Command(
                "req-b", "SO-2002", AGENT, ContactStatus.CANCEL, null, "cancel asked", null));
    ingest(Orders.defaultOrder().orderId("SO-2002"), 2);
    Instant secondDue = bed.clock.instant().plus(Duration.ofHours(72));
    bed.clock.advance(Duration.ofHours(73));

    EscalateDueOrders.Result partial = bed.services.escalateDueOrders().handle("sweep-1", 1);
    EscalateDueOrders.Result rest = bed.services.escalateDueOrders().handle("sweep-2", 10);

    assertThat(partial.escalated()).isEqualTo(1);
    assertThat(partial.oldestStillDue()).isEqualTo(secondDue);
    assertThat(rest.escalated()).isEqualTo(1);
    assertThat(rest.oldestStillDue()).isNull();
  }

  @Test
  void balance_paid_before_the_grace_period_ends_stops_the_balance_due_timer() {
    ingest(Orders.defaultOrder().balanceDue("250.00"), 1);
    setStatus(ContactStatus.BALDUE);
    assertThat(bed.orders.timer("SO-1001")).isPresent();

    bed.clock.advance(Duration.ofHours(24));
    ingest(Orders.defaultOrder().balanceDue("0"), 2);

    // The code is cleared (the timer left is the ERP's echo of that change, not an escalation).
    assertThat(bed.orders.find("SO-1001").orElseThrow().contactStatus())
        .isEqualTo(ContactStatus.NONE);
    bed.clock.advance(Duration.ofHours(72));
    assertThat(bed.services.escalateDueOrders().handle("sweep", 100).escalated()).isZero();
    assertThat(bed.queues.handOffs).isEmpty();
  }

  @Test
  void faulty_merchandise_reported_by_an_agent_escalates_at_once() {
    ingest(Orders.defaultOrder(), 1);

    CommandResult result =
        bed.services
            .reportTrouble()
            .handle(
                new ReportTrouble.Command(
                    "req-t", "SO-1001", AGENT, TroubleReason.FAULTY, "door dented"));

    assertThat(result.order().status()).isEqualTo(FulfilmentStatus.CWC);
    assertThat(bed.queues.handOffs)
        .singleElement()
        .extracting(OutboxMessage.HandOff::reason)
        .isEqualTo(EscalationReason.FAULTY);
  }

  @Test
  void the_erps_cwc_acknowledgement_is_stored_and_a_later_est_snapshot_returns_the_order_to_oom() {
    ingest(Orders.defaultOrder(), 1);
    bed.services
        .reportTrouble()
        .handle(
            new ReportTrouble.Command(
                "req-t", "SO-1001", AGENT, TroubleReason.FAULTY, "door dented"));

    // the ERP's CWC snapshot changes no field OOM has not already set: only the acknowledgement
    CommandResult acknowledged = ingest(Orders.defaultOrder().status(FulfilmentStatus.CWC), 2);

    assertThat(acknowledged.outcome()).isEqualTo(CommandResult.Outcome.APPLIED);
    var stored = bed.orders.find("SO-1001").orElseThrow();
    assertThat(stored.escalation().acknowledgedByErp()).isTrue();
    assertThat(stored.sequence()).isEqualTo(2);

    CommandResult returned = ingest(Orders.defaultOrder().status(FulfilmentStatus.EST), 3);

    assertThat(returned.order().status()).isEqualTo(FulfilmentStatus.EST);
    assertThat(returned.order().escalation()).isNull();
    assertThat(bed.orders.find("SO-1001").orElseThrow().isWorkedByOom()).isTrue();
  }

  @Test
  void the_same_escalation_sweep_redelivered_hands_off_once() {
    ingest(Orders.defaultOrder(), 1);
    setStatus(ContactStatus.CANCEL);
    bed.clock.advance(Duration.ofHours(73));

    bed.services.escalateDueOrders().handle("sweep-x", 100);
    bed.services.escalateDueOrders().handle("sweep-x", 100);

    assertThat(bed.queues.handOffs).hasSize(1);
    assertThat(bed.orders.auditTrail("SO-1001"))
        .filteredOn(a -> a.action().equals("ESCALATED"))
        .hasSize(1);
  }

  @Test
  void cwc_orders_receive_nothing_automated() {
    ingest(Orders.defaultOrder().notAvailable(), 1);
    bed.services
        .reportTrouble()
        .handle(
            new ReportTrouble.Command("req-t", "SO-1001", AGENT, TroubleReason.NO_FIT, "too wide"));
    int requestsBefore = bed.queues.smsRequests.size();

    ingest(Orders.defaultOrder().status(FulfilmentStatus.CWC), 2); // now available, but CWC

    assertThat(bed.queues.smsRequests).hasSize(requestsBefore);
  }
}
