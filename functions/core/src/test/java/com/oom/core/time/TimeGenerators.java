package com.oom.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators shared by the time properties: instants over 2026–2027, biased towards DST changes.
 */
final class TimeGenerators {

  static final Predicate<LocalDate> FEDERAL_HOLIDAY = CanadianFederalHolidays.defaults()::contains;

  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2028-01-01T00:00:00Z");
  private static final long TWO_DAYS_IN_SECONDS = 2 * 24 * 60 * 60;
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/Winnipeg"), ZoneId.of("America/Regina"), ZoneId.of("America/Toronto"));

  private TimeGenerators() {}

  static Gen<ZoneId> zones() {
    return SourceDSL.arbitrary().pick(ZONES);
  }

  static Gen<Instant> instants() {
    return Generate.frequency(Pair.of(3, anyInstant()), Pair.of(1, nearDstChange()));
  }

  static Gen<LocalTime> minutesOfDay(int fromMinute, int toMinute) {
    return SourceDSL.integers().between(fromMinute, toMinute).map(TimeGenerators::minuteOfDay);
  }

  static LocalTime minuteOfDay(int minute) {
    return LocalTime.MIN.plusMinutes(minute);
  }

  private static Gen<Instant> anyInstant() {
    return SourceDSL.longs()
        .between(FROM.getEpochSecond(), UNTIL.getEpochSecond() - 1)
        .map(second -> Instant.ofEpochSecond(second));
  }

  private static Gen<Instant> nearDstChange() {
    Gen<Long> offsets = SourceDSL.longs().between(-TWO_DAYS_IN_SECONDS, TWO_DAYS_IN_SECONDS);
    return SourceDSL.arbitrary().pick(dstChanges()).zip(offsets, Instant::plusSeconds);
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
