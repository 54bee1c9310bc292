package com.oom.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generators shared by the time properties: instants over 2026–2027, biased towards DST changes.
 */
final class TimeArbitraries {

  static final Predicate<LocalDate> FEDERAL_HOLIDAY = CanadianFederalHolidays.defaults()::contains;

  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2028-01-01T00:00:00Z");
  private static final long TWO_DAYS_IN_SECONDS = 2 * 24 * 60 * 60;
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/Winnipeg"), ZoneId.of("America/Regina"), ZoneId.of("America/Toronto"));

  private TimeArbitraries() {}

  static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  static Arbitrary<Instant> instants() {
    return Arbitraries.frequencyOf(Tuple.of(3, anyInstant()), Tuple.of(1, nearDstChange()));
  }

  static Arbitrary<LocalTime> minutesOfDay(int fromMinute, int toMinute) {
    return Arbitraries.integers().between(fromMinute, toMinute).map(TimeArbitraries::minuteOfDay);
  }

  static LocalTime minuteOfDay(int minute) {
    return LocalTime.MIN.plusMinutes(minute);
  }

  private static Arbitrary<Instant> anyInstant() {
    return Arbitraries.longs()
        .between(FROM.getEpochSecond(), UNTIL.getEpochSecond() - 1)
        .map(Instant::ofEpochSecond);
  }

  private static Arbitrary<Instant> nearDstChange() {
    Arbitrary<Long> offsets =
        Arbitraries.longs().between(-TWO_DAYS_IN_SECONDS, TWO_DAYS_IN_SECONDS);
    return Arbitraries.of(dstChanges()).flatMap(change -> offsets.map(change::plusSeconds));
  }

  private static List<Instant> dstChanges() {
    List<Instant> changes = new ArrayList<>();
    for (ZoneId zone : ZONES) {
      ZoneOffsetTransition transition = zone.getRules().nextTransition(FROM);
      while (transition != null && transition.getInstant().isBefore(UNTIL)) {
        changes.add(transition.getInstant());
        transition = zone.getRules().nextTransition(transition.getInstant());
      }
    }
    return changes;
  }
}
