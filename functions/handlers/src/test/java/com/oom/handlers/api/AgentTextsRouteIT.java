package com.oom.handlers.api;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.oom.handlers.api.ApiTestbed.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.oom.aws.client.AwsClients;
import com.oom.aws.client.AwsSettings;
import com.oom.aws.sms.SmsAdapters;
import com.oom.aws.sms.SmsSettings;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.wire.MessageJson;
import com.oom.core.audit.AuditEntry;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.PhoneType;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed.Reply;
import com.oom.handlers.schedule.TimerSweepHandler;
import com.oom.handlers.schedule.TimerSweepWiring;
import com.oom.handlers.smsinbound.SmsInboundHandler;
import com.oom.handlers.smsinbound.SmsInboundWiring;
import com.oom.handlers.smssender.SmsSenderHandler;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.HttpEvents;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import com.oom.tooling.stubs.SmsApiStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * {@code POST /orders/{orderId}/texts} and the guest's words, on moto with End User Messaging on
 * WireMock: an agent's text goes out word for word (with the opt-out line), a text the policy
 * forbids is refused naming the reason, one in quiet hours is deferred and sent by the sweep; a
 * guest's free text is kept once however often SNS delivers it and shows in the order view and on
 * the follow-up item. Today is Monday 2026-11-30, 10:00 in Winnipeg.
 */
@ExtendWith(EmulatorExtension.class)
class AgentTextsRouteIT {
  @RegisterExtension
  static final WireMockExtension SMS =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String ROUTE = "POST /orders/{orderId}/texts";
  private static final String WORDS = "Hi Marie, the driver can come after 3 pm on Tuesday.";
  private static final String GUEST_WORDS = "Can the driver come after 3? I work until 2:30";

  private ApiTestbed api;
  private SmsSenderHandler sender;
  private SmsInboundHandler inbound;

  @BeforeEach
  void wire() {
    SMS.resetAll();
    SmsApiStub.acceptEveryText(SMS);
    URI endpoint = URI.create(SMS.baseUrl());
    api =
        new ApiTestbed(
            SmsAdapters.endUserMessaging(
                new AwsClients(AwsSettings.emulator(endpoint), List.of()),
                new SmsSettings(
                    "pool-oom",
                    "oom-transactional",
                    SmsSettings.DEFAULT_TIME_TO_LIVE,
                    Optional.of(endpoint))));
    sender = SmsSenderWiring.over(api.oom);
    inbound = SmsInboundWiring.over(api.oom);
  }

  private void ingest(Orders.Builder order) {
    api.ingest(order);
    api.aws.drain(OomQueues.SMS_REQUESTS); // the merchandise-available text is not this test's
  }

  private Reply text(String orderId, String key, String body) {
    return api.call(
        HttpEvents.route(ROUTE, "orderId", orderId)
            .as(AGENT, "oom-agent")
            .header("Idempotency-Key", key)
            .body(body));
  }

  private Reply text(String orderId, String key) {
    return text(
        orderId,
        key,
        "{\"body\":\"" + WORDS + "\",\"comment\":\"the guest asked for the afternoon\"}");
  }

  /** A guest's text as End User Messaging publishes it to SNS and SNS delivers it to SQS. */
  private static String reply(String messageId, String text) {
    String payload =
        """
        {"originationNumber":"+12045550142","destinationNumber":"+12045550100","messageKeyword":"KEYWORD_123456789012","messageBody":"%s","inboundMessageId":"%s","previousPublishedMessageId":"p-1"}"""
            .formatted(text, messageId);
    return """
        {"Type":"Notification","MessageId":"sns-%s","TopicArn":"arn:aws:sns:ca-central-1:123456789012:oom-sms-inbound","Message":%s,"Timestamp":"2026-11-30T16:00:00.000Z","SignatureVersion":"1"}"""
        .formatted(messageId, MessageJson.write(payload));
  }

  /** Runs the SMS sender over what waits on {@code oom-sms-requests}. */
  private void sendQueued() {
    List<Message> requests = api.aws.drain(OomQueues.SMS_REQUESTS);
    if (requests.isEmpty()) {
      return;
    }
    sender.handleRequest(
        SqsEvents.of(
            OomQueues.SMS_REQUESTS, requests.stream().map(Message::body).toArray(String[]::new)),
        new FakeContext("sms-sender"));
  }

  /** The bodies End User Messaging was asked to send, in order. */
  private static List<JsonNode> sentToEndUserMessaging() {
    return SMS.findAll(postRequestedFor(urlEqualTo("/"))).stream()
        .map(
            request -> {
              try {
                return MessageJson.mapper().readTree(request.getBodyAsString());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  @Test
  void an_agents_text_goes_out_through_end_user_messaging_word_for_word() {
    ingest(Orders.defaultOrder());

    Reply reply = text("SO-1001", "k-1");

    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(202);
    assertThat(reply.json().at("/text/state").asText()).isEqualTo("QUEUED");
    assertThat(reply.json().at("/text/body").asText()).isEqualTo(WORDS);
    assertThat(reply.json().at("/text/number").asText()).isEqualTo("+12045550142");
    sendQueued();
    assertThat(sentToEndUserMessaging())
        .singleElement()
        .satisfies(
            sent -> {
              assertThat(sent.path("MessageBody").asText())
                  .isEqualTo(WORDS + " Reply STOP to opt out.");
              assertThat(sent.path("DestinationPhoneNumber").asText()).isEqualTo("+12045550142");
              assertThat(sent.at("/Context/touchPoint").asText()).isEqualTo("AGENT_TEXT");
            });
    JsonNode conversation = api.view("SO-1001").get("conversation");
    assertThat(conversation).hasSize(1);
    assertThat(conversation.get(0).get("state").asText()).isEqualTo("SENT");
    assertThat(conversation.get(0).get("comment").asText())
        .isEqualTo("the guest asked for the afternoon");
    assertThat(api.aws.dynamoAdapters.orders().auditTrail("SO-1001"))
        .filteredOn(a -> a.action().equals("AGENT_TEXT"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.comment()).contains("the guest asked for the afternoon");
              assertThat(a.comment()).doesNotContain("driver");
            });
    assertThat(api.erpUpdates().toString()).doesNotContain("driver");
  }

  @Test
  void the_same_request_twice_sends_one_text() {
    ingest(Orders.defaultOrder());

    assertThat(text("SO-1001", "k-1").status()).isEqualTo(202);
    Reply again = text("SO-1001", "k-1");
    sendQueued();

    assertThat(again.status()).isEqualTo(202);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().at("/text/body").asText()).isEqualTo(WORDS);
    assertThat(sentToEndUserMessaging()).hasSize(1);
  }

  @Test
  void a_text_to_an_opted_out_guest_is_refused_naming_the_reason_and_nothing_is_kept() {
    ingest(Orders.defaultOrder());
    inbound.handleRequest(
        SqsEvents.of(OomQueues.SMS_INBOUND, reply("in-1", "STOP")), new FakeContext("sms-inbound"));

    Reply reply = text("SO-1001", "k-1");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.problem()).isEqualTo("text-refused");
    assertThat(reply.json().get("reason").asText()).isEqualTo("OPTED_OUT");
    assertThat(reply.json().get("detail").asText()).contains("opted out");
    assertThat(api.view("SO-1001").get("conversation")).isEmpty();
    assertThat(api.aws.drain(OomQueues.SMS_REQUESTS)).isEmpty();
  }

  @Test
  void a_text_without_consent_or_on_a_cwc_order_is_refused_naming_which() {
    ingest(
        Orders.defaultOrder()
            .orderId("SO-2001")
            .phones(new GuestPhone(Orders.MOBILE, PhoneType.MOBILE, false)));
    ingest(Orders.defaultOrder().orderId("SO-2002").status(FulfilmentStatus.CWC));

    Reply noConsent = text("SO-2001", "k-1");
    Reply cwc = text("SO-2002", "k-2");

    assertThat(noConsent.status()).isEqualTo(409);
    assertThat(noConsent.json().get("reason").asText()).isEqualTo("NO_CONSENT");
    assertThat(cwc.status()).isEqualTo(409);
    assertThat(cwc.json().get("reason").asText()).isEqualTo("ORDER_IN_CWC");
    assertThat(sentToEndUserMessaging()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"comment\":\"why\"}",
        "{\"body\":\"  \",\"comment\":\"why\"}",
        "{\"body\":\"%s\",\"comment\":\"why\"}"
      })
  void a_missing_blank_or_too_long_body_is_a_400_naming_body(String template) {
    ingest(Orders.defaultOrder());

    Reply reply = text("SO-1001", "k-1", template.formatted("x".repeat(571)));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo("body");
  }

  @Test
  void a_text_without_a_comment_is_a_400_naming_comment() {
    ingest(Orders.defaultOrder());

    Reply reply = text("SO-1001", "k-1", "{\"body\":\"hello\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.field()).isEqualTo("comment");
  }

  @Test
  void a_store_may_not_text_a_guest() {
    ingest(Orders.defaultOrder());

    Reply reply =
        api.call(
            HttpEvents.route(ROUTE, "orderId", "SO-1001")
                .as("maria", "store-101")
                .body("{\"body\":\"hello\",\"comment\":\"why\"}"));

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void a_text_in_quiet_hours_is_accepted_deferred_and_sent_by_the_sweep_at_nine() {
    ingest(Orders.defaultOrder());
    api.clock.set(Instant.parse("2026-12-01T04:30:00Z")); // Monday 22:30 in Winnipeg

    Reply reply = text("SO-1001", "k-1");
    sendQueued();

    assertThat(reply.status()).isEqualTo(202);
    assertThat(reply.json().at("/text/state").asText()).isEqualTo("DEFERRED");
    assertThat(reply.json().at("/text/detail").asText()).isEqualTo("QUIET_HOURS");
    Instant notBefore = Instant.parse(reply.json().at("/text/notBefore").asText());
    assertThat(sentToEndUserMessaging()).isEmpty();
    assertThat(api.view("SO-1001").at("/conversation/0/state").asText()).isEqualTo("DEFERRED");

    TimerSweepHandler sweep = TimerSweepWiring.over(api.oom, api.clock);
    api.clock.set(notBefore);
    assertThat(sweep.sweep("sweep-1").textsSent()).isEqualTo(1);

    assertThat(sentToEndUserMessaging())
        .singleElement()
        .satisfies(
            sent ->
                assertThat(sent.path("MessageBody").asText())
                    .isEqualTo(WORDS + " Reply STOP to opt out."));
    assertThat(api.view("SO-1001").at("/conversation/0/state").asText()).isEqualTo("SENT");
  }

  @Test
  void a_guests_words_are_kept_once_under_redelivery_and_shown_in_the_view_and_on_follow_up() {
    ingest(Orders.defaultOrder());
    String message = reply("in-42", GUEST_WORDS);

    inbound.handleRequest(
        SqsEvents.of(OomQueues.SMS_INBOUND, message, message), new FakeContext("sms-inbound"));
    inbound.handleRequest(
        SqsEvents.of(OomQueues.SMS_INBOUND, message), new FakeContext("sms-inbound"));

    JsonNode view = api.view("SO-1001");
    assertThat(view.get("conversation")).hasSize(1);
    assertThat(view.at("/conversation/0/body").asText()).isEqualTo(GUEST_WORDS);
    assertThat(view.at("/conversation/0/direction").asText()).isEqualTo("INBOUND");
    assertThat(view.at("/conversation/0/state").asText()).isEqualTo("RECEIVED");
    assertThat(view.at("/order/texts")).hasSize(1);
    assertThat(api.workList("follow-up"))
        .singleElement()
        .satisfies(item -> assertThat(item.get("guestText").asText()).isEqualTo(GUEST_WORDS));
    assertThat(api.aws.dynamoAdapters.orders().auditTrail("SO-1001"))
        .extracting(AuditEntry::comment)
        .noneMatch(c -> c.contains("2:30"));

    // the agent answers: the order leaves the follow-up list
    assertThat(text("SO-1001", "k-1").status()).isEqualTo(202);
    assertThat(api.workList("follow-up")).isEmpty();
    assertThat(api.view("SO-1001").get("conversation")).hasSize(2);
  }
}
