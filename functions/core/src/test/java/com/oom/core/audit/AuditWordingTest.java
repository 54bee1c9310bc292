package com.oom.core.audit;

import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderEvent.FieldChange;
import com.oom.core.order.PendingKind;
import com.oom.core.order.TouchPoint;
import com.oom.core.order.TroubleReason;
import com.oom.core.testing.Orders;
import com.oom.core.time.ContactSlot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditWordingTest {

  private static final Instant AT = winnipeg("2026-11-30T10:00");
  private static final String ORDER = "SO-1001";
  private static final Actor AGENT = Actor.agent("agent-7");
  private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);

  /** One event of every kind, as the system writes them (automatic parties, no comments). */
  private static List<OrderEvent> oneOfEach() {
    return List.of(
        new OrderEvent.OrderReceived("e1", ORDER, AT, Actor.ERP, 1),
        new OrderEvent.SnapshotApplied(
            "e2",
            ORDER,
            AT,
            Actor.ERP,
            2,
            List.of(new FieldChange("phones", "[MOBILE +1******42]", "[MOBILE +1******23]"))),
        new OrderEvent.MerchandiseAvailable("e3", ORDER, AT, Actor.ERP),
        new OrderEvent.AtpRevised("e4", ORDER, AT, Actor.ERP, LocalDate.of(2026, 11, 20), DEC_10),
        new OrderEvent.BalancePaid("e5", ORDER, AT, Actor.ERP, new BigDecimal("250.00")),
        new OrderEvent.ReturnedToOom("e6", ORDER, AT, Actor.ERP, FulfilmentStatus.EST),
        new OrderEvent.OrderClosed("e7", ORDER, AT, Actor.ERP, FulfilmentStatus.DELIVERED),
        new OrderEvent.FulfilmentOutcomeRecorded(
            "e8", ORDER, AT, Actor.ERP, FulfilmentOutcomeKind.NOT_HOME),
        new OrderEvent.ContactAttemptRecorded(
            "e9",
            ORDER,
            AT,
            Actor.JENNY,
            new com.oom.core.order.ContactAttempt(
                "e9",
                MOBILE,
                com.oom.core.order.ContactChannel.PHONE,
                AttemptOutcome.NO_ANSWER,
                "jenny",
                "",
                AT,
                ContactSlot.WEEKDAY_DAY)),
        new OrderEvent.ContactStatusChanged(
            "e10", ORDER, AT, Actor.SYSTEM, ContactStatus.NONE, ContactStatus.HOLD, null, null, ""),
        new OrderEvent.AppointmentBooked(
            "e11", ORDER, AT, Actor.SYSTEM, null, appointment(DEC_10), ""),
        new OrderEvent.TroubleReported("e12", ORDER, AT, Actor.SYSTEM, TroubleReason.FAULTY, ""),
        new OrderEvent.ConfirmationRecorded(
            "e13",
            ORDER,
            AT,
            Actor.JENNY,
            DEC_10,
            ConfirmationResultKind.CONFIRMED,
            ConfirmationChannel.VOICE,
            null,
            AT,
            true),
        new OrderEvent.RescheduleRequested("e14", ORDER, AT, Actor.GUEST),
        new OrderEvent.GuestReplyNeedsAgent("e15", ORDER, AT, Actor.GUEST),
        new OrderEvent.OrderEscalated(
            "e16",
            ORDER,
            AT,
            Actor.SYSTEM,
            EscalationReason.NO_CONTACT,
            "No contact with the guest: 5 unsuccessful attempts"),
        new OrderEvent.CommentAdded("e17", ORDER, AT, AGENT, "Guest prefers mornings"),
        new OrderEvent.PickupDeskEventRecorded(
            "e17p",
            ORDER,
            AT,
            AGENT,
            com.oom.core.order.PickupEvent.ARRIVED,
            DEC_10,
            "888",
            "Guest at the desk"),
        new OrderEvent.TouchPointTriggered(
            "e18",
            ORDER,
            AT,
            Actor.SYSTEM,
            TouchPoint.MERCHANDISE_AVAILABLE,
            "SO-1001#MERCHANDISE_AVAILABLE#available",
            MOBILE),
        new OrderEvent.EscalationAcknowledged(
            "e6a", ORDER, AT, Actor.ERP, com.oom.core.order.EscalationReason.FAULTY),
        new OrderEvent.FulfilmentDateChanged(
            "e19", ORDER, AT, AGENT, DEC_10, DEC_10.plusDays(5), "Re-dated to the ATP date"),
        new OrderEvent.ErpAcknowledged(
            "e20",
            ORDER,
            AT,
            Actor.ERP,
            PendingKind.APPOINTMENT,
            "DELIVERY 2026-12-10 08:00-12:00"),
        new OrderEvent.ErpOverrode(
            "e21",
            ORDER,
            AT,
            Actor.ERP,
            PendingKind.APPOINTMENT,
            "DELIVERY 2026-12-10 08:00-12:00",
            "DELIVERY 2026-12-11 13:00-17:00"),
        new OrderEvent.AppointmentCancelledByErp("e22", ORDER, AT, Actor.ERP, appointment(DEC_10)),
        new OrderEvent.ErpEchoOverdue(
            "e23",
            ORDER,
            AT,
            Actor.SYSTEM,
            java.util.List.of(PendingKind.APPOINTMENT),
            "appointment DELIVERY 2026-12-10 08:00-12:00 since 2026-12-01T15:00:00Z"),
        new OrderEvent.TransferBooked(
            "e24",
            ORDER,
            AT,
            AGENT,
            null,
            com.oom.core.order.Transfer.booked("888", "101", DEC_10, AT, AGENT),
            "Stock is at the DC"),
        new OrderEvent.TransferArrived(
            "e25",
            ORDER,
            AT,
            Actor.SYSTEM,
            com.oom.core.order.Transfer.booked("888", "101", DEC_10, AT, AGENT).arrived(AT)),
        new OrderEvent.TextCancelled(
            "e26",
            ORDER,
            AT,
            Actor.SYSTEM,
            TouchPoint.TIME_FRAME,
            "SO-1001#TIME_FRAME#time-frame:2026-12-08T08:00-12:00",
            LocalDate.of(2026, 12, 8),
            java.time.LocalTime.of(8, 0),
            java.time.LocalTime.of(12, 0),
            "SUPERSEDED",
            "the appointment was rebooked"),
        new OrderEvent.AgentTexted(
            "e27",
            ORDER,
            AT,
            Actor.agent("agent-7"),
            "t-1",
            ORDER + "#AGENT_TEXT#t-1",
            com.oom.core.order.PhoneNumber.parse("+12045550142"),
            "answering the guest's question"));
  }

  @Test
  void the_samples_cover_every_kind_of_order_event() {
    Set<Class<?>> sampled = oneOfEach().stream().map(Object::getClass).collect(Collectors.toSet());

    assertThat(sampled)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.asList(OrderEvent.class.getPermittedSubclasses()));
  }

  @Test
  void every_order_event_yields_an_entry_saying_who_when_and_why() {
    for (OrderEvent event : oneOfEach()) {
      AuditEntry entry = AuditWording.entryFor(event);

      assertThat(entry.auditId()).isEqualTo(event.eventId());
      assertThat(entry.orderId()).isEqualTo(ORDER);
      assertThat(entry.at()).isEqualTo(AT);
      assertThat(entry.actor()).isEqualTo(event.actor());
      assertThat(entry.action()).isNotBlank();
      assertThat(entry.comment()).as(event.getClass().getSimpleName()).isNotBlank();
    }
  }

  @Test
  void each_kind_of_event_has_its_own_action() {
    List<String> actions =
        oneOfEach().stream().map(e -> AuditWording.entryFor(e).action()).toList();

    assertThat(actions).doesNotHaveDuplicates();
  }

  @Test
  void agents_comments_are_kept_word_for_word() {
    String why = "Guest on holiday until the 7th";

    assertThat(
            AuditWording.entryFor(
                    new OrderEvent.ContactStatusChanged(
                        "e",
                        ORDER,
                        AT,
                        AGENT,
                        ContactStatus.NONE,
                        ContactStatus.HOLD,
                        null,
                        null,
                        why))
                .comment())
        .isEqualTo(why);
    assertThat(
            AuditWording.entryFor(
                    new OrderEvent.AppointmentBooked(
                        "e", ORDER, AT, AGENT, null, appointment(DEC_10), why))
                .comment())
        .isEqualTo(why);
    assertThat(
            AuditWording.entryFor(
                    new OrderEvent.TroubleReported(
                        "e", ORDER, AT, AGENT, TroubleReason.NO_FIT, why))
                .comment())
        .isEqualTo(why);
    assertThat(
            AuditWording.entryFor(new OrderEvent.CommentAdded("e", ORDER, AT, AGENT, why))
                .comment())
        .isEqualTo(why);
  }

  @Test
  void system_changes_get_the_standard_wording() {
    List<OrderEvent> events = oneOfEach();

    assertThat(comment(events, OrderEvent.ContactStatusChanged.class))
        .isEqualTo("Contact status set to HOLD.");
    assertThat(comment(events, OrderEvent.AppointmentBooked.class))
        .isEqualTo("Appointment booked.");
    assertThat(comment(events, OrderEvent.TroubleReported.class))
        .isEqualTo("Trouble reported: FAULTY.");
    assertThat(comment(events, OrderEvent.BalancePaid.class)).isEqualTo("Balance paid in full.");
    assertThat(comment(events, OrderEvent.OrderClosed.class))
        .isEqualTo("Order closed (DELIVERED): all timers stopped.");
    assertThat(comment(events, OrderEvent.OrderEscalated.class))
        .isEqualTo(
            "Escalated to CWC (NO_CONTACT): No contact with the guest: 5 unsuccessful attempts."
                + " The store now owns this order.");
    assertThat(comment(events, OrderEvent.AtpRevised.class))
        .isEqualTo("Available-to-promise date revised from 2026-11-20 to 2026-12-10.");
    assertThat(comment(events, OrderEvent.TouchPointTriggered.class))
        .isEqualTo("Text message requested: MERCHANDISE_AVAILABLE.");
    assertThat(comment(events, OrderEvent.TextCancelled.class))
        .isEqualTo(
            "Time-frame text for 2026-12-08 08:00–12:00 cancelled: the appointment was rebooked.");
  }

  @Test
  void an_entry_lists_what_changed_and_leaves_out_what_did_not() {
    AuditEntry dateOnly =
        AuditWording.entryFor(
            new OrderEvent.ContactStatusChanged(
                "e",
                ORDER,
                AT,
                AGENT,
                ContactStatus.HOLD,
                ContactStatus.HOLD,
                null,
                DEC_10,
                "Date"));
    AuditEntry escalated = AuditWording.entryFor(oneOfEach().get(15));

    assertThat(dateOnly.changes())
        .containsExactly(new FieldChange("contactDate", "null", "2026-12-10"));
    assertThat(escalated.changes()).containsExactly(new FieldChange("status", "EST/SCH", "CWC"));
  }

  @Test
  void no_audit_text_contains_a_full_phone_number() {
    for (OrderEvent event : oneOfEach()) {
      AuditEntry entry = AuditWording.entryFor(event);
      String text =
          entry.comment()
              + entry.changes().stream()
                  .map(c -> c.field() + c.from() + c.to())
                  .collect(Collectors.joining());

      assertThat(text.replaceAll("[^0-9]", ""))
          .as(event.getClass().getSimpleName())
          .doesNotContain("5550142");
    }
    assertThat(comment(oneOfEach(), OrderEvent.ContactAttemptRecorded.class))
        .isEqualTo("PHONE attempt to +1******42: NO_ANSWER (WEEKDAY_DAY).");
  }

  @Test
  void a_contact_attempt_keeps_the_agents_comment_after_the_standard_part() {
    AuditEntry entry =
        AuditWording.entryFor(
            new OrderEvent.ContactAttemptRecorded(
                "e",
                ORDER,
                AT,
                AGENT,
                Orders.attempt(AT, ContactSlot.WEEKEND, AttemptOutcome.VOICEMAIL)));

    assertThat(entry.comment())
        .isEqualTo("PHONE attempt to +1******42: VOICEMAIL (WEEKEND). Called: VOICEMAIL");
  }

  private static String comment(List<OrderEvent> events, Class<? extends OrderEvent> type) {
    return AuditWording.entryFor(events.stream().filter(type::isInstance).findFirst().orElseThrow())
        .comment();
  }
}
