package com.oom.core.worklist;

import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PastDueListTest {

  /** Tuesday 16 June 2026, 10:00 in Winnipeg. */
  private static final Instant JUNE_16 = Instant.parse("2026-06-16T15:00:00Z");

  private static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);

  private final WorkLists workLists =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private final BusinessCalendar calendar = BusinessCalendar.standard("101", WINNIPEG);

  private Optional<WorkItem> pastDueItem(OpenOrder order) {
    return workLists.itemFor(WorkListKind.PAST_DUE, order, calendar, JUNE_16);
  }

  @Test
  void est_order_due_june_15_is_past_due_on_june_16_and_must_be_redated_to_atp() {
    OpenOrder order =
        defaultOrder()
            .status(FulfilmentStatus.EST)
            .fulfilmentDate(JUNE_15)
            .atpDate(LocalDate.of(2026, 6, 22))
            .build();

    WorkItem item = pastDueItem(order).orElseThrow();

    assertThat(item.reason()).isEqualTo("Fulfilment date 2026-06-15 is past due");
    assertThat(item.missing()).containsExactly("re-date to the ATP date 2026-06-22");
    assertThat(item.action()).isEqualTo(NextAction.REDATE);
    // Past due from Tuesday June 16, at the store's opening (09:00 CDT).
    assertThat(item.dueAt()).isEqualTo(java.time.Instant.parse("2026-06-16T14:00:00Z"));
  }

  @Test
  void scheduled_order_with_a_passed_fulfilment_date_is_past_due_too() {
    OpenOrder order =
        defaultOrder().status(FulfilmentStatus.SCH).fulfilmentDate(JUNE_15.minusDays(3)).build();

    assertThat(pastDueItem(order)).isPresent();
  }

  @Test
  void fulfilment_date_today_is_not_past_due() {
    OpenOrder order = defaultOrder().fulfilmentDate(LocalDate.of(2026, 6, 16)).build();

    assertThat(pastDueItem(order)).isEmpty();
  }

  @Test
  void past_due_order_without_an_atp_date_says_the_atp_date_is_unknown() {
    OpenOrder order = defaultOrder().fulfilmentDate(JUNE_15).atpDate(null).build();

    assertThat(pastDueItem(order).orElseThrow().missing()).containsExactly("ATP date unknown");
  }

  @Test
  void order_without_a_fulfilment_date_is_not_past_due() {
    OpenOrder order = defaultOrder().fulfilmentDate(null).build();

    assertThat(pastDueItem(order)).isEmpty();
  }
}
