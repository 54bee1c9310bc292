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
import com.oom.core.order.Confirmation;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
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
import com.oom.tooling.emulator.MotoExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MotoExtension.class)
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
}
