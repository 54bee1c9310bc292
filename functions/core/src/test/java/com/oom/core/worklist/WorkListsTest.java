package com.oom.core.worklist;

import static com.oom.core.testing.Orders.MONDAY_10_AM_WINNIPEG;
import static com.oom.core.testing.Orders.REGINA;
import static com.oom.core.testing.Orders.TORONTO;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkListsTest {

  private static final Instant NOW = MONDAY_10_AM_WINNIPEG;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private final WorkLists workLists =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private final BusinessCalendar winnipeg = BusinessCalendar.standard("101", WINNIPEG);

  private static OpenOrder available(String orderId, String lineValue, Instant firstSeenAt) {
    return defaultOrder()
        .orderId(orderId)
        .lines(line("1", lineValue, true))
        .firstSeenAt(firstSeenAt)
        .build();
  }

  @Test
  void list_puts_higher_undelivered_value_first_then_older_orders_then_order_id() {
    Instant older = Instant.parse("2026-11-20T15:00:00Z");
    Instant newer = Instant.parse("2026-11-25T15:00:00Z");
    List<OpenOrder> orders =
        List.of(
            available("SO-4", "900.00", newer),
            available("SO-3", "900.00", older),
            available("SO-2", "2500.00", newer),
            available("SO-1", "900.00", older));

    List<WorkItem> items =
        workLists.build(
            WorkListKind.SCHEDULING, orders, store -> java.util.Optional.of(winnipeg), NOW);

    assertThat(items).extracting(WorkItem::orderId).containsExactly("SO-2", "SO-1", "SO-3", "SO-4");
  }

  @Test
  void an_order_waiting_longer_than_the_starvation_guard_goes_before_higher_values() {
    Instant starving = Instant.parse("2026-11-17T15:00:00Z"); // 11 business days before NOW
    Instant notYet = Instant.parse("2026-11-18T15:00:00Z"); // 10 business days: not promoted
    List<OpenOrder> orders =
        List.of(
            available("SO-rich", "9000.00", notYet),
            available("SO-zero", "0.00", starving),
            available("SO-mid", "900.00", notYet));

    List<WorkItem> items =
        workLists.build(
            WorkListKind.SCHEDULING, orders, store -> java.util.Optional.of(winnipeg), NOW);

    assertThat(items).extracting(WorkItem::orderId).containsExactly("SO-zero", "SO-rich", "SO-mid");
    assertThat(items).extracting(WorkItem::promoted).containsExactly(true, false, false);
  }

  @Test
  void every_item_carries_its_orders_next_step() {
    OpenOrder pastDueAndAvailable =
        defaultOrder().fulfilmentDate(LocalDate.of(2026, 11, 2)).build();

    WorkItem item =
        workLists
            .build(
                WorkListKind.PAST_DUE,
                List.of(pastDueAndAvailable),
                store -> java.util.Optional.of(winnipeg),
                NOW)
            .getFirst();

    assertThat(item.action()).isEqualTo(NextAction.REDATE);
    assertThat(item.nextStep().action()).isEqualTo(NextAction.CALL_TO_BOOK);
    assertThat(item.nextStep().list()).isEqualTo(WorkListKind.SCHEDULING);
  }

  @Test
  void priority_is_the_value_of_merchandise_not_yet_delivered() {
    OpenOrder order =
        defaultOrder()
            .value("4000.00")
            .lines(line("1", "700.00", true), line("2", "50.00", true))
            .build();

    WorkItem item = workLists.itemFor(WorkListKind.SCHEDULING, order, winnipeg, NOW).orElseThrow();

    assertThat(item.priority()).isEqualByComparingTo("750.00");
  }

  @Test
  void one_order_can_be_on_several_lists_at_once() {
    OpenOrder order =
        defaultOrder().fulfilmentDate(TODAY.minusDays(5)).build().toBuilder()
            .contactDate(TODAY)
            .build();

    List<WorkListKind> lists =
        Arrays.stream(WorkListKind.values())
            .filter(kind -> workLists.itemFor(kind, order, winnipeg, NOW).isPresent())
            .toList();

    assertThat(lists)
        .containsExactly(WorkListKind.SCHEDULING, WorkListKind.FOLLOW_UP, WorkListKind.PAST_DUE);
  }

  @Test
  void today_is_each_store_local_date_so_toronto_reaches_a_contact_date_before_regina() {
    LocalDate december1 = LocalDate.of(2026, 12, 1);
    OpenOrder regina =
        defaultOrder().orderId("SO-R").storeId("201").zone(REGINA).build().toBuilder()
            .contactDate(december1)
            .build();
    OpenOrder toronto =
        defaultOrder().orderId("SO-T").storeId("301").zone(TORONTO).build().toBuilder()
            .contactDate(december1)
            .build();
    Map<String, BusinessCalendar> calendars =
        Map.of(
            "201", BusinessCalendar.standard("201", REGINA),
            "301", BusinessCalendar.standard("301", TORONTO));
    Instant torontoPastMidnight = Instant.parse("2026-12-01T05:30:00Z");
    Instant reginaPastMidnight = Instant.parse("2026-12-01T06:30:00Z");

    assertThat(
            workLists.build(
                WorkListKind.FOLLOW_UP,
                List.of(regina, toronto),
                store -> java.util.Optional.ofNullable(calendars.get(store)),
                torontoPastMidnight))
        .extracting(WorkItem::orderId)
        .containsExactly("SO-T");
    assertThat(
            workLists.build(
                WorkListKind.FOLLOW_UP,
                List.of(regina, toronto),
                store -> java.util.Optional.ofNullable(calendars.get(store)),
                reginaPastMidnight))
        .extracting(WorkItem::orderId)
        .containsExactlyInAnyOrder("SO-R", "SO-T");
  }

  @Test
  void an_order_of_a_store_not_in_the_directory_is_left_out_without_failing_the_list() {
    List<OpenOrder> orders =
        List.of(
            defaultOrder().orderId("SO-UNKNOWN").storeId("999").build(),
            defaultOrder().orderId("SO-KNOWN").build());

    assertThat(
            workLists.build(
                WorkListKind.SCHEDULING,
                orders,
                store ->
                    store.equals("999")
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(winnipeg),
                NOW))
        .extracting(WorkItem::orderId)
        .containsExactly("SO-KNOWN");
  }
}
