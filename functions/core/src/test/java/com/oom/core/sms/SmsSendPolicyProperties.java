package com.oom.core.sms;

import static com.oom.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.OpenOrder;
import com.oom.core.testing.Orders;
import com.oom.core.time.CanadianFederalHolidays;
import com.oom.core.time.QuietHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** A deferred text is never dropped, never early, never late, whatever the instant and zone. */
class SmsSendPolicyProperties {
  private static final Set<LocalDate> HOLIDAYS = CanadianFederalHolidays.defaults();
  private static final Predicate<LocalDate> IS_HOLIDAY = HOLIDAYS::contains;
  private final SmsSendPolicy policy = new SmsSendPolicy(QuietHours.defaults(), 3);

  private static Gen<Instant> instants() {
    long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2027-12-31T00:00:00Z").getEpochSecond();
    return SourceDSL.longs().between(from, to).map(second -> Instant.ofEpochSecond(second));
  }

  private static Gen<ZoneId> zones() {
    return SourceDSL.arbitrary().pick(Orders.WINNIPEG, Orders.REGINA, Orders.TORONTO);
  }

  @Test
  void deferred_instant_is_allowed_not_in_the_past_and_not_after_the_next_window_opening() {
    qt(2000)
        .forAll(instants(), zones(), SourceDSL.booleans().all())
        .checkAssert(this::deferredInstantIsAllowedAndBounded);
  }

  private void deferredInstantIsAllowedAndBounded(Instant now, ZoneId zone, boolean overCap) {
    OpenOrder order = Orders.defaultOrder().zone(zone).build();
    SendDecision decision =
        policy.decide(Optional.of(order), Orders.MOBILE, false, overCap ? 3 : 0, now, IS_HOLIDAY);

    QuietHours hours = QuietHours.defaults();
    switch (decision) {
      case SendDecision.Send send -> {
        assertThat(hours.allows(now, zone, IS_HOLIDAY)).isTrue();
        assertThat(overCap).isFalse();
      }
      case SendDecision.Defer defer -> {
        assertThat(hours.allows(defer.notBefore(), zone, IS_HOLIDAY)).isTrue();
        assertThat(defer.notBefore()).isAfterOrEqualTo(now);
        if (defer.reason() == SendDecision.DeferReason.QUIET_HOURS) {
          assertThat(defer.notBefore())
              .isBeforeOrEqualTo(hours.nextWindowOpening(now, zone, IS_HOLIDAY));
        } else {
          assertThat(defer.notBefore().atZone(zone).toLocalDate())
              .isAfter(now.atZone(zone).toLocalDate());
        }
      }
      case SendDecision.Block block ->
          throw new AssertionError("an eligible guest must never be blocked: " + block);
    }
  }
}
