package com.oom.handlers.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oom.aws.json.ApiJson;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.confirmations.ConfirmationFeedWiring;
import com.oom.handlers.orderfeed.OrderFeedWiring;
import com.oom.handlers.smsinbound.SmsInboundWiring;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.FeedMessages;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Poison messages, each between two good ones in one batch: only the bad one is reported failed,
 * the good ones commit, and the table is unchanged for the bad one. On moto, a message that keeps
 * failing moves to its queue's DLQ after {@code maxReceiveCount} receives.
 *
 * <p>Defects this suite found (fixed): a confirmation whose {@code appointmentDate} was a number
 * was read as an epoch day; SMS requests without {@code dedupeKey} or {@code orderId} and inbound
 * texts without {@code messageBody} were accepted instead of refused.
 */
@ExtendWith(EmulatorExtension.class)
class PoisonIT {
  private static final String EXISTING = "SO-EXIST";
  private static final String GOOD_A = "SO-GOODA";
  private static final String GOOD_B = "SO-GOODB";
  private static final Map<String, PhoneNumber> MOBILES =
      Map.of(
          EXISTING, PhoneNumber.parse("204-555-0130"),
          GOOD_A, PhoneNumber.parse("204-555-0131"),
          GOOD_B, PhoneNumber.parse("204-555-0132"));
  private static final String OVERSIZED = "x".repeat(270 * 1024);
  private static int cases;
  private static int failures;

  private final MutableClock clock = new MutableClock(Orders.MONDAY_10_AM_WINNIPEG);
  private AwsStack aws;
  private FakeSmsGateway gateway;
  private UseCaseFactory oom;
  private final Map<String, String> smsRequests = new HashMap<>();

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    gateway = new FakeSmsGateway(clock);
    oom = aws.services(gateway, OomConfig.defaults(), clock);
    for (String orderId : List.of(EXISTING, GOOD_A, GOOD_B)) {
      oom.ingestSnapshot()
          .handle(
              new IngestSnapshot.Command(
                  "seed-" + orderId,
                  new ErpSnapshot(order(orderId).details(), 1, clock.instant(), null)));
    }
    for (Message m : aws.drain(OomQueues.SMS_REQUESTS)) {
      smsRequests.put(ApiJson.read(m.body(), Map.class).get("orderId").toString(), m.body());
    }
    aws.drain(OomQueues.ERP_UPDATES);
  }

  @AfterAll
  static void report() {
    System.out.printf("RELIABILITY poison: %d cases, %d failures%n", cases, failures);
  }

  private static Orders.Builder order(String orderId) {
    return Orders.defaultOrder()
        .orderId(orderId)
        .appointment(Orders.appointment(LocalDate.of(2026, 12, 1)))
        .phones(new GuestPhone(MOBILES.get(orderId), PhoneType.MOBILE, true));
  }

  // ---- message bodies -------------------------------------------------------------------------

  static String snapshot(String eventId, long sequence, String orderId) {
    return FeedMessages.snapshot(eventId, sequence, order(orderId));
  }

  static String outcome(String eventId, String orderId) {
    return ApiJson.write(
        Map.of(
            "eventId", eventId,
            "type", "FulfilmentOutcome",
            "occurredAt", "2026-11-30T15:59:00Z",
            "sequence", 2,
            "orderId", orderId,
            "outcome", "NOT_HOME",
            "at", "2026-11-30T15:00:00Z"));
  }

  static String confirmation(String eventId, String orderId) {
    return """
        {"eventId":"%s","occurredAt":"2026-11-30T15:00:00Z","orderId":"%s",\
        "appointmentDate":"2026-12-01","result":"CONFIRMED","phone":"+12045550142","channel":"VOICE"}"""
        .formatted(eventId, orderId);
  }

  static String reply(String messageId, String orderId) {
    return replyWith(
        messageId,
        p -> {
          p.put("originationNumber", MOBILES.get(orderId).value());
          return p;
        });
  }

  static String replyWith(String messageId, UnaryOperator<ObjectNode> payloadChange) {
    ObjectNode payload = ApiJson.mapper().createObjectNode();
    payload.put("originationNumber", MOBILES.get(EXISTING).value());
    payload.put("destinationNumber", "+12045550100");
    payload.put("messageKeyword", "KEYWORD_123456789012");
    payload.put("messageBody", "C");
    payload.put("inboundMessageId", messageId);
    ObjectNode sns = ApiJson.mapper().createObjectNode();
    sns.put("Type", "Notification");
    sns.put("MessageId", "sns-" + messageId);
    sns.put("TopicArn", "arn:aws:sns:ca-central-1:123456789012:oom-sms-inbound");
    sns.put("Message", ApiJson.write(payloadChange.apply(payload)));
    sns.put("Timestamp", "2026-11-30T16:00:00.000Z");
    return ApiJson.write(sns);
  }

  /** {@code body} with the value at a JSON pointer replaced ({@code null} value: removed). */
  static String with(String body, String pointer, Object value) {
    try {
      JsonNode root = ApiJson.mapper().readTree(body);
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = root.at(pointer.substring(0, slash));
      String field = pointer.substring(slash + 1);
      if (parent instanceof ObjectNode object) {
        if (value == null) {
          object.remove(field);
        } else {
          object.set(field, ApiJson.mapper().valueToTree(value));
        }
      } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
        array.set(Integer.parseInt(field), ApiJson.mapper().valueToTree(value));
      } else {
        throw new IllegalArgumentException("no parent at " + pointer);
      }
      return ApiJson.write(root);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the cases --------------------------------------------------------------------------------

  static Stream<Arguments> poison() {
    String snap = snapshot("bad", 2, EXISTING);
    String out = outcome("bad", EXISTING);
    String conf = confirmation("bad", EXISTING);
    return Stream.of(
        // oom-order-feed
        feed("malformed JSON", out.substring(0, out.length() - 5)),
        feed("not an object", "[1,2,3]"),
        feed("empty body", ""),
        feed("wrong type: at is a boolean", with(out, "/at", true)),
        feed("wrong type: sequence is text", with(snap, "/sequence", "two")),
        feed("wrong type: lines is text", with(snap, "/order/lines", "many")),
        feed("wrong type: quantity is text", with(snap, "/order/lines/0/quantity", "one")),
        feed("unknown enum: outcome", with(out, "/outcome", "EXPLODED")),
        feed("unknown enum: order status", with(snap, "/order/status", "LOST")),
        feed("unknown enum: order type", with(snap, "/order/orderType", "LEASE")),
        feed("unknown enum: phone type", with(snap, "/order/guest/phones/0/type", "PAGER")),
        feed("unknown message type", with(out, "/type", "OrderDeleted")),
        feed("missing: outcome orderId", with(out, "/orderId", null)),
        feed("missing: snapshot storeId", with(snap, "/order/storeId", null)),
        feed("missing: snapshot order", with(snap, "/order", null)),
        feed("missing: snapshot timeZone", with(snap, "/order/timeZone", null)),
        feed("missing: eventId", with(out, "/eventId", null)),
        feed("invalid: time zone", with(snap, "/order/timeZone", "Mars/Olympus")),
        feed("invalid: phone number", with(snap, "/order/guest/phones/0/number", "not-a-phone")),
        feed("invalid: negative sequence", with(snap, "/sequence", -1)),
        feed("oversized snapshot", with(snap, "/order/lines/0/description", OVERSIZED)),
        feed("unknown order id", outcome("bad", "SO-NOBODY")),
        // oom-confirmations
        confirm("malformed JSON", conf.substring(1)),
        confirm("wrong type: appointmentDate", with(conf, "/appointmentDate", 20261201)),
        confirm("invalid: appointmentDate", with(conf, "/appointmentDate", "tomorrow")),
        confirm("unknown enum: result", with(conf, "/result", "MAYBE")),
        confirm("unknown enum: channel", with(conf, "/channel", "PIGEON")),
        confirm("missing: orderId", with(conf, "/orderId", null)),
        confirm("missing: result", with(conf, "/result", null)),
        confirm("oversized", with(conf, "/padding", OVERSIZED)),
        confirm("unknown order id", confirmation("bad", "SO-NOBODY")),
        // oom-sms-requests
        sms("malformed JSON", r -> "{\"requestId\":"),
        sms("unknown enum: touch point", r -> with(r, "/touchPoint", "PIGEON")),
        sms("wrong type: to", r -> with(r, "/to", 2045550130L)),
        sms("invalid: to", r -> with(r, "/to", "not-a-phone")),
        sms("missing: dedupeKey", r -> with(r, "/dedupeKey", null)),
        sms("missing: orderId", r -> with(r, "/orderId", null)),
        sms("oversized", r -> with(r, "/padding", OVERSIZED)),
        // oom-sms-inbound
        inbound("malformed JSON", "{\"Type\":\"Notification\",\"Message\":"),
        inbound("payload not JSON", with(reply("bad", EXISTING), "/Message", "{C")),
        inbound(
            "wrong type: originationNumber",
            replyWith("bad", p -> p.put("originationNumber", 2045550130L))),
        inbound(
            "invalid: originationNumber",
            replyWith("bad", p -> p.put("originationNumber", "not-a-number"))),
        inbound(
            "missing: originationNumber", replyWith("bad", p -> p.without("originationNumber"))),
        inbound("missing: messageBody", replyWith("bad", p -> p.without("messageBody"))),
        inbound("oversized", replyWith("bad", p -> p.put("messageBody", OVERSIZED))));
  }

  private static Arguments feed(String name, String bad) {
    return Arguments.of(OomQueues.ORDER_FEED, name, (UnaryOperator<String>) r -> bad);
  }

  private static Arguments confirm(String name, String bad) {
    return Arguments.of(OomQueues.CONFIRMATIONS, name, (UnaryOperator<String>) r -> bad);
  }

  /** {@code bad} derives the poison from the SMS request queued for the existing order. */
  private static Arguments sms(String name, UnaryOperator<String> bad) {
    return Arguments.of(OomQueues.SMS_REQUESTS, name, bad);
  }

  private static Arguments inbound(String name, String bad) {
    return Arguments.of(OomQueues.SMS_INBOUND, name, (UnaryOperator<String>) r -> bad);
  }

  private String good(String queue, String orderId) {
    return switch (queue) {
      case OomQueues.ORDER_FEED -> outcome("good-" + orderId, orderId);
      case OomQueues.CONFIRMATIONS -> confirmation("good-" + orderId, orderId);
      case OomQueues.SMS_REQUESTS -> smsRequests.get(orderId);
      case OomQueues.SMS_INBOUND -> reply("good-" + orderId, orderId);
      default -> throw new IllegalArgumentException(queue);
    };
  }

  private SQSBatchResponse deliver(String queue, SQSEvent event) {
    return switch (queue) {
      case OomQueues.ORDER_FEED ->
          OrderFeedWiring.over(oom).handleRequest(event, new FakeContext("order-feed"));
      case OomQueues.CONFIRMATIONS ->
          ConfirmationFeedWiring.over(oom).handleRequest(event, new FakeContext("confirmations"));
      case OomQueues.SMS_REQUESTS ->
          SmsSenderWiring.over(oom).handleRequest(event, new FakeContext("sms-sender"));
      case OomQueues.SMS_INBOUND ->
          SmsInboundWiring.over(oom).handleRequest(event, new FakeContext("sms-inbound"));
      default -> throw new IllegalArgumentException(queue);
    };
  }

  // ---- the table, item by item ----------------------------------------------------------------

  private Map<String, Map<String, AttributeValue>> table() {
    Map<String, Map<String, AttributeValue>> items = new HashMap<>();
    aws.dynamo
        .scanPaginator(b -> b.tableName(AwsStack.TABLE))
        .items()
        .forEach(i -> items.put(i.get("PK").s() + "|" + i.get("SK").s(), i));
    return items;
  }

  /** Items added, changed or removed between two scans, as their text. */
  private static List<String> changed(
      Map<String, Map<String, AttributeValue>> before,
      Map<String, Map<String, AttributeValue>> after) {
    Set<String> keys = new HashSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<String> changes = new ArrayList<>();
    for (String key : keys) {
      if (!java.util.Objects.equals(before.get(key), after.get(key))) {
        changes.add(key + " " + before.get(key) + " -> " + after.get(key));
      }
    }
    return changes;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("poison")
  void a_poison_message_fails_alone_and_writes_nothing(
      String queue, String name, UnaryOperator<String> poison) {
    String bad = poison.apply(smsRequests.get(EXISTING));
    var before = table();
    long versionBefore = aws.dynamoAdapters.orders().find(EXISTING).orElseThrow().version();
    cases++;
    boolean ok = false;
    try {
      SQSBatchResponse response =
          deliver(queue, SqsEvents.of(queue, good(queue, GOOD_A), bad, good(queue, GOOD_B)));

      assertThat(response.getBatchItemFailures())
          .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
          .as("only the poison message is reported failed")
          .containsExactly("m-1");
      if (queue.equals(OomQueues.SMS_REQUESTS)) {
        assertThat(gateway.sent)
            .extracting(FakeSmsGateway.Text::orderId)
            .containsExactlyInAnyOrder(GOOD_A, GOOD_B);
      } else {
        assertThat(aws.dynamoAdapters.orders().find(GOOD_A).orElseThrow().version()).isEqualTo(2);
        assertThat(aws.dynamoAdapters.orders().find(GOOD_B).orElseThrow().version()).isEqualTo(2);
      }
      assertThat(aws.dynamoAdapters.orders().find(EXISTING).orElseThrow().version())
          .isEqualTo(versionBefore);
      // A list's counter names no order: it moves only in a transaction that also writes an
      // order's state, which is checked here through the orders' items and versions.
      assertThat(changed(before, table()).stream().filter(c -> !c.startsWith("WLCOUNT#")))
          .as("every item written belongs to a good message")
          .allSatisfy(
              change ->
                  assertThat(change)
                      .containsAnyOf(
                          GOOD_A,
                          GOOD_B,
                          MOBILES.get(GOOD_A).value(),
                          MOBILES.get(GOOD_B).value()));
      assertThat(aws.dynamoAdapters.orders().find("SO-NOBODY")).isEmpty();
      ok = true;
    } finally {
      if (!ok) {
        failures++;
      }
    }
  }

  // ---- the DLQ, with an emulated event source ---------------------------------------------------

  /** One poll of an event source mapping: receive, invoke, delete what succeeded. */
  private int poll(String queue) {
    String url = aws.queueUrls.get(queue);
    List<Message> received =
        aws.sqs
            .receiveMessage(
                b ->
                    b.queueUrl(url)
                        .maxNumberOfMessages(10)
                        .visibilityTimeout(0)
                        .waitTimeSeconds(0)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
            .messages();
    if (received.isEmpty()) {
      return 0;
    }
    List<SQSEvent.SQSMessage> records = new ArrayList<>();
    for (Message m : received) {
      SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
      record.setMessageId(m.messageId());
      record.setReceiptHandle(m.receiptHandle());
      record.setBody(m.body());
      record.setEventSource("aws:sqs");
      record.setEventSourceArn("arn:aws:sqs:ca-central-1:123456789012:" + queue);
      records.add(record);
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(records);
    Set<String> failed = new HashSet<>();
    deliver(queue, event).getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
    for (Message m : received) {
      if (!failed.contains(m.messageId())) {
        aws.sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
      }
    }
    return received.size();
  }

  @Test
  void a_message_that_keeps_failing_moves_to_the_dlq_after_max_receive_count() {
    String url = aws.queueUrls.get(OomQueues.ORDER_FEED);
    String poison = outcome("poison", "SO-NOBODY");
    for (String body : List.of(outcome("good-a", GOOD_A), poison, outcome("good-b", GOOD_B))) {
      aws.sqs.sendMessage(b -> b.queueUrl(url).messageBody(body));
    }
    var before = table();

    int polls = 0;
    while (poll(OomQueues.ORDER_FEED) > 0) {
      polls++;
      assertThat(polls).as("the poison message leaves the queue").isLessThan(20);
    }
    cases++;

    List<Message> dead = aws.drain(OomQueues.ORDER_FEED + "-dlq");
    assertThat(dead).extracting(Message::body).containsExactly(poison);
    assertThat(polls).isGreaterThanOrEqualTo(OomQueues.MAX_RECEIVE_COUNT);
    assertThat(aws.dynamoAdapters.orders().find(GOOD_A).orElseThrow().version()).isEqualTo(2);
    assertThat(aws.dynamoAdapters.orders().find(GOOD_B).orElseThrow().version()).isEqualTo(2);
    assertThat(aws.dynamoAdapters.orders().find("SO-NOBODY")).isEmpty();
    assertThat(changed(before, table()).stream().filter(c -> !c.startsWith("WLCOUNT#")))
        .allSatisfy(change -> assertThat(change).containsAnyOf(GOOD_A, GOOD_B));
  }
}
