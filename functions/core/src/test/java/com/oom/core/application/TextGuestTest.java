package com.oom.core.application;

import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Actor;
import com.oom.core.order.TextRefused;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.sms.SendDecision;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextGuestTest {
  /** Monday 10:00 in Winnipeg. */
  private final Testbed bed = new Testbed(Instant.parse("2026-11-30T16:00:00Z"));

  private static final String WORDS = "Hi Marie, we can deliver Thursday afternoon instead.";

  @BeforeEach
  void anOrder() {
    bed.services.ingestSnapshot().handle(bed.snapshot("erp-1", 1, Orders.defaultOrder().details()));
  }

  private TextGuest.Result text(String requestId) {
    return bed.services
        .textGuest()
        .handle(
            new TextGuest.Command(
                requestId, "SO-1001", Actor.agent("agent-7"), null, WORDS, "answering the guest"));
  }

  private SmsRequest agentTextRequest() {
    return bed.queues.smsRequests.stream()
        .filter(r -> r.touchPoint() == TouchPoint.AGENT_TEXT)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  @Test
  void an_agents_text_goes_out_through_the_gateway_word_for_word() {
    TextGuest.Result result = text("req-1");

    assertThat(result.expected()).isEqualTo(TextGuest.Expected.QUEUED);
    assertThat(bed.services.sendTouchPoint().handle(agentTextRequest()))
        .isInstanceOf(SendTouchPoint.Result.Sent.class);
    assertThat(bed.gateway.sent.getLast().body()).isEqualTo(WORDS + " Reply STOP to opt out.");
    assertThat(bed.gateway.sent.getLast().to()).isEqualTo(MOBILE);
  }

  @Test
  void a_text_in_quiet_hours_is_accepted_deferred_and_sent_by_the_sweep_in_the_morning() {
    bed.clock.set(Instant.parse("2026-12-01T04:30:00Z")); // 22:30 in Winnipeg

    TextGuest.Result result = text("req-1");

    assertThat(result.expected()).isEqualTo(TextGuest.Expected.DEFERRED);
    assertThat(result.deferReason()).isEqualTo(SendDecision.DeferReason.QUIET_HOURS);
    assertThat(bed.services.sendTouchPoint().handle(agentTextRequest()))
        .isInstanceOf(SendTouchPoint.Result.Deferred.class);
    assertThat(bed.gateway.sent).isEmpty();
    bed.clock.set(result.notBefore().plus(Duration.ofMinutes(1)));
    assertThat(bed.services.sendDeferredSms().handle(10).sent()).isEqualTo(1);
    assertThat(bed.gateway.sent.getLast().body()).startsWith(WORDS);
  }

  @Test
  void a_text_to_an_opted_out_guest_is_refused_and_nothing_is_kept_or_queued() {
    bed.consent.optOut(MOBILE, bed.clock.instant(), "STOP");
    int queued = bed.queues.smsRequests.size();

    assertThatThrownBy(() -> text("req-1"))
        .isInstanceOfSatisfying(
            TextRefused.class, r -> assertThat(r.reason()).isEqualTo(TextRefused.Reason.OPTED_OUT));
    assertThat(bed.orders.find("SO-1001").orElseThrow().texts()).isEmpty();
    assertThat(bed.queues.smsRequests).hasSize(queued);
  }

  @Test
  void the_same_request_twice_keeps_and_sends_one_text() {
    text("req-1");
    TextGuest.Result again = text("req-1");

    assertThat(again.result().outcome()).isEqualTo(CommandResult.Outcome.DUPLICATE);
    assertThat(again.text()).isNotNull();
    assertThat(bed.orders.find("SO-1001").orElseThrow().texts()).hasSize(1);
    assertThat(bed.queues.smsRequests.stream().filter(r -> r.touchPoint() == TouchPoint.AGENT_TEXT))
        .hasSize(1);
  }
}
