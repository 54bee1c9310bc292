package com.oom.core.application;

import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.events.DomainEventType;
import com.oom.core.events.EventDetail;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.TroubleReason;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessage.DomainEvent;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.sms.SendDecision;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which change publishes which domain event, through the outbox, with ids stable under retry. */
class DomainEventPublishingTest {
  private static final Instant MONDAY_10_AM = Orders.MONDAY_10_AM_WINNIPEG;
  private final Testbed bed = new Testbed(MONDAY_10_AM);

  private SmsRequest ingestAvailableOrder() {
    bed.services.ingestSnapshot().handle(bed.snapshot("erp-1", 1, Orders.defaultOrder().details()));
    return bed.queues.smsRequests.getLast();
  }

  private RecordContactAttempt.Command unansweredCall(String requestId) {
    return new RecordContactAttempt.Command(
        requestId,
        "SO-1001",
        Actor.agent("agent-7"),
        MOBILE,
        ContactChannel.PHONE,
        AttemptOutcome.NO_ANSWER,
        "no answer");
  }

  @Test
  void a_contact_attempt_publishes_ContactAttemptRecorded_with_the_number_masked() {
    ingestAvailableOrder();

    bed.services.recordContactAttempt().handle(unansweredCall("req-1"));

    assertThat(bed.queues.events(DomainEventType.ContactAttemptRecorded))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.orderId()).isEqualTo("SO-1001");
              assertThat(e.storeId()).isEqualTo("101");
              assertThat(e.detail())
                  .isEqualTo(
                      new EventDetail.ContactAttemptRecorded(
                          ContactChannel.PHONE,
                          AttemptOutcome.NO_ANSWER,
                          "+1******42",
                          e.detail() instanceof EventDetail.ContactAttemptRecorded d
                              ? d.slot()
                              : null,
                          Actor.Kind.AGENT));
            });
    assertThat(bed.orders.unpublished(100)).isEmpty();
  }

  @Test
  void a_retried_command_writes_the_same_event_id_and_a_new_command_another() {
    ingestAvailableOrder();
    Testbed other = new Testbed(MONDAY_10_AM);
    other
        .services
        .ingestSnapshot()
        .handle(other.snapshot("erp-1", 1, Orders.defaultOrder().details()));

    bed.services.recordContactAttempt().handle(unansweredCall("req-1"));
    other.services.recordContactAttempt().handle(unansweredCall("req-1"));
    bed.services.recordContactAttempt().handle(unansweredCall("req-2"));

    List<String> here = ids(bed.queues.events(DomainEventType.ContactAttemptRecorded));
    List<String> there = ids(other.queues.events(DomainEventType.ContactAttemptRecorded));
    assertThat(here).hasSize(2).doesNotHaveDuplicates();
    assertThat(there).containsExactly(here.getFirst());
  }

  @Test
  void trouble_escalates_and_publishes_OrderEscalated_carrying_the_hand_off_id() {
    ingestAvailableOrder();

    bed.services
        .reportTrouble()
        .handle(
            new ReportTrouble.Command(
                "req-t", "SO-1001", Actor.agent("agent-7"), TroubleReason.FAULTY, "box crushed"));

    DomainEvent escalated =
        bed.queues.events(DomainEventType.OrderEscalated).stream().findFirst().orElseThrow();
    assertThat(((EventDetail.OrderEscalated) escalated.detail()).handOffId())
        .isEqualTo(bed.queues.handOffs.getLast().handoffId());
    assertThat(escalated.toString()).doesNotContain("box crushed");
  }

  @Test
  void booking_an_appointment_publishes_AppointmentBooked_with_the_appointment() {
    ingestAvailableOrder();
    var appointment = Orders.appointment(LocalDate.of(2026, 12, 3));

    bed.services
        .bookAppointment()
        .handle(
            new BookAppointment.Command(
                "req-b", "SO-1001", Actor.agent("agent-7"), appointment, "guest asked for Thu"));

    assertThat(bed.queues.events(DomainEventType.AppointmentBooked))
        .singleElement()
        .extracting(DomainEvent::detail)
        .isInstanceOfSatisfying(
            EventDetail.AppointmentBooked.class,
            d -> assertThat(d.appointment()).isEqualTo(appointment));
  }

  @Test
  void a_sent_text_publishes_TextSent_with_the_message_id_and_no_body() {
    SmsRequest request = ingestAvailableOrder();

    SendTouchPoint.Result result = bed.services.sendTouchPoint().handle(request);

    String messageId = ((SendTouchPoint.Result.Sent) result).messageId();
    assertThat(bed.queues.events(DomainEventType.TextSent))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.detail())
                  .isEqualTo(
                      new EventDetail.TextSent(
                          request.touchPoint(), request.dedupeKey(), "+1******42", messageId));
              assertThat(e.toString()).doesNotContain("SO-1001 is").doesNotContain(MOBILE.value());
            });
    assertThat(bed.orders.unpublished(100)).isEmpty();
  }

  @Test
  void a_text_in_quiet_hours_publishes_TextDeferred_until_the_window_opens() {
    bed.clock.set(Instant.parse("2026-12-01T04:00:00Z")); // Mon 22:00 Winnipeg
    SmsRequest request = ingestAvailableOrder();

    bed.services.sendTouchPoint().handle(request);

    assertThat(bed.queues.events(DomainEventType.TextDeferred))
        .singleElement()
        .extracting(DomainEvent::detail)
        .isEqualTo(
            new EventDetail.TextDeferred(
                request.touchPoint(),
                request.dedupeKey(),
                "+1******42",
                Instant.parse("2026-12-01T15:00:00Z"),
                SendDecision.DeferReason.QUIET_HOURS.name()));
  }

  @Test
  void stop_publishes_GuestOptedOut_once_per_inbound_message_and_the_blocked_text_TextBlocked() {
    SmsRequest request = ingestAvailableOrder();
    HandleInboundSms.Command stop = new HandleInboundSms.Command("in-1", MOBILE, "STOP");

    bed.services.handleInboundSms().handle(stop);
    bed.services.handleInboundSms().handle(stop); // redelivered
    bed.services.sendTouchPoint().handle(request);

    assertThat(bed.queues.events(DomainEventType.GuestOptedOut))
        .hasSize(2)
        .extracting(DomainEvent::eventId)
        .containsOnly(bed.queues.events(DomainEventType.GuestOptedOut).getFirst().eventId());
    assertThat(bed.queues.events(DomainEventType.GuestOptedOut).getFirst().detail())
        .isEqualTo(new EventDetail.GuestOptedOut("+1******42", "STOP"));
    assertThat(bed.queues.events(DomainEventType.TextBlocked))
        .singleElement()
        .extracting(DomainEvent::detail)
        .isEqualTo(
            new EventDetail.TextBlocked(
                request.touchPoint(), request.dedupeKey(), "+1******42", "OPTED_OUT"));
  }

  @Test
  void an_event_the_bus_refuses_stays_in_the_outbox_and_the_sweep_publishes_it() {
    SmsRequest request = ingestAvailableOrder();
    bed.queues.busFailing(true);

    bed.services.sendTouchPoint().handle(request);

    assertThat(bed.queues.events).isEmpty();
    assertThat(bed.orders.unpublished(100))
        .singleElement()
        .isInstanceOfSatisfying(
            DomainEvent.class, e -> assertThat(e.type()).isEqualTo(DomainEventType.TextSent));

    bed.queues.busFailing(false);
    assertThat(bed.services.publishOutbox().republishPending(100)).isEqualTo(1);
    assertThat(bed.queues.events(DomainEventType.TextSent)).hasSize(1);
    assertThat(bed.orders.unpublished(100)).isEmpty();
  }

  @Test
  void no_published_event_carries_a_phone_number_in_clear() {
    SmsRequest request = ingestAvailableOrder();
    bed.services.recordContactAttempt().handle(unansweredCall("req-1"));
    bed.services.sendTouchPoint().handle(request);
    bed.services.handleInboundSms().handle(new HandleInboundSms.Command("in-1", MOBILE, "C"));
    bed.services.handleInboundSms().handle(new HandleInboundSms.Command("in-2", MOBILE, "STOP"));

    assertThat(bed.queues.events)
        .extracting(DomainEvent::type)
        .contains(
            DomainEventType.ContactAttemptRecorded,
            DomainEventType.TextSent,
            DomainEventType.GuestOptedOut);
    assertThat(bed.queues.events)
        .allSatisfy(
            e ->
                assertThat(e.toString())
                    .doesNotContain(MOBILE.value())
                    .doesNotContain(Orders.HOME.value())
                    .doesNotContain("2045550142"));
  }

  private static List<String> ids(List<? extends OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::outboxId).toList();
  }
}
