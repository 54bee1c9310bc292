package com.oom.core.rules;

import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.audit.AuditWording;
import com.oom.core.order.Actor;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.RuleViolation;
import com.oom.core.order.TouchPoint;
import com.oom.core.order.Transfer;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessages;
import com.oom.core.sms.SmsTemplates;
import com.oom.core.sms.TouchPointMessages;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransfersTest {
  private static final Instant NOW = winnipeg("2026-11-30T10:00");
  private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);

  /** An order whose merchandise is not all in stock at the distribution centre 888. */
  private static Orders.Builder atTheDc() {
    return defaultOrder().locationId("888").notAvailable();
  }

  private static OrderUpdate book(
      OpenOrder order, String from, String to, LocalDate date, String commandId, Instant at) {
    return Transfers.book(order, from, to, date, "Stock is at the DC", Orders.agent(commandId, at));
  }

  private static OpenOrder booked(OpenOrder order) {
    return book(order, "888", "101", DEC_3, "t1", NOW).after();
  }

  /** The ERP's next snapshot of {@code order} with these details. */
  private static OrderUpdate snapshot(OpenOrder order, OrderDetails details, String messageId) {
    return Orders.ingest(
        Optional.of(order),
        details,
        order.sequence() + 1,
        Orders.erp(messageId, NOW.plusSeconds(3600)));
  }

  private static List<TouchPoint> texts(OrderUpdate update) {
    return update.events().stream()
        .filter(OrderEvent.TouchPointTriggered.class::isInstance)
        .map(e -> ((OrderEvent.TouchPointTriggered) e).touchPoint())
        .toList();
  }

  @Test
  void booking_a_transfer_keeps_it_pending_on_the_order_with_who_and_when() {
    OrderUpdate update = book(atTheDc().build(), "888", "101", DEC_3, "t1", NOW);

    Transfer transfer = update.after().transfer();
    assertThat(transfer)
        .isEqualTo(new Transfer("888", "101", DEC_3, NOW, Actor.agent("agent-7"), null));
    assertThat(update.after().awaitsTransfer()).isTrue();
    OrderEvent.TransferBooked event = (OrderEvent.TransferBooked) update.events().getFirst();
    assertThat(event.previous()).isNull();
    assertThat(event.comment()).isEqualTo("Stock is at the DC");
    assertThat(update.events()).hasSize(1);
    assertThat(AuditWording.entryFor(event).action()).isEqualTo("TRANSFER_BOOKED");
  }

  @Test
  void a_transfer_to_where_it_comes_from_is_refused_naming_to_location() {
    assertThatThrownBy(() -> book(atTheDc().build(), "888", "888", DEC_3, "t1", NOW))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("toLocationId"));
  }

  @Test
  void a_blank_location_is_refused_naming_the_field() {
    assertThatThrownBy(() -> book(atTheDc().build(), " ", "101", DEC_3, "t1", NOW))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("fromLocationId"));
    assertThatThrownBy(() -> book(atTheDc().build(), "888", null, DEC_3, "t1", NOW))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("toLocationId"));
  }

  @Test
  void an_expected_date_before_the_orders_local_today_is_refused() {
    assertThatThrownBy(
            () -> book(atTheDc().build(), "888", "101", LocalDate.of(2026, 11, 29), "t1", NOW))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("expectedDate"));
  }

  /** 21:00 on 30 November in Winnipeg is 1 December in UTC: the 30th is still today. */
  @Test
  void today_in_the_orders_time_zone_is_a_valid_expected_date() {
    Instant lateEvening = winnipeg("2026-11-30T21:00");

    OrderUpdate update =
        book(atTheDc().build(), "888", "101", LocalDate.of(2026, 11, 30), "t1", lateEvening);

    assertThat(update.after().transfer().expectedDate()).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void an_agent_must_say_why() {
    assertThatThrownBy(
            () ->
                Transfers.book(
                    atTheDc().build(), "888", "101", DEC_3, " ", Orders.agent("t1", NOW)))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
  }

  @Test
  void a_cwc_or_closed_order_is_refused() {
    assertThatThrownBy(
            () ->
                book(atTheDc().status(FulfilmentStatus.CWC).build(), "888", "101", DEC_3, "t", NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("CWC");
    assertThatThrownBy(
            () ->
                book(
                    atTheDc().status(FulfilmentStatus.DELIVERED).build(),
                    "888",
                    "101",
                    DEC_3,
                    "t",
                    NOW))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void booking_the_same_transfer_again_changes_nothing() {
    OpenOrder order = booked(atTheDc().build());

    OrderUpdate again = book(order, "888", "101", DEC_3, "t2", NOW.plusSeconds(60));

    assertThat(again.changed()).isFalse();
  }

  @Test
  void booking_another_transfer_replaces_the_pending_one_and_the_audit_says_so() {
    OpenOrder order = booked(atTheDc().build());

    OrderUpdate rebooked = book(order, "888", "101", DEC_3.plusDays(2), "t2", NOW.plusSeconds(60));

    assertThat(rebooked.after().transfer().expectedDate()).isEqualTo(DEC_3.plusDays(2));
    OrderEvent.TransferBooked event = (OrderEvent.TransferBooked) rebooked.events().getFirst();
    assertThat(event.previous()).isEqualTo(order.transfer());
    var audit = AuditWording.entryFor(event);
    assertThat(audit.comment())
        .isEqualTo(
            "Stock is at the DC. Replaces the pending transfer 888 → 101 expected 2026-12-03.");
    assertThat(audit.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("transfer");
              assertThat(c.from()).isEqualTo("888 → 101 expected 2026-12-03");
              assertThat(c.to()).isEqualTo("888 → 101 expected 2026-12-05");
            });
  }

  @Test
  void the_booking_is_written_back_to_the_erp_with_the_transfer() {
    OrderUpdate update = book(atTheDc().build(), "888", "101", DEC_3, "t1", NOW);

    OutboxMessage.ErpUpdate erp =
        (OutboxMessage.ErpUpdate) OutboxMessages.from(update, List.of()).getFirst();

    assertThat(erp.action()).isEqualTo("TRANSFER_BOOKED");
    assertThat(erp.changes().transfer())
        .isEqualTo(new com.oom.core.outbox.ErpChanges.TransferChange("888", "101", DEC_3, null));
  }

  @Test
  void the_merchandise_at_the_destination_with_every_line_available_is_the_arrival_and_one_text() {
    OpenOrder order = booked(atTheDc().build());

    OrderUpdate update = snapshot(order, defaultOrder().locationId("101").details(), "erp-2");

    Instant seen = NOW.plusSeconds(3600);
    assertThat(update.after().transfer().arrivedAt()).isEqualTo(seen);
    assertThat(update.after().awaitsTransfer()).isFalse();
    assertThat(update.events())
        .filteredOn(OrderEvent.TransferArrived.class::isInstance)
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo(Actor.SYSTEM));
    assertThat(update.events()).anyMatch(OrderEvent.MerchandiseAvailable.class::isInstance);
    // the merchandise became available in the same change: one text, the arrival's
    assertThat(texts(update)).containsExactly(TouchPoint.TRANSFER_ARRIVED);
  }

  @Test
  void the_arrival_is_written_back_to_the_erp_with_when_it_arrived() {
    OpenOrder order = booked(atTheDc().build());

    OrderUpdate update = snapshot(order, defaultOrder().locationId("101").details(), "erp-2");

    OutboxMessage.ErpUpdate erp =
        OutboxMessages.from(update, List.of()).stream()
            .filter(OutboxMessage.ErpUpdate.class::isInstance)
            .map(OutboxMessage.ErpUpdate.class::cast)
            .filter(u -> u.action().equals("TRANSFER_ARRIVED"))
            .findFirst()
            .orElseThrow();
    assertThat(erp.changes().transfer().arrivedAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(erp.changes().transfer().toLocationId()).isEqualTo("101");
  }

  @Test
  void a_line_still_missing_at_the_destination_is_not_the_arrival() {
    OpenOrder order = booked(atTheDc().build());

    OrderUpdate update = snapshot(order, atTheDc().locationId("101").details(), "erp-2");

    assertThat(update.after().awaitsTransfer()).isTrue();
    assertThat(texts(update)).isEmpty();
  }

  @Test
  void merchandise_available_elsewhere_while_a_transfer_is_pending_does_not_text_the_guest() {
    OpenOrder order = booked(atTheDc().build());

    OrderUpdate update = snapshot(order, defaultOrder().locationId("888").details(), "erp-2");

    assertThat(update.after().awaitsTransfer()).isTrue();
    assertThat(update.events()).anyMatch(OrderEvent.MerchandiseAvailable.class::isInstance);
    assertThat(texts(update)).isEmpty();
  }

  @Test
  void an_order_already_available_at_the_destination_arrives_with_the_next_snapshot() {
    OpenOrder order = booked(defaultOrder().locationId("101").build());

    OrderUpdate update = snapshot(order, defaultOrder().locationId("101").details(), "erp-2");

    assertThat(update.after().transfer().arrivedAt()).isNotNull();
    assertThat(texts(update)).containsExactly(TouchPoint.TRANSFER_ARRIVED);
  }

  @Test
  void the_arrival_texts_the_guest_once_per_transfer() {
    OpenOrder order = booked(atTheDc().build());
    OpenOrder arrived =
        snapshot(order, defaultOrder().locationId("101").details(), "erp-2").after();

    OrderUpdate later =
        snapshot(arrived, defaultOrder().locationId("101").value("1600.00").details(), "erp-3");

    assertThat(later.events()).noneMatch(OrderEvent.TransferArrived.class::isInstance);
    assertThat(texts(later)).isEmpty();
  }

  /** A merchandise-available text still deferred when the transfer is booked is not sent. */
  @Test
  void a_transfer_booked_supersedes_a_merchandise_available_text_not_yet_sent() {
    OpenOrder available = defaultOrder().locationId("DC-101").build();
    SmsTemplates templates = SmsTemplates.defaults();
    assertThat(TouchPointMessages.render(templates, TouchPoint.MERCHANDISE_AVAILABLE, available))
        .isPresent();

    OpenOrder inTransfer = booked(available);

    assertThat(TouchPointMessages.render(templates, TouchPoint.MERCHANDISE_AVAILABLE, inTransfer))
        .isEmpty();
  }

  @Test
  void the_arrival_text_invites_the_guest_to_book_in_english_and_french() {
    OpenOrder order = booked(atTheDc().build());
    OpenOrder arrived =
        snapshot(order, defaultOrder().locationId("101").details(), "erp-2").after();
    OpenOrder french =
        snapshot(
                booked(atTheDc().language(com.oom.core.order.GuestLanguage.FRENCH).build()),
                defaultOrder()
                    .locationId("101")
                    .language(com.oom.core.order.GuestLanguage.FRENCH)
                    .details(),
                "erp-2")
            .after();

    SmsTemplates templates = SmsTemplates.defaults();
    assertThat(TouchPointMessages.render(templates, TouchPoint.TRANSFER_ARRIVED, arrived))
        .contains(
            "Hi Alex, this is your store. Good news: the merchandise for order SO-1001 has been"
                + " transferred and has arrived at your store. Call us or reply to book your"
                + " delivery or pick-up. Reply STOP to opt out.");
    assertThat(TouchPointMessages.render(templates, TouchPoint.TRANSFER_ARRIVED, french))
        .contains(
            "Bonjour Alex, ici votre magasin. Bonne nouvelle : la marchandise de la commande"
                + " SO-1001 a été transférée et est arrivée à votre magasin. Appelez-nous ou"
                + " répondez à ce message pour planifier la livraison ou la cueillette."
                + " Répondez ARRET pour vous désabonner.");
    // before the arrival there is nothing to say
    assertThat(TouchPointMessages.render(templates, TouchPoint.TRANSFER_ARRIVED, order)).isEmpty();
  }
}
