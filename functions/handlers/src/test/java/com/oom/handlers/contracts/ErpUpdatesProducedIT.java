package com.oom.handlers.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.outbox.ErpUpdateWire;
import com.oom.core.application.AddComment;
import com.oom.core.application.BookAppointment;
import com.oom.core.application.HandleInboundSms;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordAgentConfirmation;
import com.oom.core.application.RecordConfirmationResult;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.RedateOrder;
import com.oom.core.application.ReportTrouble;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.TroubleReason;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.events.Contracts;
import com.oom.events.SchemaValidator;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of change the core writes back to the ERP, driven through the use cases on moto and
 * read off {@code oom-erp-updates}: each update validates against {@code erp-update.schema.json}
 * (version 2) and carries exactly the typed part its action implies, with the values of the change.
 */
@ExtendWith(EmulatorExtension.class)
class ErpUpdatesProducedIT {
  private static final String ORDER = "SO-1001";
  private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);
  private static final LocalDate REDATED = LocalDate.of(2026, 12, 12);
  private static final Actor AGENT = Actor.agent("agent-7");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T16:00:00Z"));
  private final List<ErpUpdateWire> updates = new ArrayList<>();
  private AwsStack aws;

  /** The typed parts an update of each action carries; any other action carries none. */
  private static final Map<String, Set<String>> TYPED_PARTS =
      Map.of(
          "APPOINTMENT_BOOKED", Set.of("appointment"),
          "FULFILMENT_DATE", Set.of("fulfilmentDateChange"),
          "CONFIRMATION", Set.of("confirmation"),
          "CONTACT_ATTEMPT", Set.of("contactAttempt"),
          "TROUBLE_REPORTED", Set.of("troubleReport"),
          "ESCALATED", Set.of("cwc"));

  @Test
  void every_erp_update_the_core_produces_matches_the_schema_and_carries_its_typed_part() {
    aws = new AwsStack(clock);
    UseCaseFactory oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-1",
                new ErpSnapshot(Orders.defaultOrder().details(), 1, clock.instant(), null)));
    oom.recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                "r-1",
                ORDER,
                AGENT,
                Orders.MOBILE,
                ContactChannel.PHONE,
                AttemptOutcome.NO_ANSWER,
                "no answer"));
    oom.setContactStatus()
        .handle(
            new SetContactStatus.Command(
                "r-2", ORDER, AGENT, ContactStatus.HOLD, null, "trying evenings", null));
    oom.bookAppointment()
        .handle(
            new BookAppointment.Command(
                "r-3", ORDER, AGENT, Orders.appointment(THURSDAY), "morning delivery"));
    oom.handleInboundSms().handle(new HandleInboundSms.Command("sms-in-1", Orders.MOBILE, "C"));
    oom.recordConfirmationResult()
        .handle(
            new RecordConfirmationResult.Command(
                "jenny-1",
                ORDER,
                THURSDAY,
                ConfirmationResultKind.WRONG_NUMBER,
                ConfirmationChannel.VOICE,
                Orders.HOME,
                clock.instant().plusSeconds(30)));
    oom.recordConfirmationResult() // a chat: a CHAT attempt with its transcript, and the result
        .handle(
            new RecordConfirmationResult.Command(
                "jenny-chat-1",
                ORDER,
                THURSDAY,
                ConfirmationResultKind.NO_RESPONSE,
                ConfirmationChannel.CHAT,
                Orders.MOBILE,
                clock.instant().plusSeconds(40),
                "https://chat.package.ai/transcripts/c-5f2e91"));
    oom.recordAgentConfirmation()
        .handle(
            new RecordAgentConfirmation.Command(
                "r-3b",
                ORDER,
                AGENT,
                Orders.MOBILE,
                ConfirmationResultKind.NO_RESPONSE,
                "rang out",
                null));
    oom.redateOrder()
        .handle(new RedateOrder.Command("r-4", ORDER, AGENT, REDATED, "guest away", null));
    oom.addComment().handle(new AddComment.Command("r-5", ORDER, AGENT, "guest emailed"));
    collect();

    clock.advance(Duration.ofDays(1)); // past the echo deadline: booking and re-date restated
    oom.escalateDueOrders().handle("sweep-1", 100);
    oom.reportTrouble()
        .handle(new ReportTrouble.Command("r-6", ORDER, AGENT, TroubleReason.NO_FIT, "too deep"));
    collect();
    clock.advance(Duration.ofDays(1)); // the ERP never acknowledged the CWC
    oom.escalateDueOrders().handle("sweep-2", 100);
    collect();

    Map<String, List<ErpUpdateWire>> byAction = new LinkedHashMap<>();
    updates.forEach(u -> byAction.computeIfAbsent(u.action(), a -> new ArrayList<>()).add(u));
    assertThat(byAction)
        .containsKeys(
            "CONTACT_ATTEMPT",
            "CONTACT_STATUS",
            "APPOINTMENT_BOOKED",
            "CONFIRMATION",
            "FULFILMENT_DATE",
            "COMMENT",
            "ERP_ECHO_OVERDUE",
            "TROUBLE_REPORTED",
            "ESCALATED");
    for (ErpUpdateWire u : updates) {
      if (!u.action().equals("ERP_ECHO_OVERDUE")) {
        assertThat(typedParts(u))
            .as("%s: typed parts", u.action())
            .isEqualTo(TYPED_PARTS.getOrDefault(u.action(), Set.of()));
      }
    }

    var booked = byAction.get("APPOINTMENT_BOOKED").getFirst().appointment();
    assertThat(booked)
        .isEqualTo(
            new ErpUpdateWire.AppointmentChangeWire(
                THURSDAY,
                LocalTime.of(8, 0),
                LocalTime.of(12, 0),
                com.oom.core.order.AppointmentKind.DELIVERY,
                Orders.defaultOrder().details().locationId()));
    assertThat(booked.locationId()).isNotNull();
    assertThat(byAction.get("CONTACT_ATTEMPT").getFirst().contactAttempt())
        .extracting(a -> a.phone(), a -> a.outcome(), a -> a.channel())
        .containsExactly(Orders.MOBILE.value(), AttemptOutcome.NO_ANSWER, ContactChannel.PHONE);
    assertThat(byAction.get("CONFIRMATION"))
        .extracting(u -> u.confirmation().result(), u -> u.confirmation().phone())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                ConfirmationResultKind.CONFIRMED, Orders.MOBILE.value()),
            org.assertj.core.groups.Tuple.tuple(
                ConfirmationResultKind.WRONG_NUMBER, Orders.HOME.value()),
            org.assertj.core.groups.Tuple.tuple(
                ConfirmationResultKind.NO_RESPONSE, Orders.MOBILE.value()),
            org.assertj.core.groups.Tuple.tuple(
                ConfirmationResultKind.NO_RESPONSE, Orders.MOBILE.value()));
    assertThat(byAction.get("CONTACT_ATTEMPT"))
        .filteredOn(u -> u.contactAttempt().channel() == ContactChannel.CHAT)
        .singleElement()
        .satisfies(
            u ->
                assertThat(u.contactAttempt().transcriptRef())
                    .isEqualTo("https://chat.package.ai/transcripts/c-5f2e91"));
    assertThat(byAction.get("FULFILMENT_DATE").getFirst().fulfilmentDateChange())
        .isEqualTo(
            new ErpUpdateWire.FulfilmentDateChangeWire(
                Orders.defaultOrder().details().fulfilmentDate(), REDATED));
    assertThat(byAction.get("TROUBLE_REPORTED").getFirst().troubleReport().reason())
        .isEqualTo(TroubleReason.NO_FIT);
    ErpUpdateWire escalated = byAction.get("ESCALATED").getFirst();
    assertThat(escalated.cwc().reason()).isEqualTo(EscalationReason.NO_FIT);
    assertThat(escalated.fulfilmentStatus()).isEqualTo(FulfilmentStatus.CWC);

    List<ErpUpdateWire> restated = byAction.get("ERP_ECHO_OVERDUE");
    assertThat(restated).hasSize(2);
    ErpUpdateWire first = restated.stream().filter(u -> u.cwc() == null).findFirst().orElseThrow();
    assertThat(first.appointment()).isEqualTo(booked);
    assertThat(first.fulfilmentDateChange().to()).isEqualTo(REDATED);
    assertThat(first.contactStatus()).isEqualTo(ContactStatus.HOLD);
    ErpUpdateWire cwc = restated.stream().filter(u -> u.cwc() != null).findFirst().orElseThrow();
    assertThat(cwc.cwc().reason()).isEqualTo(EscalationReason.NO_FIT);
    assertThat(cwc.fulfilmentStatus()).isEqualTo(FulfilmentStatus.CWC);
  }

  @Test
  void clearing_a_paid_baldue_is_an_update_by_oom_that_matches_the_schema() {
    aws = new AwsStack(clock);
    UseCaseFactory oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
    com.oom.core.order.ErpContactCode baldue =
        new com.oom.core.order.ErpContactCode(
            ContactStatus.BALDUE, THURSDAY, clock.instant().minusSeconds(3600));
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-1",
                new ErpSnapshot(
                    Orders.defaultOrder().balanceDue("250.00").details(),
                    1,
                    clock.instant(),
                    baldue,
                    null)));
    collect();
    clock.advance(Duration.ofHours(2));
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-2",
                new ErpSnapshot(
                    Orders.defaultOrder().balanceDue("0").details(),
                    2,
                    clock.instant(),
                    baldue,
                    null)));
    collect();

    assertThat(updates)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.action()).isEqualTo("CONTACT_STATUS");
              assertThat(u.actor().kind()).isEqualTo(Actor.Kind.SYSTEM);
              assertThat(u.contactStatus()).isEqualTo(ContactStatus.NONE);
              assertThat(u.contactDate()).isNull();
              assertThat(u.auditComment()).startsWith("Balance paid");
            });
  }

  /** Reads what is on the ERP's queue: every body valid against the schema, then its record. */
  private void collect() {
    for (var message : aws.drain(OomQueues.ERP_UPDATES)) {
      assertThat(SchemaValidator.validate(Contracts.ERP_UPDATE, message.body()))
          .as(message.body())
          .isEmpty();
      ErpUpdateWire update = MessageJson.read(message.body(), ErpUpdateWire.class);
      assertThat(ErpUpdateWire.of(update.toDomain())).isEqualTo(update);
      updates.add(update);
    }
  }

  /** Each typed part of an update by its field name. */
  private static final Map<String, Function<ErpUpdateWire, Object>> PARTS =
      Map.of(
          "appointment", ErpUpdateWire::appointment,
          "fulfilmentDateChange", ErpUpdateWire::fulfilmentDateChange,
          "confirmation", ErpUpdateWire::confirmation,
          "contactAttempt", ErpUpdateWire::contactAttempt,
          "troubleReport", ErpUpdateWire::troubleReport,
          "cwc", ErpUpdateWire::cwc);

  private static Set<String> typedParts(ErpUpdateWire u) {
    return PARTS.entrySet().stream()
        .filter(part -> part.getValue().apply(u) != null)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
