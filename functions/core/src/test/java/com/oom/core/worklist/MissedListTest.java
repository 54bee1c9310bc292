package com.oom.core.worklist;

import static com.oom.core.testing.Orders.MONDAY_10_AM_WINNIPEG;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.MissedFulfilment;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissedListTest {

  private static final Instant NOW = MONDAY_10_AM_WINNIPEG;
  private static final Instant SATURDAY = Instant.parse("2026-11-28T18:00:00Z");
  private static final java.time.LocalDate SATURDAY_DATE = java.time.LocalDate.of(2026, 11, 28);

  private final WorkLists workLists =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private final BusinessCalendar calendar = BusinessCalendar.standard("101", WINNIPEG);

  private Optional<WorkItem> missedItem(OpenOrder order) {
    return workLists.itemFor(WorkListKind.MISSED, order, calendar, NOW);
  }

  private static OpenOrder missed(FulfilmentOutcomeKind outcome) {
    return defaultOrder().build().toBuilder()
        .missed(new MissedFulfilment(outcome, SATURDAY))
        .build();
  }

  @Test
  void guest_not_home_must_be_called_to_rebook() {
    WorkItem item = missedItem(missed(FulfilmentOutcomeKind.NOT_HOME)).orElseThrow();

    assertThat(item.reason()).isEqualTo("Not home");
    assertThat(item.action()).isEqualTo(NextAction.REBOOK);
    assertThat(item.missing()).containsExactly("rebook the appointment");
    assertThat(item.dueAt()).isEqualTo(SATURDAY);
  }

  @Test
  void a_refusal_asks_the_agent_for_a_trouble_decision() {
    WorkItem item = missedItem(missed(FulfilmentOutcomeKind.REFUSED)).orElseThrow();

    assertThat(item.action()).isEqualTo(NextAction.DECIDE_REFUSAL);
    assertThat(item.missing()).containsExactly("report it FAULTY or NO_FIT, or rebook");
    assertThat(item.dueAt()).isEqualTo(SATURDAY);
  }

  @Test
  void an_appointment_with_no_outcome_goes_on_the_list_the_next_business_morning() {
    OpenOrder booked =
        defaultOrder().appointment(com.oom.core.testing.Orders.appointment(SATURDAY_DATE)).build();
    Instant mondayOpening = Instant.parse("2026-11-30T15:00:00Z");

    assertThat(
            workLists.itemFor(WorkListKind.MISSED, booked, calendar, mondayOpening.minusSeconds(1)))
        .isEmpty();
    WorkItem item =
        workLists.itemFor(WorkListKind.MISSED, booked, calendar, mondayOpening).orElseThrow();
    assertThat(item.action()).isEqualTo(NextAction.CHASE_OUTCOME);
    assertThat(item.reason())
        .isEqualTo("No outcome from the ERP for the appointment on 2026-11-28");
    assertThat(item.dueAt()).isEqualTo(mondayOpening);
  }

  @Test
  void missed_pick_up_must_be_called_to_rebook() {
    WorkItem item = missedItem(missed(FulfilmentOutcomeKind.PICKUP_MISSED)).orElseThrow();

    assertThat(item.reason()).isEqualTo("Pick-up missed");
    assertThat(item.missing()).containsExactly("rebook the appointment");
  }

  @Test
  void order_without_a_missed_fulfilment_is_not_on_missed() {
    assertThat(missedItem(defaultOrder().build())).isEmpty();
  }
}
