package com.oom.handlers.reliability;

import static com.oom.handlers.testing.FeedMessages.outcome;
import static com.oom.handlers.testing.FeedMessages.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.oom.aws.json.ApiJson;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.confirmations.ConfirmationFeedHandler;
import com.oom.handlers.confirmations.ConfirmationFeedWiring;
import com.oom.handlers.orderfeed.OrderFeedHandler;
import com.oom.handlers.orderfeed.OrderFeedWiring;
import com.oom.handlers.smsinbound.SmsInboundHandler;
import com.oom.handlers.smsinbound.SmsInboundWiring;
import com.oom.handlers.smssender.SmsSenderHandler;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Every message type delivered to a duplicate order twice at once (two handler instances on two
 * threads) and then twice more one after the other; a control order gets the same message once. The
 * duplicate order must end up with exactly the control's effects: same version, audit trail,
 * attempts, SMS sent, SMS requests, ERP updates and hand-offs.
 */
@ExtendWith(EmulatorExtension.class)
class RedeliveryIT {
  private static final String CONTROL = "SO-CTRL";
  private static final String DUPLICATE = "SO-DUP";
  private static final PhoneNumber CONTROL_MOBILE = PhoneNumber.parse("204-555-0101");
  private static final PhoneNumber DUPLICATE_MOBILE = PhoneNumber.parse("204-555-0102");
  private static int cases;
  private static int failures;

  private final MutableClock clock = new MutableClock(Orders.MONDAY_10_AM_WINNIPEG);
  private AwsStack aws;
  private FakeSmsGateway gateway;
  private final List<UseCaseFactory> instances = new ArrayList<>();
  private final List<Message> published = new ArrayList<>();

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    gateway = new FakeSmsGateway(clock);
    instances.add(aws.services(gateway, OomConfig.defaults(), clock));
    instances.add(aws.services(gateway, OomConfig.defaults(), clock));
  }

  @AfterAll
  static void report() {
    System.out.printf("RELIABILITY redelivery: %d cases, %d failures%n", cases, failures);
  }

  /** One delivery of a message to the handler of instance 0 or 1. */
  private interface Delivery {
    SQSBatchResponse deliver(int instance);
  }

  record Effects(
      long version,
      int audit,
      int attempts,
      int smsSent,
      int smsRequests,
      int erpUpdates,
      int handOffs) {}

  private Effects effects(String orderId) {
    collect();
    OpenOrder order = aws.dynamoAdapters.orders().find(orderId).orElseThrow();
    return new Effects(
        order.version(),
        aws.dynamoAdapters.orders().auditTrail(orderId).size(),
        order.attempts().size(),
        (int) gateway.sent.stream().filter(t -> orderId.equals(t.orderId())).count(),
        count(OomQueues.SMS_REQUESTS, orderId),
        count(OomQueues.ERP_UPDATES, orderId),
        count("oom-handoff-101.fifo", orderId));
  }

  private void collect() {
    for (String queue :
        List.of(OomQueues.SMS_REQUESTS, OomQueues.ERP_UPDATES, "oom-handoff-101.fifo")) {
      aws.drain(queue).forEach(m -> published.add(m.toBuilder().md5OfBody(queue).build()));
    }
  }

  private int count(String queue, String orderId) {
    return (int)
        published.stream()
            .filter(m -> queue.equals(m.md5OfBody()))
            .filter(m -> m.body().contains("\"orderId\":\"" + orderId + "\""))
            .count();
  }

  private List<String> smsRequestsFor(String orderId) {
    collect();
    return published.stream()
        .filter(m -> OomQueues.SMS_REQUESTS.equals(m.md5OfBody()))
        .map(Message::body)
        .filter(b -> b.contains("\"orderId\":\"" + orderId + "\""))
        .toList();
  }

  /**
   * Delivers {@code forControl} once and {@code forDuplicate} concurrently to both instances, then
   * twice more in sequence; returns both orders' effects.
   */
  private Effects[] deliver(Delivery forControl, Delivery forDuplicate) throws Exception {
    assertThat(forControl.deliver(0).getBatchItemFailures()).isEmpty();
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      List<Future<SQSBatchResponse>> both = new ArrayList<>();
      for (int instance = 0; instance < 2; instance++) {
        int i = instance;
        both.add(
            pool.submit(
                () -> {
                  start.await();
                  return forDuplicate.deliver(i);
                }));
      }
      start.countDown();
      for (Future<SQSBatchResponse> response : both) {
        // a reported failure is fine here: SQS redelivers it below
        response.get();
      }
    }
    for (int i = 0; i < 2; i++) {
      assertThat(forDuplicate.deliver(i % 2).getBatchItemFailures()).isEmpty();
    }
    cases += 4;
    Effects control = effects(CONTROL);
    Effects duplicate = effects(DUPLICATE);
    if (!control.equals(duplicate)) {
      failures++;
    }
    return new Effects[] {control, duplicate};
  }

  private Orders.Builder order(String orderId, PhoneNumber mobile) {
    return Orders.defaultOrder()
        .orderId(orderId)
        .phones(
            new GuestPhone(mobile, PhoneType.MOBILE, true),
            new GuestPhone(
                PhoneNumber.parse(orderId.equals(CONTROL) ? "204-555-0111" : "204-555-0112"),
                PhoneType.HOME,
                false));
  }

  private void ingest(Orders.Builder order) {
    instances
        .getFirst()
        .ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-seed-" + order.details().orderId(),
                new ErpSnapshot(order.details(), 1, clock.instant(), null)));
  }

  private static String confirmation(String eventId, String orderId) {
    return """
        {"eventId":"%s","occurredAt":"2026-11-30T15:00:00Z","orderId":"%s",
         "appointmentDate":"2026-12-01","result":"CONFIRMED","phone":"+12045550142","channel":"VOICE"}"""
        .formatted(eventId, orderId);
  }

  private static String reply(String messageId, PhoneNumber from, String text) {
    String payload =
        """
        {"originationNumber":"%s","destinationNumber":"+12045550100","messageKeyword":"KEYWORD_123456789012","messageBody":"%s","inboundMessageId":"%s","previousPublishedMessageId":"p-1"}"""
            .formatted(from.value(), text, messageId);
    return """
        {"Type":"Notification","MessageId":"sns-%s","TopicArn":"arn:aws:sns:ca-central-1:123456789012:oom-sms-inbound","Message":%s,"Timestamp":"2026-11-30T16:00:00.000Z","SignatureVersion":"1"}"""
        .formatted(messageId, ApiJson.write(payload));
  }

  private Delivery feed(String body) {
    List<OrderFeedHandler> handlers = instances.stream().map(OrderFeedWiring::over).toList();
    return i ->
        handlers
            .get(i)
            .handleRequest(SqsEvents.of(OomQueues.ORDER_FEED, body), new FakeContext("order-feed"));
  }

  private Delivery confirmations(String body) {
    List<ConfirmationFeedHandler> handlers =
        instances.stream().map(ConfirmationFeedWiring::over).toList();
    return i ->
        handlers
            .get(i)
            .handleRequest(
                SqsEvents.of(OomQueues.CONFIRMATIONS, body), new FakeContext("confirmations"));
  }

  private Delivery sender(String body) {
    List<SmsSenderHandler> handlers = instances.stream().map(SmsSenderWiring::over).toList();
    return i ->
        handlers
            .get(i)
            .handleRequest(
                SqsEvents.of(OomQueues.SMS_REQUESTS, body), new FakeContext("sms-sender"));
  }

  private Delivery inbound(String body) {
    List<SmsInboundHandler> handlers = instances.stream().map(SmsInboundWiring::over).toList();
    return i ->
        handlers
            .get(i)
            .handleRequest(
                SqsEvents.of(OomQueues.SMS_INBOUND, body), new FakeContext("sms-inbound"));
  }

  @Test
  void an_order_snapshot_delivered_four_times_creates_the_order_once() throws Exception {
    Effects[] e =
        deliver(
            feed(snapshot("e-ctrl", 1, order(CONTROL, CONTROL_MOBILE))),
            feed(snapshot("e-dup", 1, order(DUPLICATE, DUPLICATE_MOBILE))));

    assertThat(e[0].version()).isEqualTo(1);
    assertThat(e[0].smsRequests()).isEqualTo(1);
    assertThat(e[1]).isEqualTo(e[0]);
  }

  @Test
  void a_fulfilment_outcome_delivered_four_times_is_recorded_once() throws Exception {
    ingest(order(CONTROL, CONTROL_MOBILE));
    ingest(order(DUPLICATE, DUPLICATE_MOBILE));

    Effects[] e =
        deliver(
            feed(outcome("o-ctrl", CONTROL, "NOT_HOME")),
            feed(outcome("o-dup", DUPLICATE, "NOT_HOME")));

    assertThat(e[0].version()).isEqualTo(2);
    assertThat(e[1]).isEqualTo(e[0]);
  }

  @Test
  void an_outcome_that_lets_a_due_escalation_fire_hands_off_once() throws Exception {
    for (var o : List.of(order(CONTROL, CONTROL_MOBILE), order(DUPLICATE, DUPLICATE_MOBILE))) {
      ingest(o.balanceDue("300.00"));
      instances
          .getFirst()
          .setContactStatus()
          .handle(
              new SetContactStatus.Command(
                  "baldue-" + o.details().orderId(),
                  o.details().orderId(),
                  Actor.agent("agent-7"),
                  ContactStatus.BALDUE,
                  null,
                  "balance owing",
                  null));
    }
    clock.advance(Duration.ofHours(73));

    Effects[] e =
        deliver(
            feed(outcome("r-ctrl", CONTROL, "REFUSED")),
            feed(outcome("r-dup", DUPLICATE, "REFUSED")));

    assertThat(e[0].handOffs()).isEqualTo(1);
    assertThat(e[0].erpUpdates()).isPositive();
    assertThat(e[1]).isEqualTo(e[0]);
  }

  @Test
  void a_confirmation_delivered_four_times_is_recorded_once() throws Exception {
    LocalDate tuesday = LocalDate.of(2026, 12, 1);
    ingest(order(CONTROL, CONTROL_MOBILE).appointment(Orders.appointment(tuesday)));
    ingest(order(DUPLICATE, DUPLICATE_MOBILE).appointment(Orders.appointment(tuesday)));

    Effects[] e =
        deliver(
            confirmations(confirmation("j-ctrl", CONTROL)),
            confirmations(confirmation("j-dup", DUPLICATE)));

    assertThat(e[0].version()).isEqualTo(2);
    assertThat(e[1]).isEqualTo(e[0]);
  }

  @Test
  void an_sms_request_delivered_four_times_sends_one_text() throws Exception {
    ingest(order(CONTROL, CONTROL_MOBILE));
    ingest(order(DUPLICATE, DUPLICATE_MOBILE));

    Effects[] e =
        deliver(
            sender(smsRequestsFor(CONTROL).getFirst()),
            sender(smsRequestsFor(DUPLICATE).getFirst()));

    assertThat(e[0].smsSent()).isEqualTo(1);
    assertThat(e[1]).isEqualTo(e[0]);
  }

  @Test
  void a_confirming_reply_delivered_four_times_confirms_once() throws Exception {
    LocalDate tuesday = LocalDate.of(2026, 12, 1);
    ingest(order(CONTROL, CONTROL_MOBILE).appointment(Orders.appointment(tuesday)));
    ingest(order(DUPLICATE, DUPLICATE_MOBILE).appointment(Orders.appointment(tuesday)));

    Effects[] e =
        deliver(
            inbound(reply("in-ctrl", CONTROL_MOBILE, "C")),
            inbound(reply("in-dup", DUPLICATE_MOBILE, "C")));

    assertThat(e[0].version()).isEqualTo(2);
    assertThat(e[1]).isEqualTo(e[0]);
  }

  @Test
  void a_help_request_delivered_four_times_is_answered_once() throws Exception {
    ingest(order(CONTROL, CONTROL_MOBILE));
    ingest(order(DUPLICATE, DUPLICATE_MOBILE));

    Effects[] e =
        deliver(
            inbound(reply("help-ctrl", CONTROL_MOBILE, "HELP")),
            inbound(reply("help-dup", DUPLICATE_MOBILE, "HELP")));

    assertThat(e[0].smsSent()).isEqualTo(1);
    assertThat(e[1]).isEqualTo(e[0]);
  }
}
