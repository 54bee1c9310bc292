package com.oom.aws.wire.events;

import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.outbox.OutboxWire;
import com.oom.core.application.BookAppointment;
import com.oom.core.application.HandleInboundSms;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.ReportTrouble;
import com.oom.core.events.DomainEventType;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.TroubleReason;
import com.oom.core.outbox.OutboxMessage.DomainEvent;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.events.Contracts;
import com.oom.events.SchemaValidator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every detail the publisher produces follows the schema of its detail-type: the events of a day in
 * the life of two orders (every detail-type at least once), written as the publisher writes them.
 */
class DomainEventSchemasTest {
  private static List<DomainEvent> published;

  @BeforeAll
  static void aDayOfTwoOrders() {
    Testbed bed = new Testbed(Orders.MONDAY_10_AM_WINNIPEG);
    bed.services.ingestSnapshot().handle(bed.snapshot("erp-1", 1, Orders.defaultOrder().details()));
    SmsRequest available = bed.queues.smsRequests.getLast();
    bed.services
        .recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                "req-1",
                "SO-1001",
                Actor.agent("agent-7"),
                MOBILE,
                ContactChannel.PHONE,
                AttemptOutcome.REACHED,
                "booked"));
    bed.services
        .bookAppointment()
        .handle(
            new BookAppointment.Command(
                "req-2",
                "SO-1001",
                Actor.agent("agent-7"),
                Orders.appointment(LocalDate.of(2026, 12, 2)),
                "guest asked for Wednesday"));
    SmsRequest booked = bed.queues.smsRequests.getLast();
    bed.services.sendTouchPoint().handle(available); // TextSent
    bed.services.handleInboundSms().handle(new HandleInboundSms.Command("in-1", MOBILE, "C"));
    bed.clock.set(Instant.parse("2026-12-01T04:00:00Z")); // 22:00 in Winnipeg
    bed.services.sendTouchPoint().handle(booked); // TextDeferred
    bed.services.handleInboundSms().handle(new HandleInboundSms.Command("in-2", MOBILE, "STOP"));
    bed.clock.set(Instant.parse("2026-12-01T15:05:00Z"));
    bed.services.sendDeferredSms().handle(10); // TextBlocked: opted out

    var other = Orders.defaultOrder().orderId("SO-2002").storeId("101");
    bed.services.ingestSnapshot().handle(bed.snapshot("erp-2", 1, other.details()));
    bed.services
        .reportTrouble()
        .handle(
            new ReportTrouble.Command(
                "req-3", "SO-2002", Actor.agent("agent-7"), TroubleReason.FAULTY, "scratched"));
    bed.services
        .ingestSnapshot()
        .handle(bed.snapshot("erp-3", 2, other.status(FulfilmentStatus.CWC).details()));
    bed.services
        .ingestSnapshot()
        .handle(bed.snapshot("erp-4", 3, other.status(FulfilmentStatus.EST).details()));
    published = List.copyOf(bed.queues.events);
  }

  @Test
  void the_day_publishes_every_detail_type() {
    EnumSet<DomainEventType> types = EnumSet.noneOf(DomainEventType.class);
    published.forEach(e -> types.add(e.type()));
    assertThat(types).containsExactlyInAnyOrder(DomainEventType.values());
  }

  @Test
  void every_published_detail_follows_the_schema_of_its_detail_type() {
    assertThat(published)
        .allSatisfy(
            e ->
                assertThat(
                        SchemaValidator.validate(
                            Contracts.eventSchema(e.type().detailType()),
                            MessageJson.write(DomainEventWire.of(e))))
                    .as("%s %s", e.type(), MessageJson.write(DomainEventWire.of(e)))
                    .isEmpty());
  }

  @Test
  void every_sample_is_read_back_and_written_as_it_was() {
    for (DomainEventType type : DomainEventType.values()) {
      for (String sample : Contracts.samples(Contracts.eventSchema(type.detailType()))) {
        String json = Contracts.read(sample);
        DomainEvent event = MessageJson.read(json, DomainEventWire.class).toDomain(type);
        com.fasterxml.jackson.databind.JsonNode written =
            MessageJson.mapper().valueToTree(DomainEventWire.of(event));
        assertThat(written).as(sample).isEqualTo(readTree(json));
      }
    }
  }

  @Test
  void an_event_kept_in_the_outbox_is_read_back_as_it_was_written() {
    assertThat(published)
        .allSatisfy(
            e -> assertThat(OutboxWire.read(OutboxWire.type(e), OutboxWire.body(e))).isEqualTo(e));
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
    try {
      return MessageJson.mapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
