package com.oom.handlers.schedule;

import com.oom.aws.StoreDirectory;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every EventBridge Scheduler schedule of the suite, from the store list: the timer sweep every 5
 * minutes, and per store the daily plan at the start of each business day and five minutes before
 * its end (so the day audited is still "today") in the store's time zone. The CDK app deploys
 * these; the local runner fires them on its simulated clock.
 */
public final class OomSchedules {
  public static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

  private OomSchedules() {}

  /** Which function a schedule invokes. */
  public enum Target {
    TIMER_SWEEP,
    DAILY_PLAN
  }

  /**
   * A schedule: either every {@code rate}, or at {@code time} on {@code days} in {@code zone}.
   *
   * @param input the JSON the schedule passes (with the execution id placeholder on AWS)
   */
  public record Schedule(
      String name,
      Target target,
      Duration rate,
      LocalTime time,
      Set<DayOfWeek> days,
      ZoneId zone,
      String input) {

    /**
     * EventBridge Scheduler's expression: {@code rate(5 minutes)} or {@code cron(0 9 ? * MON-SAT
     * *)}.
     */
    public String expression() {
      if (rate != null) {
        return "rate(" + rate.toMinutes() + " minutes)";
      }
      String dayList =
          days.stream()
              .sorted()
              .map(d -> d.name().substring(0, 3).toUpperCase(Locale.ROOT))
              .collect(Collectors.joining(","));
      return "cron(%d %d ? * %s *)".formatted(time.getMinute(), time.getHour(), dayList);
    }

    /** The input with the scheduler's execution id filled in (AWS) or the given id (local). */
    public String inputWithExecutionId(String executionId) {
      return input.replace("<aws.scheduler.execution-id>", executionId);
    }
  }

  public static List<Schedule> all(StoreDirectory stores) {
    List<Schedule> schedules = new ArrayList<>();
    schedules.add(
        new Schedule(
            "oom-timer-sweep",
            Target.TIMER_SWEEP,
            SWEEP_EVERY,
            null,
            Set.of(),
            ZoneId.of("UTC"),
            "{\"job\":\"timer-sweep\",\"executionId\":\"<aws.scheduler.execution-id>\"}"));
    for (String storeId : stores.storeIds()) {
      BusinessCalendar calendar = stores.forStore(storeId);
      schedules.addAll(dailyPlans(storeId, calendar, "START_OF_DAY", true));
      schedules.addAll(dailyPlans(storeId, calendar, "END_OF_DAY", false));
    }
    return schedules;
  }

  /** One schedule per distinct opening (or closing) time, covering the days that share it. */
  private static List<Schedule> dailyPlans(
      String storeId, BusinessCalendar calendar, String phase, boolean opening) {
    Map<LocalTime, Set<DayOfWeek>> daysByTime = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      OpeningHours hours = calendar.openingHours().get(day);
      if (hours != null) {
        LocalTime time = opening ? hours.opens() : hours.closes().minusMinutes(5);
        daysByTime.computeIfAbsent(time, t -> EnumSet.noneOf(DayOfWeek.class)).add(day);
      }
    }
    List<Schedule> schedules = new ArrayList<>();
    int index = 0;
    for (var entry : daysByTime.entrySet()) {
      String suffix = daysByTime.size() == 1 ? "" : "-" + (++index);
      schedules.add(
          new Schedule(
              "oom-daily-plan-"
                  + storeId
                  + "-"
                  + phase.toLowerCase(Locale.ROOT).replace('_', '-')
                  + suffix,
              Target.DAILY_PLAN,
              null,
              entry.getKey(),
              entry.getValue(),
              calendar.zone(),
              "{\"job\":\"daily-plan\",\"phase\":\"%s\",\"storeId\":\"%s\",\"executionId\":\"<aws.scheduler.execution-id>\"}"
                  .formatted(phase, storeId)));
    }
    return schedules;
  }
}
