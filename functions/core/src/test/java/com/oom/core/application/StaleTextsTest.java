package com.oom.core.application;

import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.audit.AuditEntry;
import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsLog;
import com.oom.core.sms.SendDecision;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * A booking, reminder or time-frame text that is no longer true when it would go out is cancelled
 * with an audit entry on the order, never sent.
 */
class StaleTextsTest {
  private static final Actor AGENT = Actor.agent("agent-7");
  // Monday 2026-11-30 10:00 in Winnipeg
  private final Testbed bed = new Testbed(winnipeg("2026-11-30T10:00"));
  private int requests;

  private void order() {
    bed.services.ingestSnapshot().handle(bed.snapshot("erp-1", 1, Orders.defaultOrder().details()));
  }

  private void book(String date, int from, int to) {
    bed.services
        .bookAppointment()
        .handle(
            new BookAppointment.Command(
                "req-" + (++requests),
                "SO-1001",
                AGENT,
                new Appointment(
                    LocalDate.parse(date),
                    LocalTime.of(from, 0),
                    LocalTime.of(to, 0),
                    AppointmentKind.DELIVERY),
                "booked with the guest"));
  }

  private SmsRequest last(TouchPoint touchPoint) {
    return bed.queues.smsRequests.stream()
        .filter(r -> r.touchPoint() == touchPoint)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private long cancellations() {
    return bed.orders.auditTrail("SO-1001").stream()
        .filter(e -> e.action().equals("SMS_CANCELLED"))
        .count();
  }

  @Test
  void a_deferred_time_frame_whose_appointment_was_rebooked_is_cancelled_with_an_audit_entry() {
    order();
    bed.clock.set(winnipeg("2026-11-30T22:00")); // quiet hours
    book("2026-12-01", 8, 12); // fires the time frame at once: deferred to 09:00
    SmsRequest timeFrame = last(TouchPoint.TIME_FRAME);
    assertThat(bed.services.sendTouchPoint().handle(timeFrame))
        .isInstanceOf(SendTouchPoint.Result.Deferred.class);
    book("2026-12-03", 13, 17);

    bed.clock.set(winnipeg("2026-12-01T09:00"));
    int sentBefore = bed.gateway.sent.size();
    bed.services.sendDeferredSms().handle(10);

    assertThat(bed.gateway.sent).hasSize(sentBefore);
    assertThat(bed.smsLog.find(timeFrame.dedupeKey()))
        .hasValueSatisfying(
            logged -> {
              assertThat(logged.status()).isEqualTo(SmsLog.Status.BLOCKED);
              assertThat(logged.detail()).isEqualTo(SendDecision.BlockReason.SUPERSEDED.name());
            });
    assertThat(bed.orders.auditTrail("SO-1001"))
        .filteredOn(e -> e.action().equals("SMS_CANCELLED"))
        .singleElement()
        .extracting(AuditEntry::comment)
        .isEqualTo(
            "Time-frame text for 2026-12-01 08:00–12:00 cancelled: the appointment was rebooked.");
    assertThat(bed.queues.erpUpdates)
        .filteredOn(u -> u.action().equals("SMS_CANCELLED"))
        .singleElement()
        .satisfies(u -> assertThat(u.auditComment()).contains("the appointment was rebooked"));
  }

  @Test
  void a_cancelled_text_redelivered_adds_no_second_audit_entry_and_is_never_sent() {
    order();
    book("2026-12-01", 13, 17);
    SmsRequest booked = last(TouchPoint.APPOINTMENT_BOOKED);
    book("2026-12-02", 13, 17);
    int sentBefore = bed.gateway.sent.size();

    assertThat(bed.services.sendTouchPoint().handle(booked))
        .isEqualTo(new SendTouchPoint.Result.Blocked(SendDecision.BlockReason.SUPERSEDED));
    assertThat(bed.services.sendTouchPoint().handle(booked))
        .isEqualTo(new SendTouchPoint.Result.Blocked(SendDecision.BlockReason.SUPERSEDED));

    assertThat(bed.gateway.sent).hasSize(sentBefore);
    assertThat(cancellations()).isEqualTo(1);
    assertThat(bed.orders.auditTrail("SO-1001"))
        .filteredOn(e -> e.action().equals("SMS_CANCELLED"))
        .extracting(AuditEntry::comment)
        .containsExactly(
            "Booking text for 2026-12-01 13:00–17:00 cancelled: the appointment was rebooked.");
  }

  @Test
  void a_time_frame_deferred_past_the_end_of_its_window_is_cancelled_as_passed() {
    order();
    bed.clock.set(winnipeg("2026-12-01T11:00"));
    book("2026-12-01", 11, 12); // the time frame fires at once
    SmsRequest timeFrame = last(TouchPoint.TIME_FRAME);

    bed.clock.set(winnipeg("2026-12-01T12:00")); // the window has ended (a busy gateway, a cap)
    assertThat(bed.services.sendTouchPoint().handle(timeFrame))
        .isEqualTo(new SendTouchPoint.Result.Blocked(SendDecision.BlockReason.APPOINTMENT_PASSED));

    assertThat(bed.gateway.sent).noneMatch(t -> t.touchPoint().equals("TIME_FRAME"));
    assertThat(bed.orders.auditTrail("SO-1001"))
        .filteredOn(e -> e.action().equals("SMS_CANCELLED"))
        .extracting(AuditEntry::comment)
        .containsExactly(
            "Time-frame text for 2026-12-01 11:00–12:00 cancelled: the appointment has passed.");
  }

  @Test
  void a_reminder_still_waiting_when_the_appointments_day_begins_is_cancelled() {
    order();
    book("2026-12-02", 13, 17);
    bed.clock.set(winnipeg("2026-12-01T09:00"));
    bed.services.planTheDay().handle("plan-2026-12-01", "101");
    SmsRequest reminder = last(TouchPoint.APPOINTMENT_REMINDER);

    bed.clock.set(winnipeg("2026-12-02T00:00"));
    assertThat(bed.services.sendTouchPoint().handle(reminder))
        .isEqualTo(new SendTouchPoint.Result.Blocked(SendDecision.BlockReason.APPOINTMENT_PASSED));

    assertThat(bed.gateway.sent).noneMatch(t -> t.touchPoint().equals("APPOINTMENT_REMINDER"));
    assertThat(bed.orders.auditTrail("SO-1001"))
        .filteredOn(e -> e.action().equals("SMS_CANCELLED"))
        .extracting(AuditEntry::comment)
        .containsExactly(
            "Reminder for 2026-12-02 13:00–17:00 cancelled: the appointment's day has begun.");
  }

  @Test
  void a_text_still_true_is_sent_as_before() {
    order();
    book("2026-12-01", 13, 17);
    SmsRequest booked = last(TouchPoint.APPOINTMENT_BOOKED);

    assertThat(bed.services.sendTouchPoint().handle(booked))
        .isInstanceOf(SendTouchPoint.Result.Sent.class);
    assertThat(cancellations()).isZero();
  }
}
