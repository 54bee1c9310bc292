package com.oom.core.time;

import static com.oom.core.testing.Theories.qt;
import static com.oom.core.time.TimeGenerators.FEDERAL_HOLIDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class QuietHoursProperties {

  private static final QuietHours DEFAULTS = QuietHours.defaults();

  @Test
  void next_allowed_is_allowed_and_lies_between_the_instant_and_the_next_window_opening() {
    qt(1000)
        .forAll(TimeGenerators.instants(), TimeGenerators.zones())
        .checkAssert((at, zone) -> assertNextAllowedIsBounded(DEFAULTS, at, zone));
  }

  @Test
  void an_allowed_instant_is_its_own_next_allowed() {
    qt(1000)
        .forAll(TimeGenerators.instants(), TimeGenerators.zones())
        .checkAssert(
            (at, zone) -> {
              if (DEFAULTS.allows(at, zone, FEDERAL_HOLIDAY)) {
                assertThat(DEFAULTS.nextAllowed(at, zone, FEDERAL_HOLIDAY)).isEqualTo(at);
              } else {
                assertThat(DEFAULTS.nextAllowed(at, zone, FEDERAL_HOLIDAY)).isAfter(at);
              }
            });
  }

  @Test
  void nothing_between_the_instant_and_next_allowed_is_allowed() {
    qt(1000)
        .forAll(TimeGenerators.instants(), TimeGenerators.zones(), fractions())
        .checkAssert(
            (at, zone, fraction) ->
                assertNothingAllowedBeforeNextAllowed(DEFAULTS, at, zone, fraction));
  }

  @Test
  void any_quiet_hours_keep_next_allowed_bounded_and_earliest_across_dst_changes() {
    qt(1000)
        .forAll(quietHours(), TimeGenerators.instants(), TimeGenerators.zones(), fractions())
        .checkAssert(
            (quietHours, at, zone, fraction) -> {
              assertNextAllowedIsBounded(quietHours, at, zone);
              assertNothingAllowedBeforeNextAllowed(quietHours, at, zone, fraction);
            });
  }

  @Test
  void latest_allowed_is_allowed_not_after_the_instant_and_no_allowed_minute_lies_after_it() {
    qt(1000)
        .forAll(TimeGenerators.instants(), TimeGenerators.zones())
        .checkAssert((at, zone) -> assertLatestAllowedIsLatest(DEFAULTS, at, zone));
  }

  @Test
  void any_quiet_hours_keep_latest_allowed_the_latest_across_dst_changes() {
    qt(500)
        .forAll(quietHours(), TimeGenerators.instants(), TimeGenerators.zones())
        .checkAssert((quietHours, at, zone) -> assertLatestAllowedIsLatest(quietHours, at, zone));
  }

  /**
   * The answer is allowed, not after {@code at}, and (at minute resolution) no allowed instant lies
   * between it and {@code at}.
   */
  private static void assertLatestAllowedIsLatest(QuietHours quietHours, Instant at, ZoneId zone) {
    Instant latest = quietHours.latestAllowedAtOrBefore(at, zone, FEDERAL_HOLIDAY);

    assertThat(quietHours.allows(latest, zone, FEDERAL_HOLIDAY)).isTrue();
    assertThat(latest).isBeforeOrEqualTo(at);
    for (Instant minute = latest.plus(Duration.ofMinutes(1));
        minute.isBefore(at);
        minute = minute.plus(Duration.ofMinutes(1))) {
      assertThat(quietHours.allows(minute, zone, FEDERAL_HOLIDAY))
          .as("%s lies between %s and %s and is allowed", minute, latest, at)
          .isFalse();
    }
  }

  private static void assertNextAllowedIsBounded(QuietHours quietHours, Instant at, ZoneId zone) {
    Instant next = quietHours.nextAllowed(at, zone, FEDERAL_HOLIDAY);

    assertThat(quietHours.allows(next, zone, FEDERAL_HOLIDAY)).isTrue();
    assertThat(next).isAfterOrEqualTo(at);
    assertThat(next).isBeforeOrEqualTo(quietHours.nextWindowOpening(at, zone, FEDERAL_HOLIDAY));
  }

  private static void assertNothingAllowedBeforeNextAllowed(
      QuietHours quietHours, Instant at, ZoneId zone, double fraction) {
    Instant next = quietHours.nextAllowed(at, zone, FEDERAL_HOLIDAY);
    long gapNanos = Duration.between(at, next).toNanos();
    Instant between = at.plusNanos((long) (gapNanos * fraction));

    if (between.isBefore(next)) {
      assertThat(quietHours.allows(between, zone, FEDERAL_HOLIDAY)).isFalse();
    }
  }

  /** A fraction in [0, 1): a multiple of 2^-53 below one. */
  private static Gen<Double> fractions() {
    return SourceDSL.longs().between(0, (1L << 53) - 1).map(bits -> bits * 0x1.0p-53);
  }

  private static Gen<QuietHours> quietHours() {
    Gen<Integer> startMinutes = SourceDSL.integers().between(0, 24 * 60 - 2);
    return startMinutes
        .zip(startMinutes, Pair::of)
        .flatMap(
            starts ->
                TimeGenerators.minutesOfDay(starts._1 + 1, 24 * 60 - 1)
                    .zip(
                        TimeGenerators.minutesOfDay(starts._2 + 1, 24 * 60 - 1),
                        (weekdayEnd, weekendEnd) ->
                            new QuietHours(
                                TimeGenerators.minuteOfDay(starts._1),
                                weekdayEnd,
                                TimeGenerators.minuteOfDay(starts._2),
                                weekendEnd)));
  }
}
