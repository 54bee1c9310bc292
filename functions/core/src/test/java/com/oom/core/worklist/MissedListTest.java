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
    assertThat(item.missing()).containsExactly("rebook the appointment");
    assertThat(item.dueAt()).isNull();
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
