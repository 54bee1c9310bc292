package com.oom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulesTest {
  private final List<SuiteSchedule> schedules =
      Schedules.all(StoreDirectory.standardStores("101=America/Winnipeg,202=America/Regina"));

  @Test
  void the_sweep_runs_every_five_minutes() {
    SuiteSchedule sweep = schedules.getFirst();
    assertThat(sweep.target()).isEqualTo(SuiteFunction.TIMER_SWEEP);
    assertThat(sweep.expression()).isEqualTo("rate(5 minutes)");
    assertThat(sweep.inputWithExecutionId("ex-1"))
        .isEqualTo("{\"job\":\"timer-sweep\",\"executionId\":\"ex-1\"}");
  }

  @Test
  void each_store_plans_at_opening_and_audits_five_minutes_before_closing_in_its_zone() {
    assertThat(schedules)
        .filteredOn(s -> s.name().startsWith("oom-daily-plan-202"))
        .extracting(SuiteSchedule::name, SuiteSchedule::expression, s -> s.zone().getId())
        .containsExactly(
            tuple("oom-daily-plan-202-start-mon-sat", "cron(0 9 ? * MON-SAT *)", "America/Regina"),
            tuple("oom-daily-plan-202-end-sat", "cron(55 17 ? * SAT *)", "America/Regina"),
            tuple("oom-daily-plan-202-end-mon-fri", "cron(55 20 ? * MON-FRI *)", "America/Regina"));
  }

  @Test
  void the_daily_plan_names_its_phase_and_store_and_keeps_the_execution_id_for_retries() {
    assertThat(schedules)
        .filteredOn(s -> s.name().equals("oom-daily-plan-101-end-mon-fri"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.target()).isEqualTo(SuiteFunction.DAILY_PLAN);
              assertThat(s.inputWithExecutionId("ex-9"))
                  .isEqualTo(
                      "{\"job\":\"daily-plan\",\"phase\":\"END_OF_DAY\",\"storeId\":\"101\","
                          + "\"executionId\":\"ex-9\"}");
            });
  }

  @Test
  void every_store_gets_a_start_and_an_end_for_each_distinct_time_and_names_are_unique() {
    assertThat(schedules).hasSize(1 + 3 * 2);
    assertThat(schedules.stream().map(SuiteSchedule::name).distinct()).hasSize(schedules.size());
  }

  @Test
  void consecutive_days_become_a_range_and_others_stay_listed() {
    assertThat(
            SuiteSchedule.cronDays(
                Set.of(
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)))
        .isEqualTo("MON-FRI");
    assertThat(SuiteSchedule.cronDays(Set.of(DayOfWeek.SATURDAY))).isEqualTo("SAT");
    assertThat(SuiteSchedule.cronDays(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)))
        .isEqualTo("MON,WED");
    assertThat(SuiteSchedule.cronDays(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)))
        .isEqualTo("MON,TUE");
  }

  @Test
  void a_directory_stores_own_hours_and_end_of_business_day_set_its_daily_plans() {
    StoreDirectory halifax =
        StoreDirectoryDocumentTest.read(
            """
            {"id": "404", "name": "Halifax", "zone": "America/Halifax",
             "hours": {"MONDAY-SATURDAY": "10:00-20:00", "SUNDAY": "12:00-17:00"},
             "endOfBusinessDay": "17:00"}
            """);

    assertThat(Schedules.all(halifax))
        .filteredOn(s -> s.storeId() != null)
        .extracting(SuiteSchedule::name, SuiteSchedule::expression)
        .containsExactly(
            tuple("oom-daily-plan-404-start-mon-sat", "cron(0 10 ? * MON-SAT *)"),
            tuple("oom-daily-plan-404-start-sun", "cron(0 12 ? * SUN *)"),
            tuple("oom-daily-plan-404-end-mon-sun", "cron(55 16 ? * MON-SUN *)"));
  }
}
