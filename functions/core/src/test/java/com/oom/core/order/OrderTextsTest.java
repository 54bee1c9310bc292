package com.oom.core.order;

import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderTextsTest {
  private static final Instant AT = Instant.parse("2026-12-01T18:00:00Z");

  private static TextMessage text(int n, String body) {
    return new TextMessage(
        "t-" + n,
        TextMessage.Direction.INBOUND,
        MOBILE,
        body,
        AT.plusSeconds(n),
        Actor.GUEST,
        null);
  }

  @Test
  void the_order_keeps_the_last_50_texts() {
    OpenOrder.Builder order = defaultOrder().build().toBuilder();
    for (int n = 1; n <= 60; n++) {
      order.addText(text(n, "reply " + n));
    }

    OpenOrder kept = order.build();

    assertThat(kept.texts()).hasSize(OpenOrder.MAX_TEXTS);
    assertThat(kept.texts().getFirst().textId()).isEqualTo("t-11");
    assertThat(kept.texts().getLast().textId()).isEqualTo("t-60");
  }

  @Test
  void the_words_kept_in_all_stay_within_16000_characters_the_oldest_going_first() {
    OpenOrder.Builder order = defaultOrder().build().toBuilder();
    for (int n = 1; n <= 12; n++) {
      order.addText(text(n, "y".repeat(TextMessage.MAX_BODY_CHARS)));
    }

    OpenOrder kept = order.build();

    assertThat(kept.texts().stream().mapToInt(t -> t.body().length()).sum())
        .isLessThanOrEqualTo(OpenOrder.MAX_TEXT_CHARS);
    assertThat(kept.texts()).hasSize(10);
    assertThat(kept.texts().getLast().textId()).isEqualTo("t-12");
  }

  @Test
  void a_text_already_kept_is_not_kept_twice() {
    OpenOrder kept =
        defaultOrder().build().toBuilder().addText(text(1, "a")).addText(text(1, "a")).build();

    assertThat(kept.texts()).hasSize(1);
  }

  @Test
  void an_order_stored_before_texts_existed_has_none() {
    OpenOrder order = defaultOrder().build();
    OpenOrder old =
        new OpenOrder(
            order.details(),
            order.sequence(),
            order.version(),
            order.firstSeenAt(),
            order.contactStatus(),
            order.contactStatusSince(),
            order.contactDate(),
            order.attempts(),
            null,
            null,
            null,
            null,
            null,
            order.touchPointKeys(),
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(old.texts()).isEmpty();
  }

  @Test
  void a_body_is_never_cut_inside_a_character() {
    String emoji = "a" + "😀".repeat(TextMessage.MAX_BODY_CHARS); // a pair straddles 1600

    TextMessage cut = text(1, emoji);

    assertThat(cut.body().length()).isLessThanOrEqualTo(TextMessage.MAX_BODY_CHARS);
    assertThat(Character.isHighSurrogate(cut.body().charAt(cut.body().length() - 1))).isFalse();
  }
}
