package com.oom.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.sms.SmsRequestWire;
import com.oom.core.application.HandleInboundSms;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.SendDeferredSms;
import com.oom.core.application.SendTouchPoint.Result;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsLog.SmsRecord;
import com.oom.core.port.SmsLog.Status;
import com.oom.core.sms.SendDecision.BlockReason;
import com.oom.core.sms.SendDecision.DeferReason;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The core SMS sender (SendTouchPoint, SendDeferredSms, HandleInboundSms) on the real DynamoDB SMS
 * log and consent ledger, fed by SMS requests that went through the real outbox and SQS queue.
 */
@ExtendWith(EmulatorExtension.class)
class SmsSenderOnAwsIT {
  private final MutableClock clock = new MutableClock(Orders.MONDAY_10_AM_WINNIPEG);
  private final FakeSmsGateway gateway = new FakeSmsGateway(clock);
  private AwsStack aws;
  private UseCaseFactory oom;

  @BeforeEach
  void stack() {
    aws = new AwsStack(clock);
    oom = aws.services(gateway, OomConfig.defaults(), clock);
  }

  /** Ingests an available order and returns the SMS request it put on the SMS request queue. */
  private SmsRequest ingestAvailableOrder(String orderId) {
    Orders.Builder order = Orders.defaultOrder().orderId(orderId);
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-" + orderId + "-1",
                new ErpSnapshot(order.details(), 1, clock.instant(), null)));
    List<Message> messages = aws.drain(OomQueues.SMS_REQUESTS);
    assertThat(messages).hasSize(1);
    Message message = messages.getFirst();
    SmsRequest request = MessageJson.read(message.body(), SmsRequestWire.class).toDomain();
    assertThat(request.orderId()).isEqualTo(orderId);
    assertThat(request.touchPoint()).isEqualTo(TouchPoint.MERCHANDISE_AVAILABLE);
    assertThat(request.to()).isEqualTo(Orders.MOBILE);
    assertThat(request.requestedAt()).isEqualTo(clock.instant());
    assertThat(message.messageAttributes().get("outboxId").stringValue())
        .isEqualTo(request.requestId());
    return request;
  }

  private void at(Instant instant) {
    clock.set(instant);
  }

  @ParameterizedTest(name = "due {0} local goes at {1} local")
  @CsvSource({
    "2026-11-30T22:30, 2026-12-01T09:00", // Monday night -> Tuesday, weekday hours
    "2026-12-04T22:30, 2026-12-05T10:00", // Friday night -> Saturday, weekend hours
  })
  void text_due_in_quiet_hours_is_deferred_to_the_next_window_and_sent_there_exactly_once(
      String dueLocal, String nextWindowLocal) {
    Instant due = Orders.winnipeg(dueLocal);
    Instant nextWindow = Orders.winnipeg(nextWindowLocal);
    at(due);
    SmsRequest request = ingestAvailableOrder("SO-1001");

    Result result = oom.sendTouchPoint().handle(request);

    assertThat(result).isEqualTo(new Result.Deferred(nextWindow, DeferReason.QUIET_HOURS));
    assertThat(gateway.sent).isEmpty();
    at(nextWindow.minusSeconds(1));
    assertThat(oom.sendDeferredSms().handle(10)).isEqualTo(new SendDeferredSms.Result(0, 0));
    assertThat(gateway.sent).isEmpty();

    at(nextWindow);
    assertThat(oom.sendDeferredSms().handle(10)).isEqualTo(new SendDeferredSms.Result(1, 1));
    assertThat(gateway.sent)
        .singleElement()
        .satisfies(
            text -> {
              assertThat(text.at()).isEqualTo(nextWindow);
              assertThat(text.to()).isEqualTo(Orders.MOBILE);
              assertThat(text.orderId()).isEqualTo("SO-1001");
              assertThat(text.touchPoint()).isEqualTo("MERCHANDISE_AVAILABLE");
            });

    assertThat(oom.sendDeferredSms().handle(10)).isEqualTo(new SendDeferredSms.Result(0, 0));
    at(nextWindow.plusSeconds(3600));
    assertThat(oom.sendDeferredSms().handle(10)).isEqualTo(new SendDeferredSms.Result(0, 0));
    assertThat(oom.sendTouchPoint().handle(request)).isEqualTo(new Result.Duplicate());
    assertThat(gateway.sent).hasSize(1);
    assertThat(aws.dynamoAdapters.smsLog().forOrder("SO-1001"))
        .extracting(SmsRecord::status, SmsRecord::at, SmsRecord::notBefore)
        .containsExactly(
            tuple(Status.DEFERRED, due, nextWindow), tuple(Status.SENT, nextWindow, null));
  }

  @Test
  void stop_reply_blocks_the_next_touch_point_as_opted_out() {
    SmsRequest request = ingestAvailableOrder("SO-1001");

    HandleInboundSms.Outcome outcome =
        oom.handleInboundSms()
            .handle(new HandleInboundSms.Command("inbound-1", Orders.MOBILE, "STOP"));
    Result result = oom.sendTouchPoint().handle(request);

    assertThat(outcome).isEqualTo(HandleInboundSms.Outcome.OPTED_OUT);
    assertThat(result).isEqualTo(new Result.Blocked(BlockReason.OPTED_OUT));
    assertThat(gateway.sent).isEmpty();
    assertThat(aws.dynamoAdapters.smsLog().find(request.dedupeKey()))
        .get()
        .extracting(SmsRecord::status, SmsRecord::detail)
        .containsExactly(Status.BLOCKED, "OPTED_OUT");
    assertThat(aws.dynamoAdapters.smsLog().deferredDue(clock.instant().plusSeconds(86_400), 10))
        .isEmpty();
  }

  @Test
  void start_reply_after_stop_lets_texts_through_again() {
    SmsRequest request = ingestAvailableOrder("SO-1001");
    oom.handleInboundSms().handle(new HandleInboundSms.Command("in-1", Orders.MOBILE, "STOP"));
    oom.handleInboundSms().handle(new HandleInboundSms.Command("in-2", Orders.MOBILE, "START"));

    assertThat(oom.sendTouchPoint().handle(request)).isInstanceOf(Result.Sent.class);
    assertThat(gateway.sent).hasSize(1);
  }

  @Test
  void help_reply_redelivered_after_the_send_lease_is_still_answered_once() {
    ingestAvailableOrder("SO-1001");
    HandleInboundSms.Command help = new HandleInboundSms.Command("in-help", Orders.MOBILE, "HELP");

    HandleInboundSms.Outcome first = oom.handleInboundSms().handle(help);
    clock.advance(Duration.ofMinutes(1));
    HandleInboundSms.Outcome soon = oom.handleInboundSms().handle(help);
    // SQS redelivers an unacknowledged message after its visibility timeout, possibly several
    // times: well after the 2-minute send lease.
    clock.advance(Duration.ofMinutes(10));
    HandleInboundSms.Outcome later = oom.handleInboundSms().handle(help);

    assertThat(List.of(first, soon, later))
        .containsExactly(
            HandleInboundSms.Outcome.HELP_SENT,
            HandleInboundSms.Outcome.DUPLICATE,
            HandleInboundSms.Outcome.DUPLICATE);
    assertThat(gateway.sent)
        .singleElement()
        .satisfies(t -> assertThat(t.touchPoint()).isEqualTo("HELP"));
  }

  @Test
  void same_request_handled_three_times_sends_one_text() {
    SmsRequest request = ingestAvailableOrder("SO-1001");

    List<Result> results =
        List.of(
            oom.sendTouchPoint().handle(request),
            oom.sendTouchPoint().handle(request),
            oom.sendTouchPoint().handle(request));

    assertThat(results)
        .containsExactly(new Result.Sent("msg-1"), new Result.Duplicate(), new Result.Duplicate());
    assertThat(gateway.sent).hasSize(1);
    assertThat(aws.dynamoAdapters.smsLog().forOrder("SO-1001"))
        .extracting(SmsRecord::status)
        .containsExactly(Status.SENT);
  }

  @Test
  void second_text_to_a_number_over_the_daily_cap_waits_for_the_next_days_window() {
    oom = aws.services(gateway, OomConfig.defaults().withSmsDailyCap(1), clock);
    SmsRequest first = ingestAvailableOrder("SO-1001");
    SmsRequest second = ingestAvailableOrder("SO-1002"); // another order, same guest mobile

    Result sent = oom.sendTouchPoint().handle(first);
    at(Orders.winnipeg("2026-11-30T20:59"));
    Result capped = oom.sendTouchPoint().handle(second);

    Instant tuesdayNine = Orders.winnipeg("2026-12-01T09:00");
    assertThat(sent).isInstanceOf(Result.Sent.class);
    assertThat(capped).isEqualTo(new Result.Deferred(tuesdayNine, DeferReason.DAILY_CAP));
    assertThat(gateway.sent).hasSize(1);

    at(tuesdayNine);
    assertThat(oom.sendDeferredSms().handle(10)).isEqualTo(new SendDeferredSms.Result(1, 1));
    assertThat(gateway.sent)
        .extracting(FakeSmsGateway.Text::orderId, FakeSmsGateway.Text::at)
        .containsExactly(
            tuple("SO-1001", Orders.MONDAY_10_AM_WINNIPEG), tuple("SO-1002", tuesdayNine));
  }

  @Test
  void one_sent_text_costs_three_reads_one_claim_one_count_query_one_transaction_and_its_event() {
    SmsRequest request = ingestAvailableOrder("SO-1001");
    aws.requests.reset();

    assertThat(oom.sendTouchPoint().handle(request)).isInstanceOf(Result.Sent.class);

    assertThat(aws.requests.snapshot())
        .isEqualTo(
            Map.of(
                // 1. SmsLog.find: the touch point's LATEST item (sent already? -> duplicate)
                // 2. OpenOrders.find: the order's state item, re-checked at send time
                // 3. ConsentLedger.isOptedOut: the number's CONSENT item
                "DynamoDb.GetItem", 3L,
                // SmsLog.claim: conditional lease on the LATEST item (one sender per key)
                "DynamoDb.UpdateItem", 1L,
                // SmsLog.sentBetween: COUNT of the number's SENT# items on the guest's day
                "DynamoDb.Query", 1L,
                // SmsLog.record: LATEST + the order's history item + the number's SENT# item
                // + the TextSent event's outbox item
                "DynamoDb.TransactWriteItems", 1L,
                // the TextSent event published, then deleted from the outbox
                "EventBridge.PutEvents", 1L,
                "DynamoDb.BatchWriteItem", 1L));
  }
}
