package com.oom.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.TouchPoint;
import com.oom.core.order.TroubleReason;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.WorkListKind;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanTheDayTest {
  // Monday 2026-11-30 09:00 in Winnipeg, the start of the business day
  private final Testbed bed = new Testbed(Instant.parse("2026-11-30T15:00:00Z"));
  private long sequence;

  private void order(String id, LocalDate appointment) {
    bed.services
        .ingestSnapshot()
        .handle(
            bed.snapshot(
                "erp-" + id,
                ++sequence,
                Orders.defaultOrder()
                    .orderId(id)
                    .appointment(Orders.appointment(appointment))
                    .details()));
  }

  private long requests(TouchPoint touchPoint) {
    return bed.queues.smsRequests.stream()
        .map(SmsRequest::touchPoint)
        .filter(touchPoint::equals)
        .count();
  }

  @Test
  void reminders_go_to_tomorrows_appointments_and_todays_time_frames_are_not_the_plans() {
    order("SO-TOMORROW", LocalDate.of(2026, 12, 1));
    order("SO-TODAY", LocalDate.of(2026, 11, 30));
    order("SO-LATER", LocalDate.of(2026, 12, 2));

    PlanTheDay.DayPlan plan = bed.services.planTheDay().handle("plan-2026-11-30", "101");

    assertThat(plan.remindersRequested()).isEqualTo(1);
    // today's 08:00 window was texted when the order arrived, after its instant (the evening
    // before): the order's own commit fired it, not the plan
    assertThat(plan.timeFramesRequested()).isZero();
    assertThat(bed.queues.smsRequests)
        .filteredOn(r -> r.touchPoint() == TouchPoint.TIME_FRAME)
        .singleElement()
        .extracting(SmsRequest::orderId)
        .isEqualTo("SO-TODAY");
    assertThat(bed.queues.smsRequests)
        .filteredOn(r -> r.touchPoint() == TouchPoint.APPOINTMENT_REMINDER)
        .singleElement()
        .extracting(SmsRequest::orderId)
        .isEqualTo("SO-TOMORROW");
    assertThat(plan.workListSizes()).containsKey(WorkListKind.CONFIRMATION);
    assertThat(plan.workListSizes().get(WorkListKind.CONFIRMATION)).isEqualTo(1);
  }

  @Test
  void a_retried_plan_requests_nothing_twice() {
    order("SO-TOMORROW", LocalDate.of(2026, 12, 1));

    bed.services.planTheDay().handle("plan-2026-11-30", "101");
    bed.services.planTheDay().handle("plan-2026-11-30-retry", "101");

    assertThat(requests(TouchPoint.APPOINTMENT_REMINDER)).isEqualTo(1);
  }

  @Test
  void saturday_plan_reminds_monday_appointments_because_sunday_is_closed() {
    bed.clock.set(Instant.parse("2026-12-05T15:00:00Z")); // Saturday 09:00
    order("SO-MONDAY", LocalDate.of(2026, 12, 7));

    PlanTheDay.DayPlan plan = bed.services.planTheDay().handle("plan-2026-12-05", "101");

    assertThat(plan.remindersRequested()).isEqualTo(1);
  }

  @Test
  void cwc_orders_get_no_reminder() {
    order("SO-TOMORROW", LocalDate.of(2026, 12, 1));
    bed.services
        .reportTrouble()
        .handle(
            new ReportTrouble.Command(
                "req", "SO-TOMORROW", Actor.agent("a"), TroubleReason.FAULTY, "broken leg"));

    assertThat(bed.services.planTheDay().handle("plan", "101").remindersRequested()).isZero();
  }

  @Test
  void every_open_order_of_a_varied_book_has_a_next_step() {
    order("SO-TOMORROW", LocalDate.of(2026, 12, 1));
    order("SO-TODAY", LocalDate.of(2026, 11, 30));
    order("SO-PAST", LocalDate.of(2026, 11, 27));
    bed.services
        .ingestSnapshot()
        .handle(
            bed.snapshot(
                "erp-stock",
                ++sequence,
                Orders.defaultOrder().orderId("SO-STOCK").notAvailable().details()));
    bed.services
        .ingestSnapshot()
        .handle(
            bed.snapshot(
                "erp-book", ++sequence, Orders.defaultOrder().orderId("SO-BOOK").details()));

    PlanTheDay.DayPlan plan = bed.services.planTheDay().handle("plan-2026-11-30", "101");

    assertThat(plan.withoutNextStep()).isEmpty();
    assertThat(plan.workListSizes().get(WorkListKind.MISSED)).isEqualTo(1);
    assertThat(plan.workListSizes().get(WorkListKind.SCHEDULING)).isEqualTo(1);
  }
}
