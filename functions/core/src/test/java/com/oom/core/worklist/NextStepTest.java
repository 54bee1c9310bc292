package com.oom.core.worklist;

import static com.oom.core.testing.Orders.MONDAY_10_AM_WINNIPEG;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.Escalation;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NextStepTest {

  private static final Instant NOW = MONDAY_10_AM_WINNIPEG;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private final WorkLists workLists =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private final BusinessCalendar calendar = BusinessCalendar.standard("101", WINNIPEG);

  private NextStep nextStep(OpenOrder order) {
    return workLists.nextStep(order, calendar, NOW).orElseThrow();
  }

  @Test
  void an_available_order_nobody_booked_is_called_to_book() {
    NextStep step = nextStep(defaultOrder().build());

    assertThat(step.action()).isEqualTo(NextAction.CALL_TO_BOOK);
    assertThat(step.list()).isEqualTo(WorkListKind.SCHEDULING);
    assertThat(step.dueAt()).isNotNull();
  }

  @Test
  void a_booked_order_waits_for_its_visit_at_the_window_start() {
    NextStep step = nextStep(defaultOrder().appointment(appointment(TODAY.plusDays(5))).build());

    assertThat(step.action()).isEqualTo(NextAction.WAIT_FOR_VISIT);
    assertThat(step.list()).isNull();
    assertThat(step.dueAt()).isEqualTo(Instant.parse("2026-12-05T14:00:00Z"));
  }

  @Test
  void an_appointment_in_the_confirmation_window_is_confirmed_first() {
    NextStep step = nextStep(defaultOrder().appointment(appointment(TODAY.plusDays(1))).build());

    assertThat(step.action()).isEqualTo(NextAction.CONFIRM_APPOINTMENT);
    assertThat(step.dueAt()).isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
  }

  @Test
  void yesterdays_appointment_waits_for_the_erps_outcome_until_the_next_business_morning() {
    OpenOrder order = defaultOrder().appointment(appointment(TODAY)).build();
    Instant tonight = Instant.parse("2026-12-01T04:00:00Z"); // 22:00 Winnipeg

    NextStep step = workLists.nextStep(order, calendar, tonight).orElseThrow();

    assertThat(step.action()).isEqualTo(NextAction.WAIT_FOR_OUTCOME);
    assertThat(step.dueAt()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
  }

  @Test
  void an_order_waiting_for_stock_is_looked_at_again_on_its_atp_date() {
    NextStep step =
        nextStep(defaultOrder().notAvailable().atpDate(LocalDate.of(2026, 12, 10)).build());

    assertThat(step.action()).isEqualTo(NextAction.WAIT_FOR_STOCK);
    assertThat(step.dueAt()).isEqualTo(Instant.parse("2026-12-10T15:00:00Z"));
  }

  @Test
  void a_future_contact_date_is_waited_for() {
    OpenOrder order = defaultOrder().build().toBuilder().contactDate(TODAY.plusDays(3)).build();

    NextStep step = nextStep(order);

    assertThat(step.action()).isEqualTo(NextAction.WAIT_FOR_CONTACT_DATE);
    assertThat(step.dueAt()).isEqualTo(Instant.parse("2026-12-03T15:00:00Z"));
  }

  @Test
  void a_guest_request_comes_before_the_code_and_the_code_before_booking() {
    OpenOrder hold =
        defaultOrder().build().toBuilder().contactStatus(ContactStatus.HOLD, NOW).build();
    OpenOrder holdAndAsked =
        hold.toBuilder()
            .followUp(new FollowUpRequest(FollowUpRequest.Reason.GUEST_REPLY, NOW))
            .build();

    assertThat(nextStep(hold).action()).isEqualTo(NextAction.MAKE_MISSING_ATTEMPT);
    assertThat(nextStep(holdAndAsked).action()).isEqualTo(NextAction.FOLLOW_UP);
  }

  @Test
  void a_cwc_order_names_its_store_and_the_hand_off() {
    Instant escalatedAt = Instant.parse("2026-11-27T16:00:00Z");
    OpenOrder cwc =
        defaultOrder().status(FulfilmentStatus.CWC).build().toBuilder()
            .escalation(new Escalation(EscalationReason.NO_CONTACT, escalatedAt, true, "h-1"))
            .build();

    NextStep step = nextStep(cwc);
    WorkItem item =
        workLists
            .build(
                WorkListKind.CWC, java.util.List.of(cwc), s -> java.util.Optional.of(calendar), NOW)
            .getFirst();

    assertThat(step.action()).isEqualTo(NextAction.STORE_RESOLVES);
    assertThat(step.reason()).isEqualTo("With store 101 since 2026-11-27T16:00:00Z: NO_CONTACT");
    assertThat(step.dueAt()).isEqualTo(escalatedAt);
    assertThat(item.handOffId()).isEqualTo("h-1");
    assertThat(item.since()).as("with the store since the hand-off").isEqualTo(escalatedAt);
  }

  @Test
  void a_closed_order_has_no_next_step() {
    assertThat(
            workLists.nextStep(
                defaultOrder().status(FulfilmentStatus.DELIVERED).build(), calendar, NOW))
        .isEmpty();
  }

  @Test
  void a_technician_visit_that_is_over_leaves_the_order_to_be_booked_not_chased() {
    OpenOrder visited =
        defaultOrder()
            .appointment(
                new com.oom.core.order.Appointment(
                    TODAY.minusDays(3),
                    java.time.LocalTime.of(8, 0),
                    java.time.LocalTime.of(12, 0),
                    com.oom.core.order.AppointmentKind.TECHNICIAN))
            .build();

    assertThat(nextStep(visited).action()).isEqualTo(NextAction.CALL_TO_BOOK);
    assertThat(workLists.itemFor(WorkListKind.MISSED, visited, calendar, NOW)).isEmpty();
  }
}
