package com.oom.handlers.confirmations;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.oom.aws.testing.AwsStack;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MotoExtension.class)
class ConfirmationFeedHandlerIT {
  // Monday 2026-11-30 10:00 Winnipeg; the appointment is Tuesday, in the confirmation window
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T16:00:00Z"));
  private UseCaseFactory oom;
  private ConfirmationFeedHandler handler;

  @BeforeEach
  void wire() {
    AwsStack aws = new AwsStack(clock);
    oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
    handler = ConfirmationFeedWiring.over(oom);
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-1",
                1,
                Orders.defaultOrder()
                    .appointment(Orders.appointment(LocalDate.of(2026, 12, 1)))
                    .details()));
  }

  static String raw(String eventId, String result) {
    return """
        {"eventId":"%s","occurredAt":"2026-11-30T15:00:00Z","orderId":"SO-1001",
         "appointmentDate":"2026-12-01","result":"%s","phone":"+12045550142","channel":"VOICE"}"""
        .formatted(eventId, result);
  }

  static String viaEventBridge(String eventId, String result) {
    return """
        {"version":"0","id":"eb-1","detail-type":"ConfirmationResult","source":"jenny.package-ai",
         "account":"123456789012","time":"2026-11-30T15:00:00Z","region":"ca-central-1",
         "resources":[],"detail":%s}"""
        .formatted(raw(eventId, result));
  }

  private java.util.List<String> confirmationList() {
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
}
