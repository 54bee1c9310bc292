package com.oom.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.core.order.PhoneNumber;
import com.oom.core.port.ConsentLedger;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opt-outs per phone number on moto. */
@ExtendWith(EmulatorExtension.class)
class DynamoConsentLedgerIT {
  private static final Instant NOW = Orders.MONDAY_10_AM_WINNIPEG;
  private final MutableClock clock = new MutableClock(NOW);
  private ConsentLedger consent;

  @BeforeEach
  void stack() {
    consent = new AwsStack(clock).dynamoAdapters.consent();
  }

  @Test
  void number_never_heard_from_is_not_opted_out() {
    assertThat(consent.isOptedOut(Orders.MOBILE)).isFalse();
  }

  @Test
  void opted_out_number_is_opted_out() {
    consent.optOut(Orders.MOBILE, NOW, "STOP");

    assertThat(consent.isOptedOut(Orders.MOBILE)).isTrue();
  }

  @Test
  void opting_in_after_opting_out_lifts_the_opt_out() {
    consent.optOut(Orders.MOBILE, NOW, "STOP");

    consent.optIn(Orders.MOBILE, NOW.plus(Duration.ofHours(1)), "START");

    assertThat(consent.isOptedOut(Orders.MOBILE)).isFalse();
  }

  @Test
  void opting_out_again_after_opting_in_opts_out() {
    consent.optOut(Orders.MOBILE, NOW, "STOP");
    consent.optIn(Orders.MOBILE, NOW.plusSeconds(60), "START");

    consent.optOut(Orders.MOBILE, NOW.plusSeconds(120), "ARRET");

    assertThat(consent.isOptedOut(Orders.MOBILE)).isTrue();
  }

  @Test
  void opt_in_of_a_number_never_opted_out_leaves_it_not_opted_out() {
    consent.optIn(Orders.MOBILE, NOW, "START");

    assertThat(consent.isOptedOut(Orders.MOBILE)).isFalse();
  }

  @Test
  void numbers_are_independent() {
    consent.optOut(Orders.MOBILE, NOW, "STOP");
    consent.optOut(Orders.HOME, NOW, "STOP");
    consent.optIn(Orders.HOME, NOW.plusSeconds(60), "START");

    assertThat(consent.isOptedOut(Orders.MOBILE)).isTrue();
    assertThat(consent.isOptedOut(Orders.HOME)).isFalse();
    assertThat(consent.isOptedOut(Orders.WORK)).isFalse();
  }

  @Test
  void the_same_number_written_differently_is_one_number() {
    consent.optOut(PhoneNumber.parse("(204) 555-0142"), NOW, "STOP");

    assertThat(consent.isOptedOut(PhoneNumber.parse("1-204-555-0142"))).isTrue();
  }

  @Test
  void carrier_opt_out_without_a_keyword_opts_out() {
    consent.optOut(Orders.MOBILE, NOW, null);

    assertThat(consent.isOptedOut(Orders.MOBILE)).isTrue();
  }
}
