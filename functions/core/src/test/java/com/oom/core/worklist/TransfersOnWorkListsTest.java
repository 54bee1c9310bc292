package com.oom.core.worklist;

import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.Transfer;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A pending transfer on the work lists: the wait, the past-due list, and after the arrival. */
class TransfersOnWorkListsTest {
  /** Tuesday 16 June 2026, 10:00 in Winnipeg. */
  private static final Instant JUNE_16 = Instant.parse("2026-06-16T15:00:00Z");

  private static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);
  private static final OomConfig CONFIG = OomConfig.defaults();

  private final WorkLists workLists = new WorkLists(CONFIG, EscalationRules.from(CONFIG));
  private final BusinessCalendar calendar = BusinessCalendar.standard("101", WINNIPEG);

  private static Transfer transfer(LocalDate expected) {
    return Transfer.booked(
        "888", "101", expected, Instant.parse("2026-06-10T15:00:00Z"), Actor.agent("agent-7"));
  }

  /** Available at the DC, not yet at the store, with a transfer expected on {@code expected}. */
  private static OpenOrder awaiting(LocalDate expected) {
    return defaultOrder().fulfilmentDate(LocalDate.of(2026, 6, 30)).build().toBuilder()
        .transfer(transfer(expected))
        .build();
  }

  @Test
  void an_order_waiting_for_its_transfer_says_so_until_the_expected_date() {
    OpenOrder order = awaiting(LocalDate.of(2026, 6, 18));

    NextStep step = workLists.nextStep(order, calendar, JUNE_16).orElseThrow();

    assertThat(step.action()).isEqualTo(NextAction.WAIT_FOR_TRANSFER);
    assertThat(step.action().isWaiting()).isTrue();
    assertThat(step.reason())
        .isEqualTo("Waiting for the transfer from 888 to 101 until its expected date 2026-06-18");
    // opening on Thursday June 18 (09:00 CDT)
    assertThat(step.dueAt()).isEqualTo(Instant.parse("2026-06-18T14:00:00Z"));
  }

  @Test
  void merchandise_available_but_still_in_transfer_is_not_called_to_book() {
    OpenOrder order = awaiting(LocalDate.of(2026, 6, 18));

    assertThat(order.details().isAvailable()).isTrue();
    assertThat(workLists.itemFor(WorkListKind.SCHEDULING, order, calendar, JUNE_16)).isEmpty();
  }

  @Test
  void a_transfer_expected_june_15_not_arrived_on_june_16_is_past_due_to_chase() {
    OpenOrder order = awaiting(JUNE_15);

    WorkItem item =
        workLists.itemFor(WorkListKind.PAST_DUE, order, calendar, JUNE_16).orElseThrow();

    assertThat(item.action()).isEqualTo(NextAction.CHASE_TRANSFER);
    assertThat(item.reason())
        .isEqualTo("Transfer from 888 to 101 expected 2026-06-15 has not arrived");
    // due at the store's opening on the day it became past due (Tuesday June 16, 09:00 CDT)
    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-06-16T14:00:00Z"));
    assertThat(workLists.nextStep(order, calendar, JUNE_16).orElseThrow().action())
        .isEqualTo(NextAction.CHASE_TRANSFER);
  }

  @Test
  void a_transfer_expected_today_is_not_past_due_yet() {
    assertThat(
            workLists.itemFor(
                WorkListKind.PAST_DUE, awaiting(LocalDate.of(2026, 6, 16)), calendar, JUNE_16))
        .isEmpty();
  }

  @Test
  void re_booking_with_a_later_expected_date_takes_the_order_off_the_past_due_list() {
    OpenOrder late = awaiting(JUNE_15);
    OpenOrder rebooked = late.toBuilder().transfer(transfer(LocalDate.of(2026, 6, 19))).build();

    assertThat(workLists.itemFor(WorkListKind.PAST_DUE, rebooked, calendar, JUNE_16)).isEmpty();
  }

  @Test
  void once_arrived_the_order_leaves_past_due_and_is_called_to_book() {
    OpenOrder late = awaiting(JUNE_15);
    OpenOrder arrived =
        late.toBuilder().transfer(late.transfer().arrived(JUNE_16.minusSeconds(600))).build();

    assertThat(workLists.itemFor(WorkListKind.PAST_DUE, arrived, calendar, JUNE_16)).isEmpty();
    assertThat(workLists.itemFor(WorkListKind.SCHEDULING, arrived, calendar, JUNE_16))
        .hasValueSatisfying(item -> assertThat(item.action()).isEqualTo(NextAction.CALL_TO_BOOK));
  }

  /**
   * The work-list index re-lists an order at {@code refreshAt}, found by trying local midnights:
   * the date-based transfer rule is picked up with no change to the order.
   */
  @Test
  void the_index_relists_a_transfer_at_the_midnight_it_becomes_past_due() {
    Listings listings =
        new Listings(
            workLists, EscalationRules.from(CONFIG), new EchoDeadlines(CONFIG.erpEchoWithin()));
    OpenOrder order = awaiting(JUNE_15.plusDays(2)); // expected Wednesday June 17

    Listing now = listings.of(order, calendar, JUNE_16);
    Listing then = listings.of(order, calendar, now.refreshAt());

    assertThat(now.entries()).isEmpty();
    assertThat(now.refreshAt())
        .isEqualTo(LocalDate.of(2026, 6, 18).atStartOfDay(WINNIPEG).toInstant());
    assertThat(then.entries())
        .singleElement()
        .satisfies(entry -> assertThat(entry.kind()).isEqualTo(WorkListKind.PAST_DUE));
  }
}
