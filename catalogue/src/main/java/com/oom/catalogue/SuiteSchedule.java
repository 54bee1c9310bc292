package com.oom.catalogue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An EventBridge Scheduler schedule: either every {@code rate}, or at {@code time} on {@code days}
 * in {@code zone}.
 *
 * @param storeId the store a daily plan runs for; null for the sweep, which runs for all
 * @param input the JSON the schedule passes, with {@link Schedules#EXECUTION_ID} where Scheduler
 *     puts the id of each execution (a retry has the same one)
 * @param maxEventAge how long Scheduler keeps retrying a run before it gives up to the DLQ
 */
public record SuiteSchedule(
    String name,
    String storeId,
    SuiteFunction target,
    Duration rate,
    LocalTime time,
    Set<DayOfWeek> days,
    ZoneId zone,
    String input,
    Duration maxEventAge) {

  public SuiteSchedule {
    days = Set.copyOf(days);
  }

  /**
   * Scheduler's expression: {@code rate(5 minutes)} or {@code cron(0 9 ? * MON-SAT *)}, its time
   * read in {@link #zone()}.
   */
  public String expression() {
    if (rate != null) {
      return "rate(" + rate.toMinutes() + " minutes)";
    }
    return "cron(%d %d ? * %s *)".formatted(time.getMinute(), time.getHour(), cronDays(days));
  }

  /** The input with the execution id filled in: Scheduler's on AWS, the runner's locally. */
  public String inputWithExecutionId(String executionId) {
    return input.replace(Schedules.EXECUTION_ID, executionId);
  }

  /** The same schedule at another rate (the local demo sweeps hourly). */
  public SuiteSchedule withRate(Duration newRate) {
    if (rate == null) {
      throw new IllegalStateException(name + " runs at set times, not at a rate");
    }
    return new SuiteSchedule(name, storeId, target, newRate, time, days, zone, input, maxEventAge);
  }

  /** MON,TUE,WED,THU,FRI becomes MON-FRI; single days and gaps stay listed. */
  static String cronDays(Set<DayOfWeek> days) {
    List<DayOfWeek> sorted = days.stream().sorted().toList();
    boolean consecutive = true;
    for (int i = 1; i < sorted.size(); i++) {
      consecutive &= sorted.get(i).getValue() == sorted.get(i - 1).getValue() + 1;
    }
    Function<DayOfWeek, String> name =
        d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
    if (consecutive && sorted.size() > 2) {
      return name.apply(sorted.getFirst()) + "-" + name.apply(sorted.getLast());
    }
    return sorted.stream().map(name).collect(Collectors.joining(","));
  }
}
