package com.oom.local;

import com.oom.catalogue.SuiteSchedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * EventBridge Scheduler, emulated on the simulated clock: moving time forward fires every schedule
 * due in between, in order, each with the clock set to its firing instant. Schedules due at the
 * same instant all fire (each schedule remembers when it last fired).
 */
final class LocalScheduler {
  private final List<SuiteSchedule> schedules;
  private final LocalClock clock;
  private final Map<SuiteSchedule, Instant> firedUpTo = new HashMap<>();
  private long executions;

  LocalScheduler(List<SuiteSchedule> schedules, LocalClock clock) {
    this.schedules = List.copyOf(schedules);
    this.clock = clock;
    Instant start = clock.instant();
    this.schedules.forEach(schedule -> firedUpTo.put(schedule, start));
  }

  /**
   * Fires everything due in (now, target] and leaves the clock at {@code target}.
   *
   * @return how many schedules fired
   */
  int advanceTo(Instant target, BiConsumer<SuiteSchedule, String> fire) {
    if (target.isBefore(clock.instant())) {
      throw new IllegalArgumentException(
          "the clock only moves forward (now " + clock.instant() + ")");
    }
    int fired = 0;
    while (true) {
      Optional<Firing> next =
          schedules.stream()
              .map(s -> new Firing(s, nextAfter(s, firedUpTo.get(s))))
              .filter(f -> !f.at().isAfter(target))
              .min(java.util.Comparator.comparing(Firing::at));
      if (next.isEmpty()) {
        break;
      }
      Firing firing = next.get();
      if (firing.at().isAfter(clock.instant())) {
        clock.set(firing.at());
      }
      firedUpTo.put(firing.schedule(), firing.at());
      fire.accept(firing.schedule(), "local-" + (++executions));
      fired++;
    }
    clock.set(target);
    return fired;
  }

  private record Firing(SuiteSchedule schedule, Instant at) {}

  static Instant nextAfter(SuiteSchedule schedule, Instant now) {
    if (schedule.rate() != null) {
      long rate = schedule.rate().toMillis();
      return Instant.ofEpochMilli((now.toEpochMilli() / rate + 1) * rate);
    }
    LocalDate day = now.atZone(schedule.zone()).toLocalDate();
    for (int i = 0; i < 8; i++) {
      LocalDate candidate = day.plusDays(i);
      DayOfWeek dow = candidate.getDayOfWeek();
      if (schedule.days().contains(dow)) {
        Instant at = ZonedDateTime.of(candidate, schedule.time(), schedule.zone()).toInstant();
        if (at.isAfter(now)) {
          return at;
        }
      }
    }
    throw new IllegalStateException("schedule " + schedule.name() + " never fires");
  }
}
