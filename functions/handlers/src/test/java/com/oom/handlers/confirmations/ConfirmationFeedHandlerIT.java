package com.oom.handlers.confirmations;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.outbox.ErpUpdateWire;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.Confirmation;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.WrongNumber;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class ConfirmationFeedHandlerIT {
  // Monday 2026-11-30 10:00 Winnipeg; the appointment is Tuesday, in the confirmation window
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T16:00:00Z"));
  private AwsStack aws;
  private UseCaseFactory oom;
  private ConfirmationFeedHandler handler;

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
    handler = ConfirmationFeedWiring.over(oom);
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-1",
                new ErpSnapshot(
                    Orders.defaultOrder()
                        .appointment(Orders.appointment(LocalDate.of(2026, 12, 1)))
                        .details(),
                    1,
                    clock.instant(),
                    null)));
    aws.drain(OomQueues.ERP_UPDATES);
  }

  /** Jenny's result for Tuesday's appointment, obtained at {@code occurredAt} on {@code phone}. */
  static String result(String eventId, String result, String occurredAt, String phone) {
    return """
        {"eventId":"%s","occurredAt":"%s","orderId":"SO-1001",
         "appointmentDate":"2026-12-01","result":"%s","phone":"%s","channel":"VOICE"}"""
        .formatted(eventId, occurredAt, result, phone);
  }

  static String raw(String eventId, String result) {
    return result(eventId, result, "2026-11-30T15:00:00Z", "+12045550142");
  }

  static String viaEventBridge(String eventId, String result) {
    return """
        {"version":"0","id":"eb-1","detail-type":"ConfirmationResult","source":"jenny.package-ai",
         "account":"123456789012","time":"2026-11-30T15:00:00Z","region":"ca-central-1",
         "resources":[],"detail":%s}"""
        .formatted(raw(eventId, result));
  }

  private List<String> confirmationList() {
    return oom.listWorkList().handle(WorkListKind.CONFIRMATION, "101").stream()
        .map(WorkItem::orderId)
        .toList();
  }

  @Test
  void a_confirmation_removes_the_order_from_the_confirmation_list() {
    assertThat(confirmationList()).containsExactly("SO-1001");

    SQSBatchResponse response =
        handler.handleRequest(
            SqsEvents.of("oom-confirmations", raw("j-1", "CONFIRMED")),
            new FakeContext("confirmations"));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(confirmationList()).isEmpty();
  }

  @Test
  void eventbridge_wrapped_results_are_read_too() {
    handler.handleRequest(
        SqsEvents.of("oom-confirmations", viaEventBridge("j-2", "CONFIRMED")),
        new FakeContext("confirmations"));

    assertThat(confirmationList()).isEmpty();
  }

  @Test
  void a_bad_result_is_reported_failed_and_the_good_one_applied() {
    SQSBatchResponse response =
        handler.handleRequest(
            SqsEvents.of(
                "oom-confirmations",
                raw("j-3", "MAYBE"),
                viaEventBridge("j-4", "CONFIRMED").replace("ConfirmationResult", "SomethingElse"),
                raw("j-5", "CONFIRMED")),
            new FakeContext("confirmations"));

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("m-0", "m-1");
    assertThat(confirmationList()).isEmpty();
  }

  private SQSBatchResponse deliver(String... bodies) {
    return handler.handleRequest(
        SqsEvents.of("oom-confirmations", bodies), new FakeContext("confirmations"));
  }

  private OpenOrder stored() {
    return aws.dynamoAdapters.orders().find("SO-1001").orElseThrow();
  }

  private List<ErpUpdateWire> erpUpdates() {
    return aws.drain(OomQueues.ERP_UPDATES).stream()
        .map(m -> MessageJson.read(m.body(), ErpUpdateWire.class))
        .toList();
  }

  @Test
  void the_number_jenny_reached_is_kept_in_the_confirmation_and_sent_to_the_erp() {
    SQSBatchResponse response =
        deliver(result("j-6", "CONFIRMED", "2026-11-30T15:10:00Z", "(204) 555-0142"));

    assertThat(response.getBatchItemFailures()).isEmpty();
    Confirmation confirmation = stored().confirmation();
    assertThat(confirmation.phone()).isEqualTo(Orders.MOBILE);
    assertThat(confirmation.channel()).isEqualTo(ConfirmationChannel.VOICE);
    assertThat(confirmation.at()).isEqualTo(Instant.parse("2026-11-30T15:10:00Z"));
    assertThat(erpUpdates())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.action()).isEqualTo("CONFIRMATION");
              assertThat(u.confirmation().phone()).isEqualTo("+12045550142");
              assertThat(u.confirmation().occurredAt())
                  .isEqualTo(Instant.parse("2026-11-30T15:10:00Z"));
              assertThat(u.auditComment()).doesNotContain("5550142");
            });
  }

  @Test
  void an_older_confirmed_delivered_after_a_newer_declined_does_not_overwrite_it() {
    deliver(result("j-7", "DECLINED", "2026-11-30T15:30:00Z", "+12045550142"));
    erpUpdates();

    SQSBatchResponse late =
        deliver(result("j-8", "CONFIRMED", "2026-11-30T15:00:00Z", "+12045550142"));

    assertThat(late.getBatchItemFailures()).isEmpty();
    assertThat(stored().confirmation().result()).isEqualTo(ConfirmationResultKind.DECLINED);
    assertThat(stored().confirmation().at()).isEqualTo(Instant.parse("2026-11-30T15:30:00Z"));
    assertThat(stored().isAppointmentConfirmed()).isFalse();
    // the late result is still told to the ERP, for the record
    assertThat(erpUpdates())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.confirmation().result()).isEqualTo(ConfirmationResultKind.CONFIRMED);
              assertThat(u.auditComment()).contains("kept for the record only");
            });
  }

  @Test
  void a_wrong_number_marks_that_number_and_puts_the_order_on_the_phone_correction_list() {
    assertThat(phoneCorrectionList()).isEmpty();

    deliver(result("j-9", "WRONG_NUMBER", "2026-11-30T15:20:00Z", "204-555-0199"));

    assertThat(stored().wrongNumbers())
        .extracting(WrongNumber::number)
        .containsExactly(Orders.HOME);
    assertThat(stored().isWrongNumber(Orders.MOBILE)).isFalse();
    assertThat(phoneCorrectionList()).containsExactly("SO-1001");
    assertThat(erpUpdates())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.confirmation().result()).isEqualTo(ConfirmationResultKind.WRONG_NUMBER);
              assertThat(u.confirmation().phone()).isEqualTo(Orders.HOME.value());
            });
  }

  private List<String> phoneCorrectionList() {
    return oom.listWorkList().handle(WorkListKind.PHONE_CORRECTION, "101").stream()
        .map(WorkItem::orderId)
        .toList();
  }

  private static final String TRANSCRIPT =
      "https://chat.package.ai/transcripts/7310045528/c-5f2e91";

  /** Jenny's CHAT result for Tuesday's appointment on {@code phone}, with a transcript. */
  static String chat(String eventId, String result, String phone) {
    return """
        {"eventId":"%s","occurredAt":"2026-11-30T15:40:00Z","orderId":"SO-1001",
         "appointmentDate":"2026-12-01","result":"%s","phone":"%s","channel":"CHAT",
         "transcriptRef":"%s"}"""
        .formatted(eventId, result, phone, TRANSCRIPT);
  }

  private List<WorkItem> confirmationItems() {
    return oom.listWorkList().handle(WorkListKind.CONFIRMATION, "101");
  }

  @Test
  void a_chat_result_with_a_transcript_is_a_chat_attempt_on_that_number_and_the_erp_gets_it() {
    SQSBatchResponse response = deliver(chat("j-chat-1", "NO_RESPONSE", "(204) 555-0142"));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(stored().attempts())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.channel()).isEqualTo(ContactChannel.CHAT);
              assertThat(attempt.phone()).isEqualTo(Orders.MOBILE);
              assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.NO_ANSWER);
              assertThat(attempt.agent()).isEqualTo("jenny");
              assertThat(attempt.at()).isEqualTo(Instant.parse("2026-11-30T15:40:00Z"));
              assertThat(attempt.transcriptRef()).isEqualTo(TRANSCRIPT);
            });
    assertThat(confirmationItems())
        .singleElement()
        .satisfies(
            item ->
                assertThat(item.missing())
                    .as("the chatted number is no longer untried today")
                    .containsExactly("attempt on " + Orders.HOME.masked()));
    assertThat(erpUpdates())
        .extracting(ErpUpdateWire::action)
        .containsExactlyInAnyOrder("CONTACT_ATTEMPT", "CONFIRMATION");
  }

  @Test
  void the_erp_update_of_a_chat_attempt_carries_channel_chat_and_the_transcript() {
    deliver(chat("j-chat-2", "CONFIRMED", "+12045550142"));

    assertThat(erpUpdates())
        .filteredOn(u -> u.action().equals("CONTACT_ATTEMPT"))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.contactAttempt().channel()).isEqualTo(ContactChannel.CHAT);
              assertThat(u.contactAttempt().outcome()).isEqualTo(AttemptOutcome.REACHED);
              assertThat(u.contactAttempt().transcriptRef()).isEqualTo(TRANSCRIPT);
              assertThat(u.actor().kind()).isEqualTo(com.oom.core.order.Actor.Kind.JENNY);
            });
  }

  @Test
  void a_redelivered_chat_result_is_recorded_once() {
    deliver(chat("j-chat-3", "DECLINED", "+12045550142"));
    erpUpdates();

    SQSBatchResponse again =
        deliver(
            chat("j-chat-3", "DECLINED", "+12045550142"),
            chat("j-chat-3", "DECLINED", "+12045550142"));

    assertThat(again.getBatchItemFailures()).isEmpty();
    assertThat(stored().attempts()).hasSize(1);
    assertThat(erpUpdates()).isEmpty();
  }

  @Test
  void a_chat_result_on_a_number_not_the_guests_is_kept_without_an_attempt() {
    deliver(chat("j-chat-4", "CONFIRMED", "+14165550100"));

    assertThat(stored().attempts()).isEmpty();
    assertThat(stored().isAppointmentConfirmed()).isTrue();
    assertThat(aws.dynamoAdapters.orders().auditTrail("SO-1001"))
        .anySatisfy(
            entry ->
                assertThat(entry.comment())
                    .contains("without a contact attempt")
                    .doesNotContain("4165550100"));
  }

  @Test
  void a_transcript_reference_that_is_not_visible_ascii_fails_the_message_and_records_nothing() {
    SQSBatchResponse response =
        deliver(chat("j-chat-5", "CONFIRMED", "+12045550142").replace(TRANSCRIPT, "a chat"));

    assertThat(response.getBatchItemFailures()).hasSize(1);
    assertThat(stored().confirmation()).isNull();
  }
}
