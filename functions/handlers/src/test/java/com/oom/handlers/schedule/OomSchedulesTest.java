package com.oom.handlers.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.StoreDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class OomSchedulesTest {
  private final List<OomSchedules.Schedule> schedules =
      OomSchedules.all(StoreDirectory.parse("101=America/Winnipeg,202=America/Regina"));

  @Test
  void the_sweep_runs_every_five_minutes() {
    assertThat(schedules.getFirst().expression()).isEqualTo("rate(5 minutes)");
    assertThat(schedules.getFirst().inputWithExecutionId("ex-1"))
        .isEqualTo("{\"job\":\"timer-sweep\",\"executionId\":\"ex-1\"}");
  }

  @Test
  void each_store_plans_at_opening_and_audits_five_minutes_before_closing_in_its_zone() {
    assertThat(schedules)
        .filteredOn(s -> s.name().startsWith("oom-daily-plan-202"))
        .extracting(OomSchedules.Schedule::expression, s -> s.zone().getId())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "cron(0 9 ? * MON,TUE,WED,THU,FRI,SAT *)", "America/Regina"),
            org.assertj.core.groups.Tuple.tuple(
                "cron(55 20 ? * MON,TUE,WED,THU,FRI *)", "America/Regina"),
            org.assertj.core.groups.Tuple.tuple("cron(55 17 ? * SAT *)", "America/Regina"));
  }
}
