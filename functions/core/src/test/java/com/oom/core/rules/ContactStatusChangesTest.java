package com.oom.core.rules;

import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.Actor;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.RuleViolation;
import com.oom.core.order.TouchPoint;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactStatusChangesTest {

  private static final Instant T1 = winnipeg("2026-11-30T10:00");
  private static final Instant T2 = winnipeg("2026-12-01T10:00");

  @Test
  void coding_hold_starts_its_clock() {
    OpenOrder order = defaultOrder().build();

    OrderUpdate update =
        ContactStatusChanges.set(order, ContactStatus.HOLD, null, "No answer", agent("c1", T1));

    assertThat(update.after().contactStatus()).isEqualTo(ContactStatus.HOLD);
    assertThat(update.after().contactStatusSince()).isEqualTo(T1);
    assertThat(update.events())
        .singleElement()
        .isEqualTo(
            new OrderEvent.ContactStatusChanged(
                update.events().getFirst().eventId(),
                "SO-1001",
                T1,
                Actor.agent("agent-7"),
                ContactStatus.NONE,
                ContactStatus.HOLD,
                null,
                null,
                "No answer"));
  }

  @Test
  void changing_only_the_contact_date_keeps_the_clock() {
    OpenOrder hold =
        ContactStatusChanges.set(
                defaultOrder().build(), ContactStatus.HOLD, null, "No answer", agent("c1", T1))
            .after();
    LocalDate friday = LocalDate.of(2026, 12, 4);

    OrderUpdate update =
        ContactStatusChanges.set(hold, ContactStatus.HOLD, friday, "Try Friday", agent("c2", T2));

    assertThat(update.after().contactStatusSince()).isEqualTo(T1);
    assertThat(update.after().contactDate()).isEqualTo(friday);
    OrderEvent.ContactStatusChanged event =
        (OrderEvent.ContactStatusChanged) update.events().getFirst();
    assertThat(event.from()).isEqualTo(ContactStatus.HOLD);
    assertThat(event.to()).isEqualTo(ContactStatus.HOLD);
    assertThat(event.contactDateTo()).isEqualTo(friday);
  }

  @Test
  void changing_the_status_restarts_the_clock() {
    OpenOrder hold =
        ContactStatusChanges.set(
                defaultOrder().build(), ContactStatus.HOLD, null, "No answer", agent("c1", T1))
            .after();

    OrderUpdate update =
        ContactStatusChanges.set(hold, ContactStatus.CALLBACK, null, "Call back", agent("c2", T2));

    assertThat(update.after().contactStatusSince()).isEqualTo(T2);
  }

  @Test
  void a_contact_date_in_the_past_is_rejected() {
    OpenOrder order = defaultOrder().build();

    assertThatThrownBy(
            () ->
                ContactStatusChanges.set(
                    order,
                    ContactStatus.CALLBACK,
                    LocalDate.of(2026, 11, 29),
                    "Call back",
                    agent("c1", T1)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("contactDate"));
  }

  /** 21:00 on 30 November in Winnipeg is already 1 December in UTC. */
  @Test
  void today_is_the_guests_local_date() {
    OpenOrder order = defaultOrder().build();
    Instant lateEvening = winnipeg("2026-11-30T21:00");

    OrderUpdate update =
        ContactStatusChanges.set(
            order,
            ContactStatus.CALLBACK,
            LocalDate.of(2026, 11, 30),
            "Call back tonight",
            agent("c1", lateEvening));

    assertThat(update.after().contactDate()).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void a_cwc_order_cannot_be_coded() {
    OpenOrder cwc = defaultOrder().status(FulfilmentStatus.CWC).build();

    assertThatThrownBy(
            () -> ContactStatusChanges.set(cwc, ContactStatus.HOLD, null, "x", agent("c1", T1)))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("CWC");
  }

  @Test
  void a_closed_order_cannot_be_coded() {
    OpenOrder delivered = defaultOrder().status(FulfilmentStatus.DELIVERED).build();

    assertThatThrownBy(
            () ->
                ContactStatusChanges.set(delivered, ContactStatus.HOLD, null, "x", agent("c1", T1)))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void an_agent_must_say_why_and_give_a_status() {
    OpenOrder order = defaultOrder().build();

    assertThatThrownBy(
            () -> ContactStatusChanges.set(order, ContactStatus.HOLD, null, "", agent("c1", T1)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
    assertThatThrownBy(() -> ContactStatusChanges.set(order, null, null, "x", agent("c1", T1)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("status"));
  }

  @Test
  void coding_baldue_with_a_balance_owing_texts_the_balance_due_touch_point() {
    OpenOrder owing = defaultOrder().balanceDue("250.00").build();

    OrderUpdate update =
        ContactStatusChanges.set(owing, ContactStatus.BALDUE, null, "Owes $250", agent("c1", T1));

    assertThat(update.events())
        .filteredOn(OrderEvent.TouchPointTriggered.class::isInstance)
        .singleElement()
        .satisfies(
            e -> {
              OrderEvent.TouchPointTriggered sms = (OrderEvent.TouchPointTriggered) e;
              assertThat(sms.touchPoint()).isEqualTo(TouchPoint.BALANCE_DUE);
              assertThat(sms.to()).isEqualTo(MOBILE);
            });
    assertThat(update.after().touchPointKeys()).hasSize(1);
  }

  @Test
  void coding_baldue_without_a_balance_texts_nothing() {
    OrderUpdate update =
        ContactStatusChanges.set(
            defaultOrder().build(), ContactStatus.BALDUE, null, "Check", agent("c1", T1));

    assertThat(update.events()).noneMatch(OrderEvent.TouchPointTriggered.class::isInstance);
  }

  @Test
  void changing_the_date_of_a_baldue_order_does_not_text_the_balance_again() {
    OpenOrder baldue =
        ContactStatusChanges.set(
                defaultOrder().balanceDue("250.00").build(),
                ContactStatus.BALDUE,
                null,
                "Owes $250",
                agent("c1", T1))
            .after();

    OrderUpdate update =
        ContactStatusChanges.set(
            baldue,
            ContactStatus.BALDUE,
            LocalDate.of(2026, 12, 3),
            "Pays Thursday",
            agent("c2", T2));

    assertThat(update.events()).noneMatch(OrderEvent.TouchPointTriggered.class::isInstance);
  }

  @Test
  void setting_the_same_status_and_date_again_changes_nothing() {
    LocalDate friday = LocalDate.of(2026, 12, 4);
    OpenOrder coded =
        ContactStatusChanges.set(
                defaultOrder().build(), ContactStatus.CALLBACK, friday, "Friday", agent("c1", T1))
            .after();

    OrderUpdate update =
        ContactStatusChanges.set(coded, ContactStatus.CALLBACK, friday, "Friday", agent("c2", T2));

    assertThat(update.changed()).isFalse();
    assertThat(update.after()).isSameAs(coded);
  }

  private static ChangeContext agent(String id, Instant at) {
    return Orders.agent(id, at);
  }
}
