package com.oom.catalogue;

import com.oom.core.application.EscalateDueOrders;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Every schedule of the suite, from the store directory: the timer sweep every 5 minutes, and per
 * store the daily plan when it opens and five minutes before its end of business day (its closing
 * time unless the directory gives one; five minutes before, so the day audited is still "today"),
 * in the store's own time zone. One schedule per distinct time, so Saturday's 18:00 close gets its
 * own. The CDK app deploys these; the local runner fires them on its simulated clock.
 */
public final class Schedules {
  /** Scheduler's placeholder, replaced by the id of each execution: a retry has the same one. */
  public static final String EXECUTION_ID = "<aws.scheduler.execution-id>";

  /** The core's period (a time-frame text is requested one period ahead of its instant). */
  public static final Duration SWEEP_EVERY = EscalateDueOrders.SWEEP_EVERY;

  /**
   * The end-of-day run starts this long before the store's end of business day, while its day is
   * still today.
   */
  public static final Duration BEFORE_CLOSING = Duration.ofMinutes(5);

  /** How often Scheduler retries a failed run before giving it to the DLQ. */
  public static final int MAX_RETRIES = 3;

  /** A sweep older than its interval is superseded by the next one anyway. */
  static final Duration SWEEP_MAX_EVENT_AGE = SWEEP_EVERY;

  /** A day-plan run may still be useful within the hour. */
  static final Duration DAILY_PLAN_MAX_EVENT_AGE = Duration.ofHours(1);

  /** The daily plan's two runs. */
  public enum Phase {
    START_OF_DAY("start", (store, day) -> store.hours().get(day).opens()),
    END_OF_DAY("end", (store, day) -> store.endOfBusinessDay(day).minus(BEFORE_CLOSING));

    private final String slug;
    private final BiFunction<Store, DayOfWeek, LocalTime> at;

    Phase(String slug, BiFunction<Store, DayOfWeek, LocalTime> at) {
      this.slug = slug;
      this.at = at;
    }
  }

  private Schedules() {}

  public static List<SuiteSchedule> all(StoreDirectory stores) {
    List<SuiteSchedule> schedules = new ArrayList<>();
    schedules.add(
        new SuiteSchedule(
            "oom-timer-sweep",
            null,
            SuiteFunction.TIMER_SWEEP,
            SWEEP_EVERY,
            null,
            Set.of(),
            ZoneOffset.UTC,
            "{\"job\":\"timer-sweep\",\"executionId\":\"" + EXECUTION_ID + "\"}",
            SWEEP_MAX_EVENT_AGE));
    for (Store store : stores.stores()) {
      for (Phase phase : Phase.values()) {
        schedules.addAll(dailyPlans(store, phase));
      }
    }
    return schedules;
  }

  private static List<SuiteSchedule> dailyPlans(Store store, Phase phase) {
    String storeId = store.id();
    Map<LocalTime, Set<DayOfWeek>> daysByTime = new TreeMap<>();
    store
        .hours()
        .keySet()
        .forEach(
            day ->
                daysByTime
                    .computeIfAbsent(
                        phase.at.apply(store, day), t -> EnumSet.noneOf(DayOfWeek.class))
                    .add(day));
    String input =
        "{\"job\":\"daily-plan\",\"phase\":\"%s\",\"storeId\":\"%s\",\"executionId\":\"%s\"}"
            .formatted(phase.name(), storeId, EXECUTION_ID);
    List<SuiteSchedule> schedules = new ArrayList<>();
    daysByTime.forEach(
        (time, days) -> {
          String dayList = SuiteSchedule.cronDays(days);
          String name =
              "oom-daily-plan-%s-%s-%s"
                  .formatted(
                      storeId, phase.slug, dayList.replace(",", "-").toLowerCase(Locale.ROOT));
          schedules.add(
              new SuiteSchedule(
                  name,
                  storeId,
                  SuiteFunction.DAILY_PLAN,
                  null,
                  time,
                  days,
                  store.zone(),
                  input,
                  DAILY_PLAN_MAX_EVENT_AGE));
        });
    return schedules;
  }
}
