package com.oom.catalogue;

import com.oom.core.application.EscalateDueOrders;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.OpeningHours;
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
import java.util.function.Function;

/**
 * Every schedule of the suite, from the stores' calendars: the timer sweep every 5 minutes, and per
 * store the daily plan at the start of each business day and five minutes before its end (so the
 * day audited is still "today"), in the store's own time zone. One schedule per distinct opening
 * (or closing) time, so Saturday's 18:00 close gets its own. The CDK app deploys these; the local
 * runner fires them on its simulated clock.
 */
public final class Schedules {
  /** Scheduler's placeholder, replaced by the id of each execution: a retry has the same one. */
  public static final String EXECUTION_ID = "<aws.scheduler.execution-id>";

  /** The core's period (a time-frame text is requested one period ahead of its instant). */
  public static final Duration SWEEP_EVERY = EscalateDueOrders.SWEEP_EVERY;

  /** The end-of-day run starts this long before closing, while the store's day is still today. */
  public static final Duration BEFORE_CLOSING = Duration.ofMinutes(5);

  /** How often Scheduler retries a failed run before giving it to the DLQ. */
  public static final int MAX_RETRIES = 3;

  /** A sweep older than its interval is superseded by the next one anyway. */
  static final Duration SWEEP_MAX_EVENT_AGE = SWEEP_EVERY;

  /** A day-plan run may still be useful within the hour. */
  static final Duration DAILY_PLAN_MAX_EVENT_AGE = Duration.ofHours(1);

  /** The daily plan's two runs. */
  public enum Phase {
    START_OF_DAY("start", OpeningHours::opens),
    END_OF_DAY("end", hours -> hours.closes().minus(BEFORE_CLOSING));

    private final String slug;
    private final Function<OpeningHours, LocalTime> at;

    Phase(String slug, Function<OpeningHours, LocalTime> at) {
      this.slug = slug;
      this.at = at;
    }
  }

  private Schedules() {}

  public static List<SuiteSchedule> all(List<String> storeIds, BusinessCalendars calendars) {
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
    for (String storeId : storeIds) {
      BusinessCalendar calendar = calendars.forStore(storeId);
      for (Phase phase : Phase.values()) {
        schedules.addAll(dailyPlans(storeId, calendar, phase));
      }
    }
    return schedules;
  }

  private static List<SuiteSchedule> dailyPlans(
      String storeId, BusinessCalendar calendar, Phase phase) {
    Map<LocalTime, Set<DayOfWeek>> daysByTime = new TreeMap<>();
    calendar
        .openingHours()
        .forEach(
            (day, hours) ->
                daysByTime
                    .computeIfAbsent(phase.at.apply(hours), t -> EnumSet.noneOf(DayOfWeek.class))
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
                  calendar.zone(),
                  input,
                  DAILY_PLAN_MAX_EVENT_AGE));
        });
    return schedules;
  }
}
