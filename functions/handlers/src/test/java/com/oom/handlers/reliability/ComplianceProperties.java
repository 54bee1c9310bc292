package com.oom.handlers.reliability;

import static com.oom.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.OpenOrder;
import com.oom.core.sms.SendDecision;
import com.oom.core.sms.SmsSendPolicy;
import com.oom.core.testing.Orders;
import com.oom.core.time.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The send policy at any minute of 2026-10-15 → 2026-11-16 (the fall-back on 2026-11-01 inside), in
 * Central, Saskatchewan and Eastern time, against the independent quiet-hours oracle of {@link
 * ComplianceIT}: it sends only inside allowed hours, defers everything else to the first allowed
 * minute (never drops it, never earlier), and never sends to an opted-out number.
 */
class ComplianceProperties {
  private static final Instant FROM = Instant.parse("2026-10-15T00:00:00Z");
  private static final long MINUTES = Duration.ofDays(32).toMinutes();
  private static final SmsSendPolicy POLICY = new SmsSendPolicy(QuietHours.defaults(), 3);
  private static int cases;
  private static int failures;

  private static Gen<Instant> month() {
    return SourceDSL.longs().between(0, MINUTES).map(m -> FROM.plus(Duration.ofMinutes(m)));
  }

  private static Gen<ZoneId> zones() {
    return SourceDSL.arbitrary().pick(Orders.WINNIPEG, Orders.REGINA, Orders.TORONTO);
  }

  @AfterAll
  static void report() {
    System.out.printf(
        "RELIABILITY compliance-properties: %d cases, %d failures%n", cases, failures);
  }

  private static OpenOrder order(ZoneId zone) {
    return Orders.defaultOrder().zone(zone).build();
  }

  @Test
  void sends_only_in_allowed_hours_and_defers_to_the_first_allowed_minute() {
    qt(3000)
        .forAll(month(), zones())
        .checkAssert(ComplianceProperties::sendsOnlyInAllowedHoursAndDefersToTheFirstAllowedMinute);
  }

  private static void sendsOnlyInAllowedHoursAndDefersToTheFirstAllowedMinute(
      Instant now, ZoneId zone) {
    cases++;
    boolean ok = false;
    try {
      SendDecision decision =
          POLICY.decide(Optional.of(order(zone)), Orders.MOBILE, false, 0, now, date -> false);
      if (ComplianceIT.allowed(now, zone)) {
        assertThat(decision).isInstanceOf(SendDecision.Send.class);
      } else {
        assertThat(decision).isInstanceOf(SendDecision.Defer.class);
        Instant notBefore = ((SendDecision.Defer) decision).notBefore();
        assertThat(notBefore).isAfter(now);
        assertThat(ComplianceIT.allowed(notBefore, zone)).as("deferred to %s", notBefore).isTrue();
        for (Instant t = now; t.isBefore(notBefore); t = t.plus(Duration.ofMinutes(1))) {
          assertThat(ComplianceIT.allowed(t, zone))
              .as("an allowed minute skipped: %s", t)
              .isFalse();
        }
      }
      ok = true;
    } finally {
      if (!ok) {
        failures++;
      }
    }
  }

  @Test
  void never_sends_to_an_opted_out_number() {
    qt(1000).forAll(month(), zones()).checkAssert(ComplianceProperties::neverSendsToAnOptedOut);
  }

  private static void neverSendsToAnOptedOut(Instant now, ZoneId zone) {
    cases++;
    SendDecision decision =
        POLICY.decide(Optional.of(order(zone)), Orders.MOBILE, true, 0, now, date -> false);
    if (!(decision instanceof SendDecision.Block)) {
      failures++;
    }
    assertThat(decision).isInstanceOf(SendDecision.Block.class);
  }
}
