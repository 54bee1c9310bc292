package com.oom.core.application;

import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time-frame text goes out from the order's timer at the instant TimeFrameTiming computes. */
class TimeFrameTimerTest {
  private static final Actor AGENT = Actor.agent("agent-7");
  // Monday 2026-11-30 10:00 in Winnipeg
  private final Testbed bed = new Testbed(winnipeg("2026-11-30T10:00"));
  private int requests;

  private void order(String id) {
    bed.services
        .ingestSnapshot()
        .handle(bed.snapshot("erp-" + id, 1, Orders.defaultOrder().orderId(id).details()));
  }

  private CommandResult book(String id, String date, int from, int to, AppointmentKind kind) {
    return bed.services
        .bookAppointment()
        .handle(
            new BookAppointment.Command(
                "req-" + (++requests),
                id,
                AGENT,
                new Appointment(
                    LocalDate.parse(date), LocalTime.of(from, 0), LocalTime.of(to, 0), kind),
                "booked with the guest"));
  }

  private List<SmsRequest> timeFrames() {
    return bed.queues.smsRequests.stream()
        .filter(r -> r.touchPoint() == TouchPoint.TIME_FRAME)
        .toList();
  }

  /**
   * Runs the sweep whenever the order's timer comes due, as the scheduled sweep would, up to {@code
   * localDateTime}: what fires does so at the instant its timer named.
   */
  private void followTimers(String orderId, String localDateTime) {
    Instant end = winnipeg(localDateTime);
    for (int sweeps = 0; sweeps < 50; sweeps++) {
      java.util.Optional<Instant> due = bed.orders.timer(orderId);
      if (due.isEmpty() || due.get().isAfter(end)) {
        return;
      }
      if (due.get().isAfter(bed.clock.instant())) {
        bed.clock.set(due.get());
      }
      bed.services.escalateDueOrders().handle("sweep-" + bed.clock.instant(), 100);
    }
    throw new AssertionError("the timer of " + orderId + " never moved past " + end);
  }

  private void sweepAt(String localDateTime) {
    bed.clock.set(winnipeg(localDateTime));
    bed.services.escalateDueOrders().handle("sweep-" + localDateTime, 100);
  }

  @Test
  void
      an_eight_oclock_window_is_requested_by_the_sweep_a_period_before_the_last_allowed_minute_the_evening_before() {
    order("SO-1");
    book("SO-1", "2026-12-01", 8, 12, AppointmentKind.DELIVERY);

    followTimers("SO-1", "2026-11-30T20:53");
    assertThat(timeFrames()).isEmpty();

    followTimers("SO-1", "2026-11-30T21:30");
    assertThat(timeFrames())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.dedupeKey())
                  .isEqualTo("SO-1#TIME_FRAME#time-frame:2026-12-01T08:00-12:00");
              // one sweep period ahead of 20:59, the last allowed minute
              assertThat(r.requestedAt()).isEqualTo(winnipeg("2026-11-30T20:54"));
            });
    assertThat(bed.services.sendTouchPoint().handle(timeFrames().getFirst()))
        .isInstanceOf(SendTouchPoint.Result.Sent.class);
    assertThat(bed.gateway.sent.getLast().at()).isEqualTo(winnipeg("2026-11-30T20:54"));
  }

  @Test
  void the_time_frame_fires_once_however_often_the_sweep_looks() {
    order("SO-1");
    book("SO-1", "2026-12-01", 13, 17, AppointmentKind.DELIVERY);

    sweepAt("2026-12-01T11:55");
    sweepAt("2026-12-01T12:00");
    bed.services.planTheDay().handle("plan", "101");

    assertThat(timeFrames()).hasSize(1);
  }

  @Test
  void an_appointment_booked_after_its_time_frame_instant_is_texted_at_once() {
    order("SO-1");
    bed.clock.set(winnipeg("2026-11-30T21:30"));

    CommandResult booked = book("SO-1", "2026-12-01", 8, 12, AppointmentKind.DELIVERY);

    assertThat(booked.events())
        .filteredOn(
            e ->
                e instanceof com.oom.core.order.OrderEvent.TouchPointTriggered t
                    && t.touchPoint() == TouchPoint.TIME_FRAME)
        .hasSize(1);
    assertThat(timeFrames()).hasSize(1);
  }

  @Test
  void a_rebooked_window_gets_its_own_time_frame_at_its_own_instant() {
    order("SO-1");
    book("SO-1", "2026-12-01", 8, 12, AppointmentKind.DELIVERY);
    book("SO-1", "2026-12-02", 13, 17, AppointmentKind.DELIVERY);

    followTimers("SO-1", "2026-12-02T11:54");
    assertThat(timeFrames()).isEmpty();
    followTimers("SO-1", "2026-12-02T13:00");
    assertThat(timeFrames())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.dedupeKey())
                  .isEqualTo("SO-1#TIME_FRAME#time-frame:2026-12-02T13:00-17:00");
              assertThat(r.requestedAt()).isEqualTo(winnipeg("2026-12-02T11:55"));
            });
  }

  @Test
  void a_technician_visit_is_texted_and_a_pick_up_is_not() {
    order("SO-TECH");
    order("SO-PICKUP");
    book("SO-TECH", "2026-12-01", 13, 17, AppointmentKind.TECHNICIAN);
    book("SO-PICKUP", "2026-12-01", 13, 17, AppointmentKind.PICKUP);

    sweepAt("2026-12-01T12:00");
    bed.services.planTheDay().handle("plan-2026-12-01", "101");

    assertThat(timeFrames()).extracting(SmsRequest::orderId).containsExactly("SO-TECH");
  }

  @Test
  void the_daily_plan_no_longer_texts_the_days_time_frames() {
    order("SO-1");
    book("SO-1", "2026-12-01", 13, 17, AppointmentKind.DELIVERY);
    bed.clock.set(winnipeg("2026-12-01T09:00"));

    PlanTheDay.DayPlan plan = bed.services.planTheDay().handle("plan-2026-12-01", "101");

    assertThat(plan.timeFramesRequested()).isZero();
    assertThat(timeFrames()).isEmpty();
  }

  @Test
  void a_window_the_morning_after_a_weekend_day_is_texted_at_the_weekend_close() {
    bed.clock.set(winnipeg("2026-12-04T10:00")); // Friday
    order("SO-1");
    book("SO-1", "2026-12-07", 8, 12, AppointmentKind.DELIVERY); // Monday

    followTimers("SO-1", "2026-12-06T17:53"); // Sunday
    assertThat(timeFrames()).isEmpty();
    followTimers("SO-1", "2026-12-06T19:00");
    assertThat(timeFrames())
        .singleElement()
        .extracting(SmsRequest::requestedAt)
        .isEqualTo(winnipeg("2026-12-06T17:54"));
  }
}
