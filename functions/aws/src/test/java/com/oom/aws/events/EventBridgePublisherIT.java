package com.oom.aws.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.client.AwsClients;
import com.oom.aws.client.AwsSettings;
import com.oom.aws.testing.AwsStack;
import com.oom.aws.testing.EventBusTap;
import com.oom.catalogue.EventBuses;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.events.DomainEventType;
import com.oom.core.events.EventDetail;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessage.DomainEvent;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.EmulatorExtension;
import com.oom.tooling.emulator.Emulators;
import com.oom.tooling.metering.RequestCounter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Domain events on moto's EventBridge, read as a subscriber reads them (a rule on the bus, an SQS
 * target): source, detail-type, the outbox id in the detail, batches of 10, an entry the bus
 * refuses left for the next publish, a failed call reporting nothing.
 */
@ExtendWith(EmulatorExtension.class)
class EventBridgePublisherIT {
  private static final Instant NOW = Orders.MONDAY_10_AM_WINNIPEG;
  private final RequestCounter requests = new RequestCounter();
  private final RefuseEntries refuse = new RefuseEntries();
  private EventBridgeClient events;
  private AwsStack aws;
  private EventBusTap tap;

  @BeforeEach
  void bus() {
    aws = new AwsStack(new MutableClock(NOW), Emulators.shared().endpoint(), List.of(refuse));
    events =
        new AwsClients(
                AwsSettings.emulator(Emulators.shared().endpoint(), Emulators.shared().region()),
                List.of(requests, refuse))
            .eventBridge();
    tap = new EventBusTap(events, aws.sqs, EventBuses.EVENTS, "oom-events-tap");
    requests.reset();
  }

  private static DomainEvent textSent(int n) {
    return new DomainEvent(
        "ev-" + n,
        "SO-" + (3000 + n),
        NOW.plusSeconds(n),
        "101",
        new EventDetail.TextSent(
            TouchPoint.MERCHANDISE_AVAILABLE,
            "SO-" + (3000 + n) + "#MA#1",
            "+1******42",
            "m-" + n));
  }

  private Set<String> publish(List<DomainEvent> batch) {
    return EventBridgeAdapters.publisher(events, EventBuses.EVENTS).publishEvents(batch);
  }

  @Test
  void each_event_reaches_a_subscriber_with_source_oom_its_detail_type_and_its_outbox_id() {
    DomainEvent escalated =
        new DomainEvent(
            "ev-esc",
            "SO-1001",
            NOW,
            "101",
            new EventDetail.OrderEscalated(EscalationReason.NO_CONTACT, "h-1", Actor.Kind.SYSTEM));
    DomainEvent returned =
        new DomainEvent(
            "ev-ret",
            "SO-1002",
            NOW,
            "202",
            new EventDetail.OrderReturnedToOom(FulfilmentStatus.EST));

    assertThat(publish(List.of(escalated, returned, textSent(1))))
        .containsExactlyInAnyOrder("ev-esc", "ev-ret", "ev-1");

    assertThat(requests.count("EventBridge.PutEvents")).isEqualTo(1);
    assertThat(tap.events())
        .extracting(e -> e.source(), e -> e.detailType(), e -> e.detail().path("eventId").asText())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("oom", "OrderEscalated", "ev-esc"),
            org.assertj.core.groups.Tuple.tuple("oom", "OrderReturnedToOom", "ev-ret"),
            org.assertj.core.groups.Tuple.tuple("oom", "TextSent", "ev-1"));
  }

  @Test
  void the_envelope_time_is_when_the_event_happened_not_when_it_was_published() {
    publish(List.of(textSent(5)));

    assertThat(tap.events())
        .singleElement()
        .satisfies(
            e ->
                assertThat(java.time.Instant.parse(e.time()))
                    .isEqualTo(
                        NOW.plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
  }

  @Test
  void twenty_five_events_go_in_three_calls_and_an_outbox_id_given_twice_is_sent_once() {
    List<DomainEvent> batch =
        new ArrayList<>(IntStream.range(0, 25).mapToObj(EventBridgePublisherIT::textSent).toList());
    batch.add(textSent(7)); // the same outbox id again (the sweep and a commit racing)

    assertThat(publish(batch)).hasSize(25);

    assertThat(requests.count("EventBridge.PutEvents")).isEqualTo(3);
    assertThat(tap.events())
        .hasSize(25)
        .extracting(e -> e.detail().path("eventId").asText())
        .doesNotHaveDuplicates();
  }

  @Test
  void an_entry_the_bus_refuses_is_not_reported_published_and_goes_on_the_next_publish() {
    refuse.refuse(Set.of("ev-2"));

    assertThat(publish(List.of(textSent(1), textSent(2), textSent(3))))
        .containsExactlyInAnyOrder("ev-1", "ev-3");
    assertThat(tap.events())
        .extracting(e -> e.detail().path("eventId").asText())
        .containsExactlyInAnyOrder("ev-1", "ev-3");

    refuse.refuse(Set.of());
    assertThat(publish(List.of(textSent(2)))).containsExactly("ev-2");
    assertThat(tap.events())
        .extracting(e -> e.detail().path("eventId").asText())
        .containsExactly("ev-2");
  }

  @Test
  void a_call_that_fails_whole_reports_nothing_published() {
    Set<String> published =
        EventBridgeAdapters.publisher(events, "no-such-bus").publishEvents(List.of(textSent(1)));

    assertThat(published).isEmpty();
    assertThat(tap.events()).isEmpty();
  }

  @Test
  void a_refused_event_stays_in_the_outbox_and_the_sweep_publishes_it_once_the_bus_takes_it() {
    UseCaseFactory services =
        aws.services(
            new FakeSmsGateway(new MutableClock(NOW)), OomConfig.defaults(), new MutableClock(NOW));
    services
        .ingestSnapshot()
        .handle(
            new com.oom.core.application.IngestSnapshot.Command(
                "erp-1",
                new com.oom.core.order.ErpSnapshot(Orders.defaultOrder().details(), 1, NOW, null)));
    refuse.refuseAll(true);

    services
        .recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                "req-1",
                "SO-1001",
                Actor.agent("agent-7"),
                Orders.MOBILE,
                ContactChannel.PHONE,
                AttemptOutcome.NO_ANSWER,
                "no answer"));

    assertThat(tap.events()).isEmpty();
    assertThat(aws.dynamoAdapters.outbox().unpublished(10))
        .singleElement()
        .isInstanceOfSatisfying(
            DomainEvent.class,
            e -> assertThat(e.type()).isEqualTo(DomainEventType.ContactAttemptRecorded));

    refuse.refuseAll(false);
    assertThat(services.publishOutbox().republishPending(10)).isEqualTo(1);

    assertThat(tap.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.detailType()).isEqualTo("ContactAttemptRecorded");
              assertThat(e.detail().path("phone").asText()).isEqualTo("+1******42");
              assertThat(e.raw()).doesNotContain(Orders.MOBILE.value());
            });
    assertThat(aws.dynamoAdapters.outbox().unpublished(10)).isEmpty();
  }

  @Test
  void
      a_stop_from_a_number_with_no_open_order_is_published_without_an_order_and_leaves_the_outbox() {
    UseCaseFactory services =
        aws.services(
            new FakeSmsGateway(new MutableClock(NOW)), OomConfig.defaults(), new MutableClock(NOW));

    services
        .handleInboundSms()
        .handle(
            new com.oom.core.application.HandleInboundSms.Command(
                "in-1", com.oom.core.order.PhoneNumber.parse("204-555-0111"), "STOP"));

    assertThat(tap.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.detailType()).isEqualTo("GuestOptedOut");
              assertThat(e.detail().has("orderId")).isFalse();
              assertThat(e.detail().path("phone").asText()).isEqualTo("+1******11");
              assertThat(e.detail().path("keyword").asText()).isEqualTo("STOP");
            });
    assertThat(aws.dynamoAdapters.outbox().unpublished(10)).isEmpty();
  }

  @SuppressWarnings("unused")
  private static List<String> ids(List<? extends OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::outboxId).toList();
  }
}
