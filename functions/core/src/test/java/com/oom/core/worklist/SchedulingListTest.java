package com.oom.core.worklist;

import static com.oom.core.testing.Orders.MONDAY_10_AM_WINNIPEG;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulingListTest {

  private static final Instant NOW = MONDAY_10_AM_WINNIPEG;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private final WorkLists workLists =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private final BusinessCalendar calendar = BusinessCalendar.standard("101", WINNIPEG);

  private Optional<WorkItem> schedulingItem(OpenOrder order) {
    return workLists.itemFor(WorkListKind.SCHEDULING, order, calendar, NOW);
  }

  @Test
  void available_order_without_contact_status_or_appointment_must_be_called_to_book() {
    OpenOrder order = defaultOrder().build();

    WorkItem item = schedulingItem(order).orElseThrow();

    assertThat(item.orderId()).isEqualTo("SO-1001");
    assertThat(item.storeId()).isEqualTo("101");
    assertThat(item.list()).isEqualTo(WorkListKind.SCHEDULING);
    assertThat(item.reason()).isEqualTo("Merchandise available: call to book");
    assertThat(item.missing()).containsExactly("appointment not booked");
    assertThat(item.priority()).isEqualByComparingTo(new BigDecimal("1500.00"));
    assertThat(item.action()).isEqualTo(NextAction.CALL_TO_BOOK);
    assertThat(item.since()).isEqualTo(order.firstSeenAt());
    // Available since Sunday Nov 1 (closed): due when the store opens on Monday.
    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));
  }

  @Test
  void order_with_a_booked_future_appointment_is_not_on_scheduling() {
    OpenOrder order = defaultOrder().appointment(appointment(TODAY.plusDays(3))).build();

    assertThat(schedulingItem(order)).isEmpty();
  }

  @Test
  void order_with_an_appointment_today_is_still_booked_and_not_on_scheduling() {
    OpenOrder order = defaultOrder().appointment(appointment(TODAY)).build();

    assertThat(schedulingItem(order)).isEmpty();
  }

  @Test
  void order_whose_appointment_date_has_passed_is_not_back_on_scheduling_but_missed() {
    OpenOrder order = defaultOrder().appointment(appointment(TODAY.minusDays(2))).build();

    assertThat(schedulingItem(order)).isEmpty();
    assertThat(workLists.itemFor(WorkListKind.MISSED, order, calendar, NOW))
        .get()
        .extracting(WorkItem::action)
        .isEqualTo(NextAction.CHASE_OUTCOME);
  }

  @Test
  void order_still_waiting_for_stock_is_not_on_scheduling() {
    OpenOrder order = defaultOrder().notAvailable().build();

    assertThat(schedulingItem(order)).isEmpty();
  }

  @Test
  void coded_order_is_not_on_scheduling() {
    OpenOrder order =
        defaultOrder().build().toBuilder().contactStatus(ContactStatus.CALLBACK, NOW).build();

    assertThat(schedulingItem(order)).isEmpty();
  }

  @Test
  void contact_date_tomorrow_keeps_the_order_off_scheduling_until_then() {
    OpenOrder order = defaultOrder().build().toBuilder().contactDate(TODAY.plusDays(1)).build();

    assertThat(schedulingItem(order)).isEmpty();
    assertThat(
            workLists.itemFor(WorkListKind.SCHEDULING, order, calendar, NOW.plusSeconds(24 * 3600)))
        .isPresent();
  }

  @Test
  void contact_date_due_today_puts_the_order_back_on_scheduling_due_at_opening() {
    OpenOrder order = defaultOrder().build().toBuilder().contactDate(TODAY).build();

    WorkItem item = schedulingItem(order).orElseThrow();

    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
  }
}
