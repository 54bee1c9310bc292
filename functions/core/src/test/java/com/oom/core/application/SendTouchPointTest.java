package com.oom.core.application;

import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.PhoneType;
import com.oom.core.order.TouchPoint;
import com.oom.core.order.TroubleReason;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsGateway;
import com.oom.core.sms.SendDecision;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SendTouchPointTest {
  // Monday 2026-11-30 10:00 in Winnipeg: inside quiet-hours window
  private static final Instant MONDAY_10_AM = Instant.parse("2026-11-30T16:00:00Z");

  private Testbed bed = new Testbed(MONDAY_10_AM);

  private SmsRequest ingestAvailableOrder(Orders.Builder order) {
    bed.services.ingestSnapshot().handle(bed.snapshot("erp-1", 1, order.details()));
    return bed.queues.smsRequests.getLast();
  }

  @Test
  void merchandise_available_text_is_sent_inside_allowed_hours_in_the_guests_language() {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());
    assertThat(request.touchPoint()).isEqualTo(TouchPoint.MERCHANDISE_AVAILABLE);

    SendTouchPoint.Result result = bed.services.sendTouchPoint().handle(request);

    assertThat(result).isInstanceOf(SendTouchPoint.Result.Sent.class);
    assertThat(bed.gateway.sent)
        .singleElement()
        .satisfies(
            text -> {
              assertThat(text.to()).isEqualTo(MOBILE);
              assertThat(text.body()).contains("SO-1001").endsWith("Reply STOP to opt out.");
            });
  }

  @Test
  void text_due_in_quiet_hours_is_deferred_to_the_next_window_and_sent_by_the_sweep() {
    bed.clock.set(Instant.parse("2026-12-01T04:00:00Z")); // Mon 22:00 Winnipeg
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());

    SendTouchPoint.Result result = bed.services.sendTouchPoint().handle(request);

    assertThat(result)
        .isEqualTo(
            new SendTouchPoint.Result.Deferred(
                Instant.parse("2026-12-01T15:00:00Z"), SendDecision.DeferReason.QUIET_HOURS));
    assertThat(bed.gateway.sent).isEmpty();
    assertThat(bed.services.sendDeferredSms().handle(10).due()).isZero();

    bed.clock.set(Instant.parse("2026-12-01T15:05:00Z")); // Tue 09:05
    assertThat(bed.services.sendDeferredSms().handle(10))
        .isEqualTo(new SendDeferredSms.Result(1, 1));
    assertThat(bed.gateway.sent)
        .singleElement()
        .extracting(t -> t.at())
        .isEqualTo(Instant.parse("2026-12-01T15:05:00Z"));
    assertThat(bed.services.sendDeferredSms().handle(10).due()).isZero();
  }

  @Test
  void the_same_request_delivered_twice_sends_one_text() {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());

    bed.services.sendTouchPoint().handle(request);
    SendTouchPoint.Result second = bed.services.sendTouchPoint().handle(request);

    assertThat(second).isInstanceOf(SendTouchPoint.Result.Duplicate.class);
    assertThat(bed.gateway.sent).hasSize(1);
  }

  @Test
  void the_same_request_delivered_concurrently_sends_one_text() throws Exception {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < 8; i++) {
      pool.submit(
          () -> {
            start.await();
            return bed.services.sendTouchPoint().handle(request);
          });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(bed.gateway.sent).hasSize(1);
  }

  @Test
  void a_request_another_delivery_is_sending_is_in_flight_and_sent_once_when_asked_again() {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());
    // another delivery claimed it (to defer or block it) and is still within its lease
    bed.smsLog.claimToSend(
        request.dedupeKey(), MONDAY_10_AM, MONDAY_10_AM.plus(SendTouchPoint.CLAIM_LEASE), false);

    assertThat(bed.services.sendTouchPoint().handle(request))
        .isInstanceOf(SendTouchPoint.Result.InFlight.class);

    // that delivery died before it decided anything: once its lease ran out, the text goes out
    bed.clock.set(MONDAY_10_AM.plus(SendTouchPoint.CLAIM_LEASE));
    assertThat(bed.services.sendTouchPoint().handle(request))
        .isInstanceOf(SendTouchPoint.Result.Sent.class);
    assertThat(bed.gateway.sent).hasSize(1);
  }

  @Test
  void a_text_whose_sender_was_interrupted_after_calling_the_gateway_is_never_sent_again() {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());
    bed.smsLog.claimToSend(
        request.dedupeKey(), MONDAY_10_AM, MONDAY_10_AM.plus(SendTouchPoint.CLAIM_LEASE), true);
    bed.clock.set(MONDAY_10_AM.plus(Duration.ofMinutes(10)));

    assertThat(bed.services.sendTouchPoint().handle(request))
        .isInstanceOf(SendTouchPoint.Result.Duplicate.class);
    assertThat(bed.gateway.sent).isEmpty();
    assertThat(bed.smsLog.find(request.dedupeKey()))
        .hasValueSatisfying(
            logged -> {
              assertThat(logged.status()).isEqualTo(com.oom.core.port.SmsLog.Status.SENT);
              assertThat(logged.detail()).isEqualTo(SendTouchPoint.UNCONFIRMED);
            });
  }

  @Test
  void opted_out_number_is_blocked() {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());
    bed.consent.optOut(MOBILE, MONDAY_10_AM, "STOP");

    assertThat(bed.services.sendTouchPoint().handle(request))
        .isEqualTo(new SendTouchPoint.Result.Blocked(SendDecision.BlockReason.OPTED_OUT));
    assertThat(bed.gateway.sent).isEmpty();
  }

  @Test
  void consent_withdrawn_in_a_later_snapshot_blocks_the_pending_text() {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());
    bed.services
        .ingestSnapshot()
        .handle(
            bed.snapshot(
                "erp-2",
                2,
                Orders.defaultOrder()
                    .phones(new GuestPhone(MOBILE, PhoneType.MOBILE, false))
                    .details()));

    assertThat(bed.services.sendTouchPoint().handle(request))
        .isEqualTo(new SendTouchPoint.Result.Blocked(SendDecision.BlockReason.NO_CONSENT));
  }

  @Test
  void order_escalated_after_the_touch_point_fired_gets_no_text() {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());
    bed.services
        .reportTrouble()
        .handle(
            new ReportTrouble.Command(
                "req", "SO-1001", Actor.agent("a1"), TroubleReason.FAULTY, "scratched"));

    assertThat(bed.services.sendTouchPoint().handle(request))
        .isEqualTo(new SendTouchPoint.Result.Blocked(SendDecision.BlockReason.ORDER_IN_CWC));
    assertThat(bed.gateway.sent).isEmpty();
  }

  @Test
  void over_the_daily_cap_the_text_waits_for_tomorrows_window() {
    bed = new Testbed(MONDAY_10_AM, OomConfig.defaults().withSmsDailyCap(1));
    SmsRequest first = ingestAvailableOrder(Orders.defaultOrder());
    bed.services.sendTouchPoint().handle(first);
    SmsRequest second = ingestAvailableOrder(Orders.defaultOrder().orderId("SO-2002"));

    SendTouchPoint.Result result = bed.services.sendTouchPoint().handle(second);

    assertThat(result)
        .isEqualTo(
            new SendTouchPoint.Result.Deferred(
                Instant.parse("2026-12-01T15:00:00Z"), SendDecision.DeferReason.DAILY_CAP));
  }

  @Test
  void gateway_throttling_defers_and_the_sweep_sends_it_once() {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());
    bed.gateway.answer(() -> new SmsGateway.SendResult.Retryable("ThrottlingException"));

    assertThat(bed.services.sendTouchPoint().handle(request))
        .isInstanceOf(SendTouchPoint.Result.Deferred.class);

    bed.gateway.answer(() -> new SmsGateway.SendResult.Sent("m-1"));
    bed.clock.advance(Duration.ofMinutes(5));
    bed.services.sendDeferredSms().handle(10);
    bed.services.sendDeferredSms().handle(10);
    bed.services.sendTouchPoint().handle(request); // late redelivery of the queue message

    assertThat(bed.gateway.sent).hasSize(1);
  }

  @Test
  void carrier_opt_out_reported_by_the_gateway_is_remembered() {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());
    bed.gateway.answer(SmsGateway.SendResult.OptedOut::new);

    bed.services.sendTouchPoint().handle(request);

    assertThat(bed.consent.isOptedOut(MOBILE)).isTrue();
  }

  @Test
  void touch_point_superseded_before_sending_is_blocked() {
    SmsRequest request = ingestAvailableOrder(Orders.defaultOrder());
    bed.services
        .ingestSnapshot()
        .handle(bed.snapshot("erp-2", 2, Orders.defaultOrder().notAvailable().details()));

    assertThat(bed.services.sendTouchPoint().handle(request))
        .isEqualTo(new SendTouchPoint.Result.Blocked(SendDecision.BlockReason.SUPERSEDED));
  }
}
