package com.oom.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsLog;
import com.oom.core.port.SmsLog.SendClaim;
import com.oom.core.port.SmsLog.SmsRecord;
import com.oom.core.port.SmsLog.Status;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SMS log on moto: records, history, the daily-cap count, deferred texts and send claims. */
@ExtendWith(EmulatorExtension.class)
class DynamoSmsLogIT {
  private static final Instant NOW = Orders.MONDAY_10_AM_WINNIPEG;
  private static final Duration LEASE = Duration.ofMinutes(2);
  private final MutableClock clock = new MutableClock(NOW);
  private SmsLog log;

  @BeforeEach
  void stack() {
    log = new AwsStack(clock).dynamoAdapters.smsLog();
  }

  private static SmsRequest request(String key) {
    return request(key, "SO-1001", Orders.MOBILE);
  }

  private static SmsRequest request(String key, String orderId, PhoneNumber to) {
    return new SmsRequest(
        "req-" + key, orderId, TouchPoint.MERCHANDISE_AVAILABLE, key, to, NOW.minusSeconds(60));
  }

  private static SmsRecord sent(SmsRequest request, Instant at) {
    return new SmsRecord(
        request, request.touchPoint(), Status.SENT, at, null, "msg-" + at, "Your order is in.");
  }

  private static SmsRecord deferred(SmsRequest request, Instant at, Instant notBefore) {
    return new SmsRecord(
        request, request.touchPoint(), Status.DEFERRED, at, notBefore, "QUIET_HOURS", null);
  }

  private static SmsRecord blocked(SmsRequest request, Instant at) {
    return new SmsRecord(
        request, request.touchPoint(), Status.BLOCKED, at, null, "OPTED_OUT", null);
  }

  // --- record / find -------------------------------------------------------------------------

  @Test
  void sent_deferred_and_blocked_records_read_back_exactly_as_written() {
    SmsRecord sent = sent(request("k-sent"), NOW);
    SmsRecord deferred = deferred(request("k-deferred"), NOW, NOW.plus(Duration.ofHours(11)));
    SmsRecord blocked = blocked(request("k-blocked"), NOW);

    log.record(sent);
    log.record(deferred);
    log.record(blocked);

    assertThat(log.find("k-sent")).contains(sent);
    assertThat(log.find("k-deferred")).contains(deferred);
    assertThat(log.find("k-blocked")).contains(blocked);
  }

  @Test
  void unknown_key_and_a_key_only_claimed_have_no_record() {
    log.claim("k-claimed", NOW, NOW.plus(LEASE));

    assertThat(log.find("k-unknown")).isEmpty();
    assertThat(log.find("k-claimed")).isEmpty();
  }

  @Test
  void find_returns_the_latest_fate_of_a_touch_point() {
    SmsRequest request = request("k-1");
    log.record(deferred(request, NOW, NOW.plus(Duration.ofHours(1))));
    SmsRecord sent = sent(request, NOW.plus(Duration.ofHours(1)));

    log.record(sent);

    assertThat(log.find("k-1")).contains(sent);
  }

  // --- forOrder ------------------------------------------------------------------------------

  @Test
  void history_of_an_order_lists_every_record_oldest_first_and_only_that_orders() {
    SmsRequest available = request("SO-1001#MERCHANDISE_AVAILABLE#1");
    SmsRequest balance = request("SO-1001#BALANCE_DUE#1");
    SmsRecord deferred = deferred(available, NOW, NOW.plus(Duration.ofHours(2)));
    SmsRecord sentLater = sent(available, NOW.plus(Duration.ofHours(2)));
    SmsRecord blockedEarlier = blocked(balance, NOW.minus(Duration.ofDays(1)));
    // written out of time order; another order's text in between
    log.record(sentLater);
    log.record(sent(request("SO-2002#MERCHANDISE_AVAILABLE#1", "SO-2002", Orders.MOBILE), NOW));
    log.record(deferred);
    log.record(blockedEarlier);

    assertThat(log.forOrder("SO-1001")).containsExactly(blockedEarlier, deferred, sentLater);
    assertThat(log.forOrder("SO-3003")).isEmpty();
  }

  // --- sentBetween ---------------------------------------------------------------------------

  @Test
  void sent_between_counts_texts_sent_to_that_number_from_inclusive_to_exclusive() {
    Instant from = Orders.winnipeg("2026-11-30T00:00");
    Instant to = Orders.winnipeg("2026-12-01T00:00");
    PhoneNumber other = Orders.HOME;
    log.record(sent(request("k-at-from"), from)); // counted: `from` is inside
    log.record(sent(request("k-midday"), NOW)); // counted
    log.record(sent(request("k-last-ms"), to.minusMillis(1))); // counted
    log.record(sent(request("k-at-to"), to)); // not counted: `to` is outside
    log.record(sent(request("k-before"), from.minusMillis(1))); // not counted
    log.record(sent(request("k-other", "SO-1001", other), NOW)); // another number
    log.record(deferred(request("k-deferred"), NOW, to)); // not sent
    log.record(blocked(request("k-blocked"), NOW)); // not sent

    assertThat(log.sentBetween(Orders.MOBILE, from, to)).isEqualTo(3);
    assertThat(log.sentBetween(other, from, to)).isEqualTo(1);
    assertThat(log.sentBetween(Orders.WORK, from, to)).isZero();
    assertThat(log.sentBetween(Orders.MOBILE, to, to)).isZero();
    assertThat(log.sentBetween(Orders.MOBILE, to, to.plus(Duration.ofDays(1)))).isEqualTo(1);
  }

  @Test
  void sent_between_counts_a_text_whatever_characters_its_dedupe_key_starts_with() {
    // Dedupe keys start with the ERP's order id; the count must not depend on how it sorts,
    // not even for texts in the last millisecond before `to`.
    Instant from = Orders.winnipeg("2026-11-30T00:00");
    Instant to = Orders.winnipeg("2026-12-01T00:00");
    Instant lastMillisecond = to.minusMillis(1);
    log.record(
        sent(request("~SO-1#MERCHANDISE_AVAILABLE#1", "~SO-1", Orders.MOBILE), lastMillisecond));
    log.record(
        sent(request("ÉTÉ-7#MERCHANDISE_AVAILABLE#1", "ÉTÉ-7", Orders.MOBILE), lastMillisecond));
    log.record(
        sent(request("SO-1#MERCHANDISE_AVAILABLE#1", "SO-1", Orders.MOBILE), lastMillisecond));

    assertThat(log.sentBetween(Orders.MOBILE, from, to)).isEqualTo(3);
    assertThat(log.sentBetween(Orders.MOBILE, to, to.plusSeconds(1))).isZero();
  }

  @Test
  void the_same_text_recorded_sent_twice_counts_once() {
    SmsRecord sent = sent(request("k-1"), NOW);
    log.record(sent);
    log.record(sent);

    assertThat(log.sentBetween(Orders.MOBILE, NOW, NOW.plusSeconds(1))).isEqualTo(1);
  }

  // --- deferredDue ---------------------------------------------------------------------------

  @Test
  void deferred_due_lists_only_deferred_texts_whose_time_has_come_earliest_first() {
    Instant earlier = NOW.minus(Duration.ofHours(1));
    log.record(deferred(request("k-due-now"), earlier, NOW)); // notBefore == now: due
    log.record(deferred(request("k-due-earlier"), earlier, earlier)); // due
    log.record(deferred(request("k-later"), earlier, NOW.plusMillis(1))); // not yet
    log.record(sent(request("k-sent"), earlier));
    log.record(blocked(request("k-blocked"), earlier));
    log.claim("k-claimed-only", earlier, earlier.plus(LEASE));

    assertThat(log.deferredDue(NOW, 10))
        .extracting(SmsRequest::dedupeKey)
        .containsExactly("k-due-earlier", "k-due-now");
    assertThat(log.deferredDue(NOW, 10)).first().isEqualTo(request("k-due-earlier"));
  }

  @Test
  void deferred_due_returns_at_most_limit_texts_the_longest_waiting_first() {
    for (int i = 0; i < 6; i++) {
      Instant notBefore = NOW.minus(Duration.ofMinutes(10 * (6 - i)));
      log.record(deferred(request("k-" + i), notBefore.minus(Duration.ofHours(1)), notBefore));
    }

    assertThat(log.deferredDue(NOW, 3))
        .extracting(SmsRequest::dedupeKey)
        .containsExactly("k-0", "k-1", "k-2");
  }

  @Test
  void deferred_text_later_sent_or_blocked_leaves_the_deferred_index() {
    SmsRequest toSend = request("k-send");
    SmsRequest toBlock = request("k-block");
    log.record(deferred(toSend, NOW.minus(Duration.ofHours(12)), NOW));
    log.record(deferred(toBlock, NOW.minus(Duration.ofHours(12)), NOW));
    assertThat(log.deferredDue(NOW, 10)).hasSize(2);

    log.record(sent(toSend, NOW));
    log.record(blocked(toBlock, NOW));

    assertThat(log.deferredDue(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
  }

  @Test
  void deferred_text_deferred_again_is_due_only_at_its_new_time() {
    SmsRequest request = request("k-1");
    log.record(deferred(request, NOW.minus(Duration.ofHours(12)), NOW));
    Instant tomorrow = NOW.plus(Duration.ofDays(1));

    log.record(deferred(request, NOW, tomorrow));

    assertThat(log.deferredDue(NOW, 10)).isEmpty();
    assertThat(log.deferredDue(tomorrow, 10)).containsExactly(request);
  }

  // --- claim ---------------------------------------------------------------------------------

  @Test
  void first_claim_wins_and_a_second_claim_during_the_lease_loses() {
    assertThat(log.claim("k-1", NOW, NOW.plus(LEASE))).isTrue();
    assertThat(log.claim("k-1", NOW.plusSeconds(1), NOW.plusSeconds(1).plus(LEASE))).isFalse();
    assertThat(log.claim("k-1", NOW.plus(LEASE).minusMillis(1), NOW.plus(LEASE.multipliedBy(2))))
        .isFalse();
  }

  @Test
  void claims_on_different_keys_do_not_compete() {
    assertThat(log.claim("k-1", NOW, NOW.plus(LEASE))).isTrue();
    assertThat(log.claim("k-2", NOW, NOW.plus(LEASE))).isTrue();
  }

  @Test
  void claim_after_the_lease_expired_wins() {
    assertThat(log.claim("k-1", NOW, NOW.plus(LEASE))).isTrue();
    Instant later = NOW.plus(LEASE).plusMillis(1);

    assertThat(log.claim("k-1", later, later.plus(LEASE))).isTrue();
    assertThat(log.claim("k-1", later.plusSeconds(1), later.plus(LEASE))).isFalse();
  }

  @Test
  void claim_when_the_lease_ends_exactly_now_wins_as_the_lease_is_over() {
    assertThat(log.claim("k-1", NOW, NOW.plus(LEASE))).isTrue();

    assertThat(log.claim("k-1", NOW.plus(LEASE), NOW.plus(LEASE).plus(LEASE))).isTrue();
  }

  @Test
  void claim_after_the_text_was_sent_loses_even_long_after_the_lease() {
    SmsRequest request = request("k-1");
    assertThat(log.claim("k-1", NOW, NOW.plus(LEASE))).isTrue();
    SmsRecord sent = sent(request, NOW);
    log.record(sent);

    Instant muchLater = NOW.plus(Duration.ofDays(3));
    assertThat(log.claim("k-1", muchLater, muchLater.plus(LEASE))).isFalse();
    assertThat(log.find("k-1")).contains(sent);
  }

  @Test
  void claim_on_a_deferred_or_blocked_text_wins_and_keeps_its_record() {
    SmsRecord deferred = deferred(request("k-deferred"), NOW.minus(Duration.ofHours(12)), NOW);
    SmsRecord blocked = blocked(request("k-blocked"), NOW.minus(Duration.ofHours(1)));
    log.record(deferred);
    log.record(blocked);

    assertThat(log.claim("k-deferred", NOW, NOW.plus(LEASE))).isTrue();
    assertThat(log.claim("k-blocked", NOW, NOW.plus(LEASE))).isTrue();
    assertThat(log.claim("k-deferred", NOW.plusSeconds(1), NOW.plus(LEASE))).isFalse();
    assertThat(log.find("k-deferred")).contains(deferred);
    assertThat(log.deferredDue(NOW, 10)).containsExactly(deferred.request());
  }

  @Test
  void recording_a_deferral_releases_the_claim_for_the_next_attempt() {
    SmsRequest request = request("k-1");
    assertThat(log.claim("k-1", NOW, NOW.plus(LEASE))).isTrue();
    log.record(deferred(request, NOW, NOW.plus(Duration.ofMinutes(1))));

    Instant retry = NOW.plus(Duration.ofMinutes(1));
    assertThat(log.claim("k-1", retry, retry.plus(LEASE))).isTrue();
  }

  // --- claim to send --------------------------------------------------------------------------

  @Test
  void a_claim_to_send_is_held_during_its_lease_and_ended_by_the_outcome() {
    SmsRequest request = request("k-1");
    assertThat(log.claimToSend("k-1", NOW, NOW.plus(LEASE), true)).isEqualTo(SendClaim.CLAIMED);
    assertThat(log.claimToSend("k-1", NOW.plusSeconds(1), NOW.plus(LEASE), true))
        .isEqualTo(SendClaim.HELD);
    log.record(sent(request, NOW));

    Instant muchLater = NOW.plus(Duration.ofDays(3));
    assertThat(log.claimToSend("k-1", muchLater, muchLater.plus(LEASE), true))
        .isEqualTo(SendClaim.SENT);
  }

  @Test
  void a_claim_to_call_the_gateway_that_ran_out_without_an_outcome_is_not_taken_over() {
    assertThat(log.claimToSend("k-1", NOW, NOW.plus(LEASE), true)).isEqualTo(SendClaim.CLAIMED);
    Instant later = NOW.plus(LEASE);

    assertThat(log.claimToSend("k-1", later, later.plus(LEASE), true))
        .isEqualTo(SendClaim.INTERRUPTED);
    assertThat(log.claimToSend("k-1", later, later.plus(LEASE), false))
        .isEqualTo(SendClaim.INTERRUPTED);
  }

  @Test
  void a_claim_that_was_not_to_call_the_gateway_is_taken_over_once_it_ran_out() {
    SmsRequest request = request("k-1");
    assertThat(log.claimToSend("k-1", NOW, NOW.plus(LEASE), false)).isEqualTo(SendClaim.CLAIMED);
    Instant later = NOW.plus(LEASE);
    assertThat(log.claimToSend("k-1", later, later.plus(LEASE), true)).isEqualTo(SendClaim.CLAIMED);
    log.record(deferred(request, later, later.plus(Duration.ofMinutes(5))));

    Instant retry = later.plus(Duration.ofMinutes(5));
    assertThat(log.claimToSend("k-1", retry, retry.plus(LEASE), true)).isEqualTo(SendClaim.CLAIMED);
  }

  @Test
  void eight_senders_claiming_the_same_text_at_once_give_it_to_exactly_one() throws Exception {
    int senders = 8;
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Callable<Boolean>> claims =
          java.util.stream.IntStream.range(0, senders)
              .<Callable<Boolean>>mapToObj(
                  i ->
                      () -> {
                        start.await();
                        return log.claim("k-race", NOW, NOW.plus(LEASE));
                      })
              .toList();
      List<Future<Boolean>> results = claims.stream().map(pool::submit).toList();
      start.countDown();

      long won = 0;
      for (Future<Boolean> result : results) {
        if (result.get()) {
          won++;
        }
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
