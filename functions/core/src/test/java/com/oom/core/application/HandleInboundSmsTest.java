package com.oom.core.application;

import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TextMessage;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.sms.SendDecision;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandleInboundSmsTest {
  private final Testbed bed = new Testbed(Instant.parse("2026-11-30T16:00:00Z"));

  @BeforeEach
  void orderWithAppointmentTomorrow() {
    bed.services
        .ingestSnapshot()
        .handle(
            bed.snapshot(
                "erp-1",
                1,
                Orders.defaultOrder()
                    .appointment(Orders.appointment(LocalDate.of(2026, 12, 1)))
                    .details()));
  }

  private HandleInboundSms.Outcome reply(String id, String text) {
    return bed.services.handleInboundSms().handle(new HandleInboundSms.Command(id, MOBILE, text));
  }

  @Test
  void stop_opts_the_number_out_at_once_and_no_further_text_goes_to_it() {
    SmsRequest pending = bed.queues.smsRequests.getLast();

    assertThat(reply("in-1", "Stop")).isEqualTo(HandleInboundSms.Outcome.OPTED_OUT);

    assertThat(bed.consent.isOptedOut(MOBILE)).isTrue();
    assertThat(bed.services.sendTouchPoint().handle(pending))
        .isEqualTo(new SendTouchPoint.Result.Blocked(SendDecision.BlockReason.OPTED_OUT));
    assertThat(bed.gateway.sent).isEmpty();
  }

  @Test
  void french_arret_opts_out_too() {
    assertThat(reply("in-1", "ARRÊT")).isEqualTo(HandleInboundSms.Outcome.OPTED_OUT);
    assertThat(bed.consent.isOptedOut(MOBILE)).isTrue();
  }

  @Test
  void c_confirms_the_guests_next_appointment() {
    assertThat(reply("in-1", "C")).isEqualTo(HandleInboundSms.Outcome.CONFIRMED);
    assertThat(bed.orders.find("SO-1001").orElseThrow().isAppointmentConfirmed()).isTrue();
  }

  @Test
  void r_puts_the_order_on_an_agents_follow_up_list() {
    assertThat(reply("in-1", "r")).isEqualTo(HandleInboundSms.Outcome.RESCHEDULE_REQUESTED);
    assertThat(bed.orders.find("SO-1001").orElseThrow().followUp().reason())
        .isEqualTo(FollowUpRequest.Reason.RESCHEDULE_REQUESTED);
  }

  @Test
  void other_text_goes_to_an_agent_with_its_words_kept_on_the_order_and_not_in_the_audit() {
    assertThat(reply("in-1", "Can you come after 3pm? My code is 4411"))
        .isEqualTo(HandleInboundSms.Outcome.SENT_TO_AGENT);
    OpenOrder order = bed.orders.find("SO-1001").orElseThrow();
    assertThat(order.followUp().reason()).isEqualTo(FollowUpRequest.Reason.GUEST_REPLY);
    assertThat(order.texts())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.body()).isEqualTo("Can you come after 3pm? My code is 4411");
              assertThat(t.direction()).isEqualTo(TextMessage.Direction.INBOUND);
              assertThat(t.number()).isEqualTo(MOBILE);
              assertThat(t.by()).isEqualTo(Actor.GUEST);
            });
    assertThat(bed.orders.auditTrail("SO-1001")).noneMatch(a -> a.comment().contains("4411"));
    assertThat(bed.queues.erpUpdates).noneMatch(u -> String.valueOf(u).contains("4411"));
  }

  @Test
  void a_redelivered_free_text_is_kept_once() {
    reply("in-7", "Please leave it with the neighbour");
    assertThat(reply("in-7", "Please leave it with the neighbour"))
        .isEqualTo(HandleInboundSms.Outcome.DUPLICATE);
    assertThat(bed.orders.find("SO-1001").orElseThrow().texts()).hasSize(1);
    assertThat(bed.orders.auditTrail("SO-1001"))
        .filteredOn(a -> a.action().equals("GUEST_REPLY"))
        .hasSize(1);
  }

  @Test
  void keyword_replies_are_acted_on_and_not_kept() {
    reply("in-1", "C");
    reply("in-2", "R");
    assertThat(bed.orders.find("SO-1001").orElseThrow().texts()).isEmpty();
  }

  @Test
  void help_is_answered_once_even_when_the_message_is_redelivered() {
    assertThat(reply("in-9", "HELP")).isEqualTo(HandleInboundSms.Outcome.HELP_SENT);
    assertThat(reply("in-9", "HELP")).isEqualTo(HandleInboundSms.Outcome.DUPLICATE);
    bed.clock.advance(Duration.ofHours(1)); // redelivered again, well after the send lease
    assertThat(reply("in-9", "HELP")).isEqualTo(HandleInboundSms.Outcome.DUPLICATE);
    assertThat(bed.gateway.sent)
        .singleElement()
        .satisfies(t -> assertThat(t.body()).contains("STOP"));
  }

  @Test
  void a_redelivered_confirmation_is_recorded_once() {
    reply("in-1", "C");
    assertThat(reply("in-1", "C")).isEqualTo(HandleInboundSms.Outcome.DUPLICATE);
    assertThat(bed.orders.auditTrail("SO-1001"))
        .filteredOn(a -> a.action().equals("CONFIRMATION"))
        .hasSize(1);
  }

  @Test
  void reply_from_an_unknown_number_changes_no_order() {
    PhoneNumber stranger = PhoneNumber.parse("+14165550100");
    assertThat(
            bed.services
                .handleInboundSms()
                .handle(new HandleInboundSms.Command("in-2", stranger, "C")))
        .isEqualTo(HandleInboundSms.Outcome.NO_MATCHING_ORDER);
    assertThat(bed.orders.find("SO-1001").orElseThrow().isAppointmentConfirmed()).isFalse();
  }

  @Test
  void start_after_stop_opts_back_in() {
    reply("in-1", "STOP");
    assertThat(reply("in-2", "START")).isEqualTo(HandleInboundSms.Outcome.OPTED_IN);
    assertThat(bed.consent.isOptedOut(MOBILE)).isFalse();
    assertThat(Actor.GUEST.isPerson()).isFalse();
  }
}
