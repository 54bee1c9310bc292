package com.oom.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.worklist.WorkListKind;
import com.oom.tooling.emulator.MotoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * {@code --demo}, smaller (60 orders, 10 business days: two weeks, so the HOLD week runs out) so it
 * fits the test run, on moto through {@code oom_moto.py} as the runner starts it. The summary is
 * checked for sane totals and for lists that drain as the agents work them, not for fixed figures:
 * every row a business day, lists and bookings within the order book, calls and texts made, every
 * hand-off counted from what the store queues delivered, the ERP fed, every open order with a next
 * step every morning, and the past-due, coded, missed and scheduling lists smaller at the end than
 * at their peak ({@link #assertListsDrain} gives the figures of a run; the bounds have slack).
 */
class DemoIT {
  private static final int ORDERS = 60;
  private static final int DAYS = 10;

  @Test
  void plays_business_days_with_sane_totals_and_lists_that_drain() throws Exception {
    try (MotoServer moto = MotoServer.builder().start()) {
      LocalSuite suite =
          new LocalSuite(
              moto.endpoint(),
              Instant.parse("2026-11-30T14:00:00Z"),
              LocalOptions.defaultStores(),
              Demo.SWEEP_EVERY);
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      Demo demo =
          new Demo(suite, ORDERS, DAYS, new PrintStream(printed, true, StandardCharsets.UTF_8));

      List<Demo.Day> days = demo.run();

      String table = printed.toString(StandardCharsets.UTF_8);
      System.out.println(table);
      assertThat(days).hasSize(DAYS);
      assertThat(days).extracting(d -> d.date().getDayOfWeek()).doesNotContain(DayOfWeek.SUNDAY);
      assertThat(days.getLast().date()).isAfter(days.getFirst().date());
      for (Demo.Day day : days) {
        assertThat(day.workLists()).containsOnlyKeys(WorkListKind.values());
        assertThat(day.workLists().values()).allSatisfy(n -> assertThat(n).isBetween(0, ORDERS));
        assertThat(day.booked()).isBetween(0, ORDERS);
        assertThat(day.bookedValue()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(day.textsSent() + day.textsDeferred() + day.textsBlocked()).isNotNegative();
        assertThat(day.handOffsByStoreAndReason().keySet())
            .allSatisfy(k -> assertThat(k).matches("(101|202|303):[A-Z_]+"));
        assertThat(table).contains(day.date().toString());
      }
      Demo.Day first = days.getFirst();
      assertThat(first.workLists().get(WorkListKind.SCHEDULING))
          .as("orders waiting to be booked on the first morning")
          .isPositive();
      assertThat(first.calls()).as("agents called on the first day").isPositive();
      assertThat(first.textsSent()).as("merchandise-available texts sent").isPositive();
      assertThat(days.stream().mapToInt(Demo.Day::booked).sum())
          .as("appointments booked over the run (re-bookings of missed visits count too)")
          .isBetween(1, 2 * ORDERS);
      assertThat(days.stream().map(Demo.Day::bookedValue).reduce(BigDecimal.ZERO, BigDecimal::add))
          .as("delivered dollars booked")
          .isPositive();
      assertThat(days.stream().mapToInt(Demo.Day::handOffs).sum())
          .as("at most one hand-off per order")
          .isBetween(0, ORDERS);
      assertThat(demo.erpUpdates()).as("order updates the ERP collected").isPositive();
      assertThat(days.stream().mapToInt(d -> d.pickupDesk().released()).sum())
          .as("pick-ups handed over at the 888 desk")
          .isPositive();
      assertThat(days)
          .allSatisfy(
              d ->
                  assertThat(d.pickupDesk().released() + d.pickupDesk().noShows())
                      .isLessThanOrEqualTo(d.pickupDesk().due()));
      assertThat(table).contains("888 desk d/r/ns");
      assertThat(days)
          .extracting(d -> d.workLists().get(WorkListKind.SYNC))
          .as("the demo's ERP shows every change each evening: nothing left on the sync list")
          .containsOnly(0);
      assertThat(days)
          .extracting(Demo.Day::withoutNextStep)
          .as("open orders without a next step, every morning")
          .containsOnly(0);
      assertThat(days.stream().mapToInt(d -> d.transfers().booked()).sum())
          .as("transfers the agents booked from the DC")
          .isPositive();
      assertThat(days.stream().mapToInt(d -> d.transfers().arrived()).sum())
          .as("transfers the ERP brought to the stores")
          .isPositive();
      assertThat(table).contains("xfer booked/arrived/late");
      assertThat(days.stream().mapToInt(d -> d.agentTexts().sent()).sum())
          .as("agents' texts sent over the run")
          .isPositive();
      assertThat(table).contains("agent texts sent/deferred/refused");
      assertListsDrain(days);
      assertThat(table).containsPattern("and sent [1-9]\\d* snapshots");
      assertThat(table)
          .contains("work lists first/peak/last morning: sch ")
          .contains("open orders without a next step, most on one morning: 0");
      assertThat(table).contains("demo: " + ORDERS + " orders, " + DAYS + " business days");
      Matcher requests = Pattern.compile("\\((\\d+) AWS requests\\)").matcher(table);
      assertThat(requests.find()).as("the AWS request count is printed").isTrue();
      assertThat(Long.parseLong(requests.group(1)))
          .as("at least one write per order seeded, fewer than a thousand per order")
          .isBetween((long) ORDERS, 1000L * ORDERS);
    }
  }

  /**
   * The agents work the lists down; every list that does not is reported. Seen on a run (60 orders,
   * 10 days, 2026-12-06): past-due 17 on the first morning, at most 5 on any later one, 2 on the
   * last; coded 15 at its peak, 3 on the last morning; missed at most 1, going down once;
   * scheduling from 40 to 3. With the stores' opening plans running and agents' confirmation calls
   * (a later run the same day): coded 0, 3, 14, 13, 12, 11, 9, 3, 2, 5 (new codes come in as old
   * ones clear: so the low after the peak, and the last morning against half the peak). With the
   * agents' re-dating switched off, past-due stayed between 9 and 21; without the HOLD attempts,
   * coded was still 14 on the last morning (peak 16); without rebooking and refusal decisions,
   * missed only grew (0 to 3): each fails here.
   */
  private static void assertListsDrain(List<Demo.Day> days) {
    SoftAssertions.assertSoftly(
        soft -> {
          List<Integer> pastDue = sizes(days, WorkListKind.PAST_DUE);
          soft.assertThat(pastDue.getFirst()).as("past-due orders in the seeded book").isPositive();
          soft.assertThat(pastDue.subList(1, pastDue.size()))
              .as("past-due %s: re-dated each day, never back to half the first morning's", pastDue)
              .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(pastDue.getFirst() / 2));
          List<Integer> coded = sizes(days, WorkListKind.CODED);
          int codedPeak = coded.stream().mapToInt(Integer::intValue).max().orElseThrow();
          soft.assertThat(codedPeak).as("coded %s: the agents code orders", coded).isPositive();
          int peakDay = coded.indexOf(codedPeak);
          int lowAfterPeak =
              coded.subList(peakDay, coded.size()).stream()
                  .mapToInt(Integer::intValue)
                  .min()
                  .orElseThrow();
          soft.assertThat(lowAfterPeak)
              .as("coded %s: HOLD escalates after its week, balances paid, SVC cleared", coded)
              .isLessThanOrEqualTo(codedPeak / 3);
          soft.assertThat(coded.getLast())
              .as("coded %s: still well below its peak on the last morning", coded)
              .isLessThanOrEqualTo(codedPeak / 2);
          List<Integer> missed = sizes(days, WorkListKind.MISSED);
          soft.assertThat(missed)
              .as("missed %s: visits fail", missed)
              .anySatisfy(n -> assertThat(n).isPositive());
          soft.assertThat(
                  IntStream.range(1, missed.size()).filter(i -> missed.get(i) < missed.get(i - 1)))
              .as("missed %s: failed visits are rebooked or decided, so the list goes down", missed)
              .isNotEmpty();
          List<Integer> scheduling = sizes(days, WorkListKind.SCHEDULING);
          soft.assertThat(scheduling.getLast())
              .as("scheduling %s: available orders are called and booked", scheduling)
              .isLessThanOrEqualTo(scheduling.getFirst() / 4);
        });
  }

  private static List<Integer> sizes(List<Demo.Day> days, WorkListKind list) {
    return days.stream().map(day -> day.workLists().get(list)).toList();
  }
}
