package com.oom.handlers.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.dynamo.DynamoAdapters;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.sqs.SqsQueueSender;
import com.oom.aws.testing.AwsStack;
import com.oom.aws.wire.MessageJson;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.port.SmsGateway;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.AgentApiHandler;
import com.oom.handlers.api.AgentApiWiring;
import com.oom.handlers.api.ApiTestbed;
import com.oom.handlers.confirmations.ConfirmationFeedWiring;
import com.oom.handlers.orderfeed.OrderFeedWiring;
import com.oom.handlers.schedule.DailyPlanWiring;
import com.oom.handlers.schedule.TimerSweepWiring;
import com.oom.handlers.smsinbound.SmsInboundHandler;
import com.oom.handlers.smsinbound.SmsInboundWiring;
import com.oom.handlers.smssender.SmsSenderHandler;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.FeedMessages;
import com.oom.handlers.testing.HttpEvents;
import com.oom.handlers.testing.ScheduledJobs;
import com.oom.handlers.testing.SqsEvents;
import com.oom.handlers.webhook.JennyWebhookHandler;
import com.oom.tooling.emulator.EmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every log line the handlers write while running their scenarios — good messages, poison, replies,
 * refusals, failures — captured by a tee on {@code System.out} / {@code System.err}, where the
 * functions' JSON logger writes each line (stack traces included). No line may hold a guest's phone
 * number in any format, an SMS body, or the words of a guest's text.
 */
@ExtendWith(EmulatorExtension.class)
class PrivacyIT {
  private static final String SECRET = "whsec_jenny_test_secret_0123456789";
  private static final PhoneNumber MOBILE = Orders.MOBILE; // +12045550142
  private static final PhoneNumber HOME = Orders.HOME; // +12045550199
  private static final PhoneNumber WORK = Orders.WORK; // +12045550177
  private static final String GUEST_WORDS = "the sofa legs arrived scratched";

  /** A guest's free text kept on the order: shown to agents, never logged. */
  static final String INBOUND_SENTENCE = "Leave the ottoman with Mrs Kowalczyk at number 12";

  /** An agent's text to the guest: kept on the order, sent, never logged. */
  static final String AGENT_WORDS = "Mrs Kowalczyk may sign for the ottoman on Thursday";

  private static final List<String> LINES = new CopyOnWriteArrayList<>();
  private static PrintStream originalOut;
  private static PrintStream originalErr;
  private static int linesChecked;
  private static int scenarios;
  private static int leaks;

  private final MutableClock clock = new MutableClock(Orders.MONDAY_10_AM_WINNIPEG);
  private AwsStack aws;
  private FakeSmsGateway gateway;
  private UseCaseFactory oom;

  /** Writes through to the original stream and keeps every line. */
  private static PrintStream tee(PrintStream original) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    return new PrintStream(
        new OutputStream() {
          @Override
          public synchronized void write(int b) {
            original.write(b);
            if (b == '\n') {
              LINES.add(buffer.toString(StandardCharsets.UTF_8));
              buffer.reset();
            } else {
              buffer.write(b);
            }
          }
        },
        true,
        StandardCharsets.UTF_8);
  }

  @BeforeAll
  static void captureLogs() {
    assertThat(org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName())
        .as("the functions' JSON logger is the SLF4J backend on the test class path")
        .isEqualTo("com.oom.handlers.logging.JsonLoggers");
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(tee(originalOut));
    System.setErr(tee(originalErr));
  }

  @AfterAll
  static void release() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.out.printf(
        "RELIABILITY privacy: %d cases (%d log lines from %d scenarios), %d failures%n",
        linesChecked, linesChecked, scenarios, leaks);
  }

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    gateway = new FakeSmsGateway(clock);
    oom = aws.services(gateway, OomConfig.defaults(), clock);
    LINES.clear();
  }

  @AfterEach
  void noPersonalDataInAnyLine() {
    List<String> forbidden = new ArrayList<>();
    for (PhoneNumber phone : List.of(MOBILE, HOME, WORK)) {
      forbidden.addAll(formats(phone));
    }
    forbidden.add(GUEST_WORDS);
    forbidden.add(INBOUND_SENTENCE);
    forbidden.add(AGENT_WORDS);
    forbidden.add("Kowalczyk");
    for (FakeSmsGateway.Text text : gateway.sent) {
      forbidden.add(text.body());
      forbidden.addAll(fragments(text.body()));
    }
    List<String> lines = List.copyOf(LINES);
    scenarios++;
    linesChecked += lines.size();
    List<String> leaking =
        lines.stream().filter(l -> forbidden.stream().anyMatch(l::contains)).toList();
    leaks += leaking.size();
    assertThat(lines).as("the scenario logged something").isNotEmpty();
    assertThat(leaking).as("log lines holding a phone number or SMS text").isEmpty();
  }

  /** The number as people and systems write it. */
  static List<String> formats(PhoneNumber phone) {
    String n = phone.value().substring(2); // 2045550142
    String area = n.substring(0, 3);
    String exchange = n.substring(3, 6);
    String line = n.substring(6);
    return List.of(
        phone.value(),
        n,
        "1" + n,
        area + "-" + exchange + "-" + line,
        "(" + area + ") " + exchange + "-" + line,
        "(" + area + ")" + exchange + "-" + line,
        area + "." + exchange + "." + line,
        area + " " + exchange + " " + line,
        "+1 " + area + " " + exchange + " " + line,
        "+1-" + area + "-" + exchange + "-" + line,
        exchange + "-" + line,
        exchange + line);
  }

  /** Every 24-character stretch of an SMS body: a log line quoting part of the text is a leak. */
  static List<String> fragments(String body) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i + 24 <= body.length(); i += 6) {
      parts.add(body.substring(i, i + 24));
    }
    return parts;
  }

  private static Orders.Builder order(String orderId) {
    return Orders.defaultOrder()
        .orderId(orderId)
        .appointment(Orders.appointment(LocalDate.of(2026, 12, 1)))
        .phones(
            new GuestPhone(MOBILE, PhoneType.MOBILE, true),
            new GuestPhone(HOME, PhoneType.HOME, false),
            new GuestPhone(WORK, PhoneType.WORK, false));
  }

  private static String snapshot(String eventId, Orders.Builder order) {
    return FeedMessages.snapshot(eventId, 1, order);
  }

  private static String reply(String messageId, String from, String text) {
    String payload =
        MessageJson.write(
            Map.of(
                "originationNumber", from,
                "destinationNumber", "+12045550100",
                "messageKeyword", "KEYWORD_123456789012",
                "messageBody", text,
                "inboundMessageId", messageId));
    return MessageJson.write(
        Map.of(
            "Type",
            "Notification",
            "MessageId",
            "sns-" + messageId,
            "TopicArn",
            "arn:aws:sns:ca-central-1:123456789012:oom-sms-inbound",
            "Message",
            payload));
  }

  /** {@code v1=<hex HMAC-SHA256 of "timestamp.body">}, as Jenny signs. */
  private static String sign(String timestamp, String body) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(
              SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1=" + java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private void ingest(Orders.Builder order) {
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "seed-" + order.details().orderId(),
                new ErpSnapshot(order.details(), 1, clock.instant(), null)));
  }

  @Test
  void the_detector_flags_every_way_of_writing_a_number() {
    List<String> formats = formats(MOBILE);
    for (String line :
        List.of(
            "to +12045550142",
            "call (204) 555-0142 now",
            "call 204-555-0142 now",
            "digits 2045550142",
            "dotted 204.555.0142")) {
      assertThat(formats).as(line).anyMatch(line::contains);
    }
    assertThat(formats).noneMatch("reply from +1******42"::contains);
    org.slf4j.LoggerFactory.getLogger("com.oom.privacy").info("detector checked");
  }

  @Test
  void the_order_feed_logs_no_phone_numbers_for_good_or_poison_snapshots() {
    String good = snapshot("e-1", order("SO-1001"));
    String badPhone = good.replace("\"+12045550177\"", "\"(204) 555-0177\"");
    String badPhone2 = good.replace("\"+12045550199\"", "\"204-555-0199x\"");
    String badType = good.replace("\"+12045550142\"", "2045550142");
    String unknown =
        MessageJson.write(
            Map.of(
                "eventId", "e-9",
                "type", "FulfilmentOutcome",
                "occurredAt", "2026-11-30T15:59:00Z",
                "sequence", 2,
                "orderId", "SO-NOBODY",
                "outcome", "NOT_HOME",
                "at", "2026-11-30T15:00:00Z"));

    OrderFeedWiring.over(oom)
        .handleRequest(
            SqsEvents.of(OomQueues.ORDER_FEED, good, badPhone, badPhone2, badType, unknown),
            new FakeContext("order-feed"));
  }

  @Test
  void texts_sent_deferred_failed_and_blocked_log_no_number_and_no_body() {
    ingest(order("SO-1001"));
    ingest(order("SO-1002").orderId("SO-1002"));
    List<String> requests =
        aws.drain(OomQueues.SMS_REQUESTS).stream()
            .map(software.amazon.awssdk.services.sqs.model.Message::body)
            .toList();
    SmsSenderHandler sender = SmsSenderWiring.over(oom);

    sender.handleRequest(
        SqsEvents.of(OomQueues.SMS_REQUESTS, requests.getFirst()), new FakeContext("sms-sender"));
    gateway.answer(() -> new SmsGateway.SendResult.Retryable("throttled sending to +12045550142"));
    sender.handleRequest(
        SqsEvents.of(OomQueues.SMS_REQUESTS, requests.get(1)), new FakeContext("sms-sender"));
    gateway.answer(() -> new SmsGateway.SendResult.Sent("msg-2"));
    clock.set(Orders.winnipeg("2026-11-30T22:30"));
    sender.handleRequest(
        SqsEvents.of(OomQueues.SMS_REQUESTS, requests.toArray(String[]::new)),
        new FakeContext("sms-sender"));
    clock.set(Orders.winnipeg("2026-12-01T09:00"));
    TimerSweepWiring.over(oom, clock).sweep("sweep-1");

    assertThat(gateway.sent).isNotEmpty();
  }

  @Test
  void guest_replies_log_neither_the_number_nor_the_words() {
    ingest(order("SO-1001"));
    SmsInboundHandler inbound = SmsInboundWiring.over(oom);

    inbound.handleRequest(
        SqsEvents.of(
            OomQueues.SMS_INBOUND,
            reply("in-1", MOBILE.value(), "HELP"),
            reply("in-2", MOBILE.value(), "C"),
            reply("in-3", MOBILE.value(), GUEST_WORDS),
            reply("in-4", MOBILE.value(), "R"),
            reply("in-5", "(204) 555-0199", "STOP"),
            reply("in-6", "2045550177", GUEST_WORDS),
            reply("in-7", MOBILE.value(), "STOP"),
            "{\"Type\":\"Notification\",\"Message\":\"" + GUEST_WORDS + " 204-555-0142\"}"),
        new FakeContext("sms-inbound"));

    assertThat(gateway.sent).isNotEmpty();
  }

  @Test
  void confirmations_and_the_webhook_log_no_phone_numbers() {
    ingest(order("SO-1001"));
    String confirmation =
        """
        {"eventId":"j-1","occurredAt":"2026-11-30T15:59:30Z","orderId":"SO-1001",\
        "appointmentDate":"2026-12-01","result":"WRONG_NUMBER","phone":"+12045550199","channel":"VOICE"}""";
    JennyWebhookHandler webhook =
        new JennyWebhookHandler(
            SECRET,
            DynamoAdapters.replayGuard(aws.dynamo, AwsStack.TABLE),
            SqsQueueSender.resolve(aws.sqs, OomQueues.CONFIRMATIONS),
            clock);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    String signature = sign(timestamp, confirmation);

    webhook.handleRequest(
        HttpEvents.route("POST /webhooks/jenny")
            .header("x-jenny-timestamp", timestamp)
            .header("x-jenny-signature", signature)
            .body(confirmation)
            .build(),
        new FakeContext("jenny-webhook"));
    webhook.handleRequest(
        HttpEvents.route("POST /webhooks/jenny")
            .header("x-jenny-timestamp", timestamp)
            .header("x-jenny-signature", "v1=deadbeef")
            .body(confirmation.replace("+12045550199", "(204) 555-0142"))
            .build(),
        new FakeContext("jenny-webhook"));
    List<String> queued =
        aws.drain(OomQueues.CONFIRMATIONS).stream()
            .map(software.amazon.awssdk.services.sqs.model.Message::body)
            .toList();
    ConfirmationFeedWiring.over(oom)
        .handleRequest(
            SqsEvents.of(
                OomQueues.CONFIRMATIONS,
                queued.getFirst(),
                confirmation.replace("+12045550199", "204.555.0142").replace("j-1", "j-2"),
                confirmation.replace("SO-1001", "SO-NOBODY").replace("j-1", "j-3")),
            new FakeContext("confirmations"));
  }

  @Test
  void the_agent_api_logs_no_phone_numbers_in_requests_answers_or_refusals() {
    ingest(order("SO-1001"));
    AgentApiHandler api = AgentApiWiring.over(oom, ApiTestbed.CURSOR_KEY);
    FakeContext context = new FakeContext("agent-api");

    api.handleRequest(
        HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001")
            .as("ana", "oom-agent")
            .build(),
        context);
    for (String phone : List.of("+12045550142", "(204) 555-0199", "204-555-0177x", "2045550142")) {
      api.handleRequest(
          HttpEvents.route("POST /orders/{orderId}/contact-attempts", "orderId", "SO-1001")
              .as("ana", "oom-agent")
              .body(
                  "{\"phone\":\""
                      + phone
                      + "\",\"channel\":\"PHONE\",\"outcome\":\"NO_ANSWER\",\"comment\":\"tried\"}")
              .build(),
          context);
    }
    api.handleRequest(
        HttpEvents.route("POST /orders/{orderId}/contact-attempts", "orderId", "SO-1001")
            .as("ana", "oom-agent")
            .body("{\"phone\":2045550142,\"channel\":\"PHONE\",\"outcome\":\"NO_ANSWER\"}")
            .build(),
        context);
    api.handleRequest(
        HttpEvents.route("GET /worklists/{kind}", "kind", "scheduling")
            .as("ana", "oom-agent")
            .build(),
        context);
  }

  @Test
  void lookups_by_phone_and_chat_results_log_no_phone_numbers() {
    ingest(order("SO-1001"));
    AgentApiHandler api = AgentApiWiring.over(oom, ApiTestbed.CURSOR_KEY);
    FakeContext context = new FakeContext("agent-api");
    for (String phone :
        List.of("+12045550142", " 12045550142", "(204) 555-0199", "204.555.0177", "204-555-01x")) {
      var found =
          api.handleRequest(
              HttpEvents.route("GET /orders").as("ana", "oom-agent").query("phone", phone).build(),
              context);
      assertThat(found.getStatusCode()).isIn(200, 400);
    }
    String chat =
        """
        {"eventId":"j-chat-1","occurredAt":"2026-11-30T15:59:30Z","orderId":"SO-1001",\
        "appointmentDate":"2026-12-01","result":"NO_RESPONSE","phone":"+12045550199",\
        "channel":"CHAT","transcriptRef":"https://chat.package.ai/t/c-1"}""";
    ConfirmationFeedWiring.over(oom)
        .handleRequest(
            SqsEvents.of(
                OomQueues.CONFIRMATIONS,
                chat,
                chat.replace("+12045550199", "(416) 555-0100").replace("j-chat-1", "j-chat-2"),
                chat.replace("+12045550199", "204-555-01").replace("j-chat-1", "j-chat-3")),
            new FakeContext("confirmations"));
    assertThat(oom.viewOrder().handle("SO-1001").order().attempts())
        .extracting(a -> a.channel().name())
        .containsExactly("CHAT");
  }

  @Test
  void confirmation_calls_and_the_stored_audit_log_no_phone_numbers() throws Exception {
    ingest(order("SO-1001"));
    AgentApiHandler api = AgentApiWiring.over(oom, ApiTestbed.CURSOR_KEY);
    FakeContext context = new FakeContext("agent-api");
    for (String phone : List.of("+12045550142", "(204) 555-0177", "204-555-0199x")) {
      api.handleRequest(
          HttpEvents.route("POST /orders/{orderId}/confirmations", "orderId", "SO-1001")
              .as("ana", "oom-agent")
              .body(
                  "{\"phone\":\""
                      + phone
                      + "\",\"result\":\"WRONG_NUMBER\",\"comment\":\"someone else\"}")
              .build(),
          context);
    }
    clock.set(java.time.Instant.parse("2026-12-01T02:55:00Z")); // Monday 20:55: HOME is a miss
    ScheduledJobs.invoke(
        DailyPlanWiring.over(oom), "daily-plan", ScheduledJobs.dailyPlan("END_OF_DAY", "101"));
    var audit =
        api.handleRequest(
            HttpEvents.route("GET /reports/confirmation-audit")
                .as("ana", "oom-agent")
                .query("storeId", "101")
                .build(),
            context);
    assertThat(audit.getBody()).contains("+12045550199"); // answered in full, never logged
  }

  @Test
  void the_sweep_and_the_daily_plan_log_no_phone_numbers() throws Exception {
    ingest(order("SO-1001"));
    ScheduledJobs.invoke(
        DailyPlanWiring.over(oom), "daily-plan", ScheduledJobs.dailyPlan("START_OF_DAY", "101"));
    clock.advance(Duration.ofHours(30));
    ScheduledJobs.invoke(
        DailyPlanWiring.over(oom), "daily-plan", ScheduledJobs.dailyPlan("END_OF_DAY", "101"));
    ScheduledJobs.invoke(
        TimerSweepWiring.over(oom, clock),
        "timer-sweep",
        "{\"job\":\"timer-sweep\",\"executionId\":\"ex-9\"}");
  }

  @Test
  void a_guests_words_and_an_agents_text_are_never_logged_inbound_viewed_listed_or_sent()
      throws Exception {
    ingest(order("SO-1001"));
    aws.drain(OomQueues.SMS_REQUESTS);
    SmsInboundHandler inbound = SmsInboundWiring.over(oom);
    AgentApiHandler api = AgentApiWiring.over(oom, ApiTestbed.CURSOR_KEY);
    SmsSenderHandler sender = SmsSenderWiring.over(oom);
    FakeContext context = new FakeContext("agent-api");
    String message = reply("in-1", MOBILE.value(), INBOUND_SENTENCE);

    inbound.handleRequest(
        SqsEvents.of(OomQueues.SMS_INBOUND, message, message), new FakeContext("sms-inbound"));
    var view =
        api.handleRequest(
            HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001")
                .as("ana", "oom-agent")
                .build(),
            context);
    var followUp =
        api.handleRequest(
            HttpEvents.route("GET /worklists/{kind}", "kind", "follow-up")
                .as("ana", "oom-agent")
                .build(),
            context);
    String text = "{\"body\":\"" + AGENT_WORDS + "\",\"comment\":\"answering the guest\"}";
    api.handleRequest(
        HttpEvents.route("POST /orders/{orderId}/texts", "orderId", "SO-1001")
            .as("ana", "oom-agent")
            .header("Idempotency-Key", "t-1")
            .body(text)
            .build(),
        context);
    api.handleRequest( // refused: the home phone is not a mobile
        HttpEvents.route("POST /orders/{orderId}/texts", "orderId", "SO-1001")
            .as("ana", "oom-agent")
            .body(text.replace("}", ",\"to\":\"(204) 555-0199\"}"))
            .build(),
        context);
    api.handleRequest( // too long: a 400 naming body, the words not echoed
        HttpEvents.route("POST /orders/{orderId}/texts", "orderId", "SO-1001")
            .as("ana", "oom-agent")
            .body(text.replace(AGENT_WORDS, AGENT_WORDS.repeat(20)))
            .build(),
        context);
    clock.set(Orders.winnipeg("2026-11-30T22:30")); // a second text, deferred to the morning
    api.handleRequest(
        HttpEvents.route("POST /orders/{orderId}/texts", "orderId", "SO-1001")
            .as("ana", "oom-agent")
            .header("Idempotency-Key", "t-2")
            .body(text)
            .build(),
        context);
    sender.handleRequest(
        SqsEvents.of(
            OomQueues.SMS_REQUESTS,
            aws.drain(OomQueues.SMS_REQUESTS).stream()
                .map(software.amazon.awssdk.services.sqs.model.Message::body)
                .toArray(String[]::new)),
        new FakeContext("sms-sender"));
    clock.set(Orders.winnipeg("2026-12-01T09:00"));
    TimerSweepWiring.over(oom, clock).sweep("sweep-1");
    api.handleRequest(
        HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001")
            .as("ana", "oom-agent")
            .build(),
        context);

    assertThat(view.getBody()).contains(INBOUND_SENTENCE); // answered in full, never logged
    assertThat(followUp.getBody()).contains(INBOUND_SENTENCE);
    assertThat(gateway.sent)
        .extracting(FakeSmsGateway.Text::body)
        .filteredOn(b -> b.startsWith(AGENT_WORDS))
        .hasSize(2);
    assertThat(LINES).anyMatch(l -> l.contains("TEXTS"));
  }
}
