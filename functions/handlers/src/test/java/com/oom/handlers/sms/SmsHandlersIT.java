package com.oom.handlers.sms;

import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.port.SmsLog;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.schedule.TimerSweepHandler;
import com.oom.handlers.schedule.TimerSweepWiring;
import com.oom.handlers.smsinbound.SmsInboundHandler;
import com.oom.handlers.smsinbound.SmsInboundWiring;
import com.oom.handlers.smssender.SmsSenderHandler;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The SMS sender and inbound handlers on moto, with a fake gateway standing in for End User
 * Messaging.
 */
@ExtendWith(EmulatorExtension.class)
class SmsHandlersIT {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T16:00:00Z"));
  private AwsStack aws;
  private FakeSmsGateway gateway;
  private UseCaseFactory oom;
  private SmsSenderHandler sender;
  private SmsInboundHandler inbound;

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    gateway = new FakeSmsGateway(clock);
    oom = aws.services(gateway, OomConfig.defaults(), clock);
    sender = SmsSenderWiring.over(oom);
    inbound = SmsInboundWiring.over(oom);
  }

  /** Ingests an available order and returns the SMS request it queued. */
  private String touchPointOnTheQueue() {
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-1",
                new ErpSnapshot(Orders.defaultOrder().details(), 1, clock.instant(), null)));
    List<Message> requests = aws.drain(OomQueues.SMS_REQUESTS);
    assertThat(requests).hasSize(1);
    return requests.getFirst().body();
  }

  static String reply(String messageId, String text) {
    String payload =
        """
        {"originationNumber":"+12045550142","destinationNumber":"+12045550100","messageKeyword":"KEYWORD_123456789012","messageBody":"%s","inboundMessageId":"%s","previousPublishedMessageId":"p-1"}"""
            .formatted(text, messageId);
    return """
        {"Type":"Notification","MessageId":"sns-%s","TopicArn":"arn:aws:sns:ca-central-1:123456789012:oom-sms-inbound","Message":%s,"Timestamp":"2026-11-30T16:00:00.000Z","SignatureVersion":"1"}"""
        .formatted(messageId, com.oom.aws.wire.MessageJson.write(payload));
  }

  @Test
  void touch_point_inside_allowed_hours_is_sent_once_even_if_delivered_twice() {
    String request = touchPointOnTheQueue();

    SQSBatchResponse response =
        sender.handleRequest(
            SqsEvents.of(OomQueues.SMS_REQUESTS, request, request), new FakeContext("sms-sender"));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(gateway.sent).singleElement().satisfies(t -> assertThat(t.to()).isEqualTo(MOBILE));
  }

  @Test
  void stop_then_a_touch_point_sends_nothing() {
    String request = touchPointOnTheQueue();

    inbound.handleRequest(
        SqsEvents.of(OomQueues.SMS_INBOUND, reply("in-1", "STOP")), new FakeContext("sms-inbound"));
    sender.handleRequest(
        SqsEvents.of(OomQueues.SMS_REQUESTS, request), new FakeContext("sms-sender"));

    assertThat(gateway.sent).isEmpty();
    assertThat(aws.dynamoAdapters.consent().isOptedOut(MOBILE)).isTrue();
  }

  @Test
  void text_due_at_22_30_local_is_sent_by_the_sweep_at_the_next_allowed_time() {
    clock.set(Instant.parse("2026-12-01T04:30:00Z")); // Monday 22:30 in Winnipeg
    String request = touchPointOnTheQueue();

    sender.handleRequest(
        SqsEvents.of(OomQueues.SMS_REQUESTS, request), new FakeContext("sms-sender"));
    assertThat(gateway.sent).isEmpty();

    TimerSweepHandler sweep = TimerSweepWiring.over(oom, clock);
    clock.set(Instant.parse("2026-12-01T14:55:00Z")); // Tuesday 08:55: still quiet
    assertThat(sweep.sweep("sweep-1").textsSent()).isZero();
    clock.set(Instant.parse("2026-12-01T15:00:00Z")); // Tuesday 09:00
    assertThat(sweep.sweep("sweep-2").textsSent()).isEqualTo(1);
    assertThat(sweep.sweep("sweep-3").textsSent()).isZero();

    assertThat(gateway.sent)
        .singleElement()
        .satisfies(t -> assertThat(t.at()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z")));
    assertThat(aws.dynamoAdapters.smsLog().forOrder("SO-1001"))
        .extracting(SmsLog.SmsRecord::status)
        .containsExactly(SmsLog.Status.DEFERRED, SmsLog.Status.SENT);
  }

  @Test
  void malformed_replies_and_requests_are_reported_failed_without_effect() {
    SQSBatchResponse replies =
        inbound.handleRequest(
            SqsEvents.of(
                OomQueues.SMS_INBOUND,
                "{}",
                reply("in-2", "STOP").replace("+12045550142", "not-a-number")),
            new FakeContext("sms-inbound"));
    SQSBatchResponse requests =
        sender.handleRequest(
            SqsEvents.of(OomQueues.SMS_REQUESTS, "{\"requestId\":\"x\"}"),
            new FakeContext("sms-sender"));

    assertThat(replies.getBatchItemFailures()).hasSize(2);
    assertThat(requests.getBatchItemFailures()).hasSize(1);
    assertThat(gateway.sent).isEmpty();
  }
}
