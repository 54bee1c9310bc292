package com.oom.core.time;

import static com.oom.core.time.TimeArbitraries.FEDERAL_HOLIDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class QuietHoursProperties {

  private static final QuietHours DEFAULTS = QuietHours.defaults();

  @Property
  void next_allowed_is_allowed_and_lies_between_the_instant_and_the_next_window_opening(
      @ForAll("instants") Instant at, @ForAll("zones") ZoneId zone) {
    assertNextAllowedIsBounded(DEFAULTS, at, zone);
  }

  @Property
  void an_allowed_instant_is_its_own_next_allowed(
      @ForAll("instants") Instant at, @ForAll("zones") ZoneId zone) {
    if (DEFAULTS.allows(at, zone, FEDERAL_HOLIDAY)) {
      assertThat(DEFAULTS.nextAllowed(at, zone, FEDERAL_HOLIDAY)).isEqualTo(at);
    } else {
      assertThat(DEFAULTS.nextAllowed(at, zone, FEDERAL_HOLIDAY)).isAfter(at);
    }
  }

  @Property
  void nothing_between_the_instant_and_next_allowed_is_allowed(
      @ForAll("instants") Instant at,
      @ForAll("zones") ZoneId zone,
      @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double fraction) {
    assertNothingAllowedBeforeNextAllowed(DEFAULTS, at, zone, fraction);
  }

  @Property
  void any_quiet_hours_keep_next_allowed_bounded_and_earliest_across_dst_changes(
      @ForAll("quietHours") QuietHours quietHours,
      @ForAll("instants") Instant at,
      @ForAll("zones") ZoneId zone,
      @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double fraction) {
    assertNextAllowedIsBounded(quietHours, at, zone);
    assertNothingAllowedBeforeNextAllowed(quietHours, at, zone, fraction);
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

  @Provide
  Arbitrary<Instant> instants() {
    return TimeArbitraries.instants();
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return TimeArbitraries.zones();
  }

  @Provide
  Arbitrary<QuietHours> quietHours() {
    Arbitrary<Integer> startMinutes = Arbitraries.integers().between(0, 24 * 60 - 2);
    return Combinators.combine(startMinutes, startMinutes)
        .flatAs(
            (weekdayStart, weekendStart) ->
                Combinators.combine(
                        TimeArbitraries.minutesOfDay(weekdayStart + 1, 24 * 60 - 1),
                        TimeArbitraries.minutesOfDay(weekendStart + 1, 24 * 60 - 1))
                    .as(
                        (weekdayEnd, weekendEnd) ->
                            new QuietHours(
                                TimeArbitraries.minuteOfDay(weekdayStart),
                                weekdayEnd,
                                TimeArbitraries.minuteOfDay(weekendStart),
                                weekendEnd)));
  }
}
