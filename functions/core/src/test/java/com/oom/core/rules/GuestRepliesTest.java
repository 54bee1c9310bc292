package com.oom.core.rules;

import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GuestRepliesTest {

  private static final Instant NOW = winnipeg("2026-12-01T18:00");
  private static final ChangeContext GUEST = new ChangeContext("sms-1", Actor.GUEST, NOW);

  @Test
  void a_reschedule_request_puts_the_order_on_the_follow_up_list() {
    OrderUpdate update = GuestReplies.rescheduleRequested(defaultOrder().build(), GUEST);

    assertThat(update.after().followUp())
        .isEqualTo(new FollowUpRequest(FollowUpRequest.Reason.RESCHEDULE_REQUESTED, NOW));
    assertThat(update.events())
        .singleElement()
        .isInstanceOfSatisfying(
            OrderEvent.RescheduleRequested.class,
            e -> assertThat(e.actor()).isEqualTo(Actor.GUEST));
  }

  @Test
  void a_reschedule_request_on_a_cwc_or_closed_order_is_ignored() {
    OpenOrder cwc = defaultOrder().status(FulfilmentStatus.CWC).build();
    OpenOrder closed = defaultOrder().status(FulfilmentStatus.CANCELLED).build();

    assertThat(GuestReplies.rescheduleRequested(cwc, GUEST).changed()).isFalse();
    assertThat(GuestReplies.rescheduleRequested(closed, GUEST).changed()).isFalse();
  }

  @Test
  void a_free_text_reply_needs_an_agent() {
    OrderUpdate update = GuestReplies.needsAgent(defaultOrder().build(), GUEST);

    assertThat(update.after().followUp())
        .isEqualTo(new FollowUpRequest(FollowUpRequest.Reason.GUEST_REPLY, NOW));
    assertThat(update.events()).singleElement().isInstanceOf(OrderEvent.GuestReplyNeedsAgent.class);
  }

  @Test
  void a_free_text_reply_on_a_closed_order_is_ignored() {
    OpenOrder closed = defaultOrder().status(FulfilmentStatus.DELIVERED).build();

    assertThat(GuestReplies.needsAgent(closed, GUEST).changed()).isFalse();
  }
}
