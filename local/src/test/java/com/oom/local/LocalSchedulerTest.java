package com.oom.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.catalogue.Schedules;
import com.oom.catalogue.StoreDirectory;
import com.oom.catalogue.SuiteFunction;
import com.oom.catalogue.SuiteSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalSchedulerTest {

  @Test
  void a_daily_plan_due_at_the_same_instant_as_a_sweep_fires_too() {
    // Monday 2026-11-30 08:00 in Winnipeg: the sweep (every 5 minutes) and store 101's opening plan
    // (09:00) are both due at 15:00Z.
    LocalClock clock = new LocalClock(Instant.parse("2026-11-30T14:00:00Z"));
    StoreDirectory stores = StoreDirectory.standardStores("101=America/Winnipeg");
    LocalScheduler scheduler = new LocalScheduler(Schedules.all(stores), clock);
    List<String> fired = new ArrayList<>();

    scheduler.advanceTo(
        Instant.parse("2026-11-30T15:00:00Z"),
        (schedule, id) -> fired.add(firing(schedule, clock)));
    scheduler.advanceTo(
        Instant.parse("2026-11-30T15:10:00Z"),
        (schedule, id) -> fired.add(firing(schedule, clock)));

    assertThat(fired)
        .filteredOn(f -> f.startsWith("oom-daily-plan"))
        .containsExactly("oom-daily-plan-101-start-mon-sat@2026-11-30T15:00:00Z");
    assertThat(fired).filteredOn(f -> f.startsWith("oom-timer-sweep")).hasSize(14);
  }

  @Test
  void a_schedule_fires_once_per_instant_however_the_clock_is_moved() {
    LocalClock clock = new LocalClock(Instant.parse("2026-11-30T14:00:00Z"));
    StoreDirectory stores = StoreDirectory.standardStores("101=America/Winnipeg");
    LocalScheduler scheduler = new LocalScheduler(Schedules.all(stores), clock);
    List<String> fired = new ArrayList<>();

    for (int minutes = 1; minutes <= 120; minutes++) {
      scheduler.advanceTo(
          Instant.parse("2026-11-30T14:00:00Z").plusSeconds(60L * minutes),
          (schedule, id) -> fired.add(firing(schedule, clock)));
    }

    assertThat(fired).doesNotHaveDuplicates();
    assertThat(fired)
        .filteredOn(f -> f.startsWith(SuiteFunction.DAILY_PLAN.name()) || f.contains("daily"))
        .hasSize(1);
  }

  private static String firing(SuiteSchedule schedule, LocalClock clock) {
    return schedule.name() + "@" + clock.instant();
  }
}
