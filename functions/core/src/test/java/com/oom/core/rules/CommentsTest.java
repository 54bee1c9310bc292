package com.oom.core.rules;

import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Actor;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.testing.Orders;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentsTest {

  private static final Instant NOW = winnipeg("2026-11-30T10:00");

  @Test
  void a_comment_is_added_to_the_trail_without_changing_the_order() {
    OpenOrder order = defaultOrder().build();

    OrderUpdate update = Comments.add(order, "  Guest prefers mornings  ", Orders.agent("k1", NOW));

    assertThat(update.changed()).isTrue();
    assertThat(update.after()).isEqualTo(order);
    assertThat(update.events())
        .singleElement()
        .isInstanceOfSatisfying(
            OrderEvent.CommentAdded.class,
            e -> {
              assertThat(e.comment()).isEqualTo("Guest prefers mornings");
              assertThat(e.actor()).isEqualTo(Actor.agent("agent-7"));
            });
  }

  @Test
  void a_blank_comment_is_rejected() {
    OpenOrder order = defaultOrder().build();

    assertThatThrownBy(() -> Comments.add(order, " ", Orders.agent("k1", NOW)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
    assertThatThrownBy(() -> Comments.add(order, null, Orders.agent("k1", NOW)))
        .isInstanceOf(InvalidCommand.class);
  }

  @Test
  void agents_and_stores_must_explain_their_changes() {
    assertThatThrownBy(() -> Comments.requireFrom(Actor.agent("a1"), null))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
    assertThatThrownBy(() -> Comments.requireFrom(Actor.store("101"), "   "))
        .isInstanceOf(InvalidCommand.class);
    assertThat(Comments.requireFrom(Actor.agent("a1"), " Because ")).isEqualTo("Because");
  }

  @Test
  void automatic_parties_need_no_comment() {
    assertThat(Comments.requireFrom(Actor.SYSTEM, null)).isEmpty();
    assertThat(Comments.requireFrom(Actor.ERP, "")).isEmpty();
    assertThat(Comments.requireFrom(Actor.JENNY, null)).isEmpty();
    assertThat(Comments.requireFrom(Actor.GUEST, null)).isEmpty();
  }
}
