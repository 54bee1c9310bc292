package com.oom.core.outbox;

import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.audit.AuditEntry;
import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.rules.ContactAttempts;
import com.oom.core.rules.ContactStatusChanges;
import com.oom.core.rules.Escalations;
import com.oom.core.testing.Orders;
import com.oom.core.time.SlotBoundaries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxMessagesTest {

  private static final Instant HOLD_AT = winnipeg("2026-11-30T09:00");
  private static final Instant[] ATTEMPTS = {
    winnipeg("2026-11-30T10:00"),
    winnipeg("2026-11-30T19:00"),
    winnipeg("2026-12-01T10:00"),
    winnipeg("2026-12-02T20:00"),
    winnipeg("2026-12-05T11:00")
  };
  private static final Instant WEEK_LATER = winnipeg("2026-12-07T10:00");

  @Test
  void an_escalation_becomes_a_hand_off_with_the_attempts_and_the_full_audit_trail() {
    History history = holdWithFiveAttempts();

    OrderUpdate escalation = escalate(history.order, "sweep-1");
    List<OutboxMessage> out = OutboxMessages.from(escalation, history.audit);

    OutboxMessage.HandOff handOff = only(out, OutboxMessage.HandOff.class);
    assertThat(handOff.orderId()).isEqualTo("SO-1001");
    assertThat(handOff.storeId()).isEqualTo("101");
    assertThat(handOff.reason()).isEqualTo(EscalationReason.NO_CONTACT);
    assertThat(handOff.escalatedAt()).isEqualTo(WEEK_LATER);
    assertThat(handOff.attempts()).hasSize(5).isEqualTo(history.order.attempts());
    List<AuditEntry> expectedAudit = new ArrayList<>(history.audit);
    expectedAudit.addAll(OutboxMessages.auditEntries(escalation));
    assertThat(handOff.audit()).isEqualTo(expectedAudit).hasSize(7);
    assertThat(handOff.audit().getLast().action()).isEqualTo("ESCALATED");
    assertThat(handOff.order().status()).isEqualTo(FulfilmentStatus.CWC);
    assertThat(handOff.order().contactStatus()).isEqualTo(ContactStatus.HOLD);
    assertThat(handOff.order().guestName()).isEqualTo("Alex Martin");
    assertThat(handOff.order().value()).isEqualByComparingTo("1500.00");
  }

  @Test
  void an_escalation_is_written_back_to_the_erp_as_cwc() {
    History history = holdWithFiveAttempts();

    List<OutboxMessage> out =
        OutboxMessages.from(escalate(history.order, "sweep-1"), history.audit);

    OutboxMessage.ErpUpdate update = only(out, OutboxMessage.ErpUpdate.class);
    assertThat(update.fulfilmentStatus()).isEqualTo(FulfilmentStatus.CWC);
    assertThat(update.contactStatus()).isEqualTo(ContactStatus.HOLD);
    assertThat(update.actor()).isEqualTo(Actor.SYSTEM);
    assertThat(update.at()).isEqualTo(WEEK_LATER);
    assertThat(update.auditComment()).startsWith("Escalated to CWC (NO_CONTACT)");
  }

  @Test
  void an_agents_change_is_mirrored_to_the_erp_without_a_fulfilment_status() {
    OpenOrder order = defaultOrder().build();
    LocalDate friday = LocalDate.of(2026, 12, 4);

    OrderUpdate update =
        ContactStatusChanges.set(
            order, ContactStatus.CALLBACK, friday, "Call Friday", Orders.agent("r1", HOLD_AT));
    List<OutboxMessage> out = OutboxMessages.from(update, List.of());

    OutboxMessage.ErpUpdate erp = only(out, OutboxMessage.ErpUpdate.class);
    assertThat(erp.contactStatus()).isEqualTo(ContactStatus.CALLBACK);
    assertThat(erp.contactDate()).isEqualTo(friday);
    assertThat(erp.fulfilmentStatus()).isNull();
    assertThat(erp.auditComment()).isEqualTo("Call Friday");
    assertThat(erp.actor()).isEqualTo(Actor.agent("agent-7"));
  }

  @Test
  void a_touch_point_becomes_an_sms_request() {
    OrderUpdate update =
        ContactStatusChanges.set(
            defaultOrder().balanceDue("250.00").build(),
            ContactStatus.BALDUE,
            null,
            "Owes $250",
            Orders.agent("r1", HOLD_AT));

    OutboxMessage.SmsRequest sms =
        only(OutboxMessages.from(update, List.of()), OutboxMessage.SmsRequest.class);

    assertThat(sms.touchPoint()).isEqualTo(TouchPoint.BALANCE_DUE);
    assertThat(sms.to()).isEqualTo(MOBILE);
    assertThat(sms.orderId()).isEqualTo("SO-1001");
    assertThat(sms.requestedAt()).isEqualTo(HOLD_AT);
    assertThat(sms.dedupeKey()).isEqualTo(update.after().touchPointKeys().iterator().next());
  }

  @Test
  void what_the_erp_itself_reported_is_not_mirrored_back_to_it() {
    OrderUpdate snapshot =
        Orders.ingest(Optional.empty(), defaultOrder().details(), 1, Orders.erp("s1", HOLD_AT));

    List<OutboxMessage> out = OutboxMessages.from(snapshot, List.of());

    assertThat(snapshot.events()).hasSize(3);
    assertThat(out).noneMatch(OutboxMessage.ErpUpdate.class::isInstance);
    assertThat(out)
        .singleElement()
        .isInstanceOfSatisfying(
            OutboxMessage.SmsRequest.class,
            sms -> assertThat(sms.touchPoint()).isEqualTo(TouchPoint.MERCHANDISE_AVAILABLE));
  }

  @Test
  void every_event_gets_one_audit_entry_in_order() {
    History history = holdWithFiveAttempts();
    OrderUpdate escalation = escalate(history.order, "sweep-1");

    assertThat(OutboxMessages.auditEntries(escalation))
        .extracting(AuditEntry::auditId)
        .containsExactlyElementsOf(
            escalation.events().stream().map(com.oom.core.order.OrderEvent::eventId).toList());
  }

  @Test
  void ids_are_stable_for_the_same_command_and_distinct_otherwise() {
    History history = holdWithFiveAttempts();

    List<String> once = ids(OutboxMessages.from(escalate(history.order, "sweep-1"), history.audit));
    List<String> again =
        ids(OutboxMessages.from(escalate(history.order, "sweep-1"), history.audit));
    List<String> otherSweep =
        ids(OutboxMessages.from(escalate(history.order, "sweep-2"), history.audit));

    // the ERP update, the hand-off and the OrderEscalated event
    assertThat(once).isEqualTo(again).doesNotHaveDuplicates().hasSize(3);
    assertThat(once).doesNotContainAnyElementsOf(otherSweep);
  }

  // --- helpers ------------------------------------------------------------------------------

  private record History(OpenOrder order, List<AuditEntry> audit) {}

  /** HOLD, then five unsuccessful attempts covering day, night and weekend: six audit entries. */
  private static History holdWithFiveAttempts() {
    List<AuditEntry> audit = new ArrayList<>();
    OrderUpdate hold =
        ContactStatusChanges.set(
            defaultOrder().firstSeenAt(HOLD_AT.minus(Duration.ofDays(5))).build(),
            ContactStatus.HOLD,
            null,
            "No answer, voicemail full",
            Orders.agent("hold", HOLD_AT));
    audit.addAll(OutboxMessages.auditEntries(hold));
    OpenOrder order = hold.after();
    for (Instant at : ATTEMPTS) {
      OrderUpdate attempt =
          ContactAttempts.record(
              order,
              MOBILE,
              ContactChannel.PHONE,
              AttemptOutcome.NO_ANSWER,
              "No answer",
              Orders.agent("attempt-" + at, at),
              SlotBoundaries.defaults(),
              date -> false);
      audit.addAll(OutboxMessages.auditEntries(attempt));
      order = attempt.after();
    }
    return new History(order, audit);
  }

  private static OrderUpdate escalate(OpenOrder order, String sweepId) {
    return Escalations.escalate(
        order,
        EscalationRules.from(OomConfig.defaults()).dueNow(order, WEEK_LATER).orElseThrow(),
        Orders.system(sweepId, WEEK_LATER));
  }

  private static <T extends OutboxMessage> T only(List<OutboxMessage> out, Class<T> type) {
    List<T> matching = out.stream().filter(type::isInstance).map(type::cast).toList();
    assertThat(matching).hasSize(1);
    return matching.getFirst();
  }

  private static List<String> ids(List<OutboxMessage> out) {
    return out.stream().map(OutboxMessage::outboxId).toList();
  }
}
