package com.oom.core.rules;

import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.audit.AuditWording;
import com.oom.core.order.Actor;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TextMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GuestTextsTest {

  private static final Instant NOW = winnipeg("2026-12-01T18:00");
  private static final ChangeContext GUEST = new ChangeContext("sms-1", Actor.GUEST, NOW);
  private static final String WORDS = "Could the driver call me 10 minutes before? Side door.";

  @Test
  void a_guests_free_text_is_kept_on_the_order_and_puts_it_on_follow_up() {
    OrderUpdate update = GuestTexts.received(defaultOrder().build(), MOBILE, WORDS, GUEST);

    assertThat(update.after().texts())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.direction()).isEqualTo(TextMessage.Direction.INBOUND);
              assertThat(t.body()).isEqualTo(WORDS);
              assertThat(t.number()).isEqualTo(MOBILE);
              assertThat(t.at()).isEqualTo(NOW);
              assertThat(t.by()).isEqualTo(Actor.GUEST);
              assertThat(t.comment()).isNull();
            });
    assertThat(update.after().followUp())
        .isEqualTo(new FollowUpRequest(FollowUpRequest.Reason.GUEST_REPLY, NOW));
    assertThat(update.events()).singleElement().isInstanceOf(OrderEvent.GuestReplyNeedsAgent.class);
  }

  @Test
  void the_audit_entry_says_a_text_came_in_never_what_it_said() {
    OrderUpdate update = GuestTexts.received(defaultOrder().build(), MOBILE, WORDS, GUEST);

    assertThat(AuditWording.entryFor(update.events().getFirst()).comment())
        .isEqualTo("Guest replied by text: an agent must read the reply.")
        .doesNotContain("driver");
  }

  @Test
  void the_same_inbound_message_is_kept_once() {
    OpenOrder once = GuestTexts.received(defaultOrder().build(), MOBILE, WORDS, GUEST).after();

    OrderUpdate again = GuestTexts.received(once, MOBILE, WORDS, GUEST);

    assertThat(again.changed()).isFalse();
    assertThat(again.after().texts()).hasSize(1);
  }

  @Test
  void a_text_longer_than_an_sms_can_carry_is_kept_cut_to_1600_characters() {
    String longText = "x".repeat(2_000);

    OpenOrder after = GuestTexts.received(defaultOrder().build(), MOBILE, longText, GUEST).after();

    assertThat(after.texts().getFirst().body()).hasSize(TextMessage.MAX_BODY_CHARS);
  }

  @Test
  void a_text_on_a_closed_order_is_not_kept() {
    OpenOrder closed = defaultOrder().status(FulfilmentStatus.DELIVERED).build();

    assertThat(GuestTexts.received(closed, MOBILE, WORDS, GUEST).changed()).isFalse();
  }
}
