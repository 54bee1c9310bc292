package com.oom.aws.wire.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.wire.MessageJson;
import com.oom.core.audit.AuditEntry;
import com.oom.core.order.Actor;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent.FieldChange;
import com.oom.core.outbox.OrderSummary;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.testing.Orders;
import com.oom.core.time.ContactSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store hand-off's wire record: the catalogue's names, and back to an equal domain record. */
class HandOffWireTest {
  static OpenOrder sampleOrder() {
    return Orders.defaultOrder()
        .appointment(Orders.appointment(LocalDate.of(2026, 12, 1)))
        .build()
        .toBuilder()
        .addAttempt(Orders.attempt(Instant.parse("2026-11-02T16:00:00Z"), ContactSlot.WEEKDAY_DAY))
        .build();
  }

  @Test
  void hand_off_uses_the_catalogue_field_names() {
    OpenOrder order = sampleOrder();
    var handOff =
        new OutboxMessage.HandOff(
            "h-1",
            "SO-1001",
            "101",
            EscalationReason.NO_CONTACT,
            Instant.parse("2026-11-09T16:00:00Z"),
            OrderSummary.of(order),
            order.attempts(),
            List.of(
                new AuditEntry(
                    "au-1",
                    "SO-1001",
                    Instant.parse("2026-11-09T16:00:00Z"),
                    Actor.SYSTEM,
                    "ESCALATED",
                    List.of(new FieldChange("status", "EST", "CWC")),
                    "Escalated")));
    String json = MessageJson.write(HandOffWire.of(handOff));
    assertThat(json)
        .contains(
            "\"handoffId\":\"h-1\"",
            "\"reason\":\"NO_CONTACT\"",
            "\"escalatedAt\":\"2026-11-09T16:00:00Z\"",
            "\"attempts\":[",
            "\"audit\":[");
    assertThat(MessageJson.read(json, HandOffWire.class).toDomain()).isEqualTo(handOff);
  }
}
