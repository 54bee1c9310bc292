package com.oom.local;

import com.oom.catalogue.SuiteSchedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * EventBridge Scheduler, emulated on the simulated clock: moving time forward fires every schedule
 * due in between, in order, each with the clock set to its firing instant.
 */
final class LocalScheduler {
  private final List<SuiteSchedule> schedules;
  private final LocalClock clock;
  private long executions;

  LocalScheduler(List<SuiteSchedule> schedules, LocalClock clock) {
    this.schedules = List.copyOf(schedules);
    this.clock = clock;
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
      Instant now = clock.instant();
      Optional<Firing> next =
          schedules.stream()
              .map(s -> new Firing(s, nextAfter(s, now)))
              .filter(f -> !f.at().isAfter(target))
              .min(java.util.Comparator.comparing(Firing::at));
      if (next.isEmpty()) {
        break;
      }
      clock.set(next.get().at());
      fire.accept(next.get().schedule(), "local-" + (++executions));
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
