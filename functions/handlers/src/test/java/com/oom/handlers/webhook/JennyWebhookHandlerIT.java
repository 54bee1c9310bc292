package com.oom.handlers.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.dynamo.DynamoAdapters;
import com.oom.aws.dynamo.DynamoReplayGuard;
import com.oom.aws.json.ApiJson;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.sqs.SqsQueueSender;
import com.oom.aws.testing.AwsStack;
import com.oom.core.testing.MutableClock;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.HttpEvents;
import com.oom.handlers.testing.OpenApiDocument;
import com.oom.tooling.emulator.EmulatorExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The Jenny webhook on moto: what it accepts, what it refuses, and that refusals enqueue nothing.
 */
@ExtendWith(EmulatorExtension.class)
class JennyWebhookHandlerIT {
  private static final String SECRET = "whsec_jenny_test_secret_0123456789";
  private static final String ROUTE = "POST /webhooks/jenny";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T16:00:00Z"));
  private AwsStack aws;
  private JennyWebhookHandler handler;

  @BeforeEach
  void stack() {
    aws = new AwsStack(clock);
    handler =
        new JennyWebhookHandler(
            SECRET,
            DynamoAdapters.replayGuard(aws.dynamo, AwsStack.TABLE),
            SqsQueueSender.resolve(aws.sqs, OomQueues.CONFIRMATIONS),
            clock);
  }

  static String confirmation(String eventId) {
    return "{\"eventId\":\""
        + eventId
        + "\",\"occurredAt\":\"2026-11-30T15:59:30Z\",\"orderId\":\"SO-1001\","
        + "\"appointmentDate\":\"2026-12-01\",\"result\":\"CONFIRMED\","
        + "\"phone\":\"+12045550142\",\"channel\":\"SMS\"}";
  }

  private String now() {
    return Long.toString(clock.instant().getEpochSecond());
  }

  private static String sign(String secret, String timestamp, String body) {
    return new JennySignature(secret).header(timestamp, body.getBytes(StandardCharsets.UTF_8));
  }

  private HttpEvents.Builder signed(String body) {
    String timestamp = now();
    return HttpEvents.route(ROUTE)
        .header("x-jenny-timestamp", timestamp)
        .header("x-jenny-signature", sign(SECRET, timestamp, body))
        .body(body);
  }

  private record Reply(int status, Map<String, String> headers, JsonNode json) {
    String problem() {
      return json.path("type").asText().replace("https://oom.example/problems/", "");
    }
  }

  private Reply deliver(HttpEvents.Builder request) {
    return deliver(request.build());
  }

  private Reply deliver(APIGatewayV2HTTPEvent event) {
    aws.requests.reset();
    APIGatewayV2HTTPResponse response = handler.handleRequest(event, new FakeContext("jenny"));
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(response.getHeaders());
    JsonNode json;
    try {
      json = ApiJson.mapper().readTree(response.getBody());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (response.getStatusCode() >= 400
        && response.getStatusCode() < 500
        && response.getStatusCode() != 409) {
      // a replay (409) is found by a conditional put that is refused: checked by its own test
      assertThat(aws.requests.snapshot().keySet())
          .as("a refusal writes nothing")
          .noneMatch(op -> op.matches(".*\\.(PutItem|UpdateItem|DeleteItem|SendMessage.*)"));
    }
    if (response.getStatusCode() != 404 && response.getStatusCode() != 405) {
      OpenApiDocument.load()
          .assertConforms(
              "POST",
              JennyWebhookHandler.PATH,
              response.getStatusCode(),
              headers.get("Content-Type"),
              json);
    }
    return new Reply(response.getStatusCode(), headers, json);
  }

  private Map<String, AttributeValue> replayRecord(String eventId) {
    return aws.dynamo
        .getItem(
            b ->
                b.tableName(AwsStack.TABLE)
                    .key(
                        Map.of(
                            "PK", AttributeValue.fromS("WEBHOOK#" + eventId),
                            "SK", AttributeValue.fromS("WEBHOOK")))
                    .consistentRead(true))
        .item();
  }

  private List<Message> enqueued() {
    return aws.drain(OomQueues.CONFIRMATIONS);
  }

  @Test
  void a_signed_confirmation_is_accepted_and_its_raw_body_enqueued_unchanged() {
    String body = confirmation("evt-1");

    Reply reply = deliver(signed(body));

    assertThat(reply.status()).isEqualTo(202);
    assertThat(reply.json().get("eventId").asText()).isEqualTo("evt-1");
    assertThat(enqueued()).extracting(Message::body).containsExactly(body);
  }

  @Test
  void a_result_without_phone_or_channel_and_a_loosely_written_phone_are_accepted() {
    String noResponse =
        "{\"eventId\":\"evt-1\",\"occurredAt\":\"2026-11-30T15:59:30Z\","
            + "\"orderId\":\"SO-1001\",\"appointmentDate\":\"2026-12-01\","
            + "\"result\":\"NO_RESPONSE\"}";
    String loosePhone =
        confirmation("evt-2")
            .replace("+12045550142", "(204) 555-0142")
            .replace("CONFIRMED", "WRONG_NUMBER");

    assertThat(deliver(signed(noResponse)).status()).isEqualTo(202);
    assertThat(deliver(signed(loosePhone)).status()).isEqualTo(202);
    assertThat(enqueued())
        .extracting(Message::body)
        .containsExactlyInAnyOrder(noResponse, loosePhone);
  }

  @Test
  void header_names_are_matched_whatever_their_case() {
    String body = confirmation("evt-1");
    String timestamp = now();

    Reply reply =
        deliver(
            HttpEvents.route(ROUTE)
                .header("X-Jenny-Timestamp", timestamp)
                .header("X-JENNY-SIGNATURE", sign(SECRET, timestamp, body))
                .body(body));

    assertThat(reply.status()).isEqualTo(202);
  }

  @Test
  void a_bad_signature_is_refused_and_nothing_enqueued() {
    Reply reply =
        deliver(
            HttpEvents.route(ROUTE)
                .header("x-jenny-timestamp", now())
                .header("x-jenny-signature", "v1=" + "ab".repeat(32))
                .body(confirmation("evt-1")));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.problem()).isEqualTo("invalid-signature");
    assertThat(enqueued()).isEmpty();
  }

  @Test
  void a_signature_made_with_another_secret_is_refused() {
    String body = confirmation("evt-1");
    String timestamp = now();

    Reply reply =
        deliver(
            HttpEvents.route(ROUTE)
                .header("x-jenny-timestamp", timestamp)
                .header("x-jenny-signature", sign("not-the-shared-secret-at-all", timestamp, body))
                .body(body));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(enqueued()).isEmpty();
  }

  @Test
  void a_timestamp_more_than_five_minutes_old_or_ahead_is_refused() {
    String body = confirmation("evt-1");
    String old = Long.toString(clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond());
    String ahead = Long.toString(clock.instant().plus(Duration.ofMinutes(6)).getEpochSecond());

    Reply stale =
        deliver(
            HttpEvents.route(ROUTE)
                .header("x-jenny-timestamp", old)
                .header("x-jenny-signature", sign(SECRET, old, body))
                .body(body));
    Reply early =
        deliver(
            HttpEvents.route(ROUTE)
                .header("x-jenny-timestamp", ahead)
                .header("x-jenny-signature", sign(SECRET, ahead, body))
                .body(body));

    assertThat(stale.status()).isEqualTo(401);
    assertThat(stale.json().get("detail").asText()).contains("5 minutes");
    assertThat(early.status()).isEqualTo(401);
    assertThat(enqueued()).isEmpty();
  }

  @Test
  void a_body_changed_after_signing_is_refused() {
    String body = confirmation("evt-1");
    String timestamp = now();
    String signature = sign(SECRET, timestamp, body);

    Reply reply =
        deliver(
            HttpEvents.route(ROUTE)
                .header("x-jenny-timestamp", timestamp)
                .header("x-jenny-signature", signature)
                .body(body.replace("CONFIRMED", "DECLINED")));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(enqueued()).isEmpty();
  }

  @Test
  void missing_signature_headers_are_refused() {
    Reply reply = deliver(HttpEvents.route(ROUTE).body(confirmation("evt-1")));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(enqueued()).isEmpty();
  }

  @Test
  void a_replayed_event_is_refused_and_enqueued_only_once() {
    String body = confirmation("evt-1");
    deliver(signed(body));
    Map<String, AttributeValue> accepted = replayRecord("evt-1");

    clock.advance(Duration.ofMinutes(30));
    Reply replay = deliver(signed(body));

    assertThat(replay.status()).isEqualTo(409);
    assertThat(replay.problem()).isEqualTo("replayed-event");
    assertThat(enqueued()).hasSize(1);
    assertThat(replayRecord("evt-1")).as("the replay changed nothing").isEqualTo(accepted);
  }

  @Test
  void an_invalid_confirmation_is_refused_naming_the_field() {
    Reply badResult = deliver(signed(confirmation("evt-1").replace("CONFIRMED", "MAYBE")));
    Reply noEventId = deliver(signed(confirmation("evt-2").replace("\"eventId\":\"evt-2\",", "")));
    Reply notJson = deliver(signed("{\"eventId\":"));
    Reply wrongNumberWithoutPhone =
        deliver(
            signed(
                "{\"eventId\":\"evt-3\",\"occurredAt\":\"2026-11-30T15:59:30Z\","
                    + "\"orderId\":\"SO-1001\",\"appointmentDate\":\"2026-12-01\","
                    + "\"result\":\"WRONG_NUMBER\",\"channel\":\"VOICE\"}"));

    assertThat(badResult.status()).isEqualTo(400);
    assertThat(badResult.json().get("field").asText()).isEqualTo("result");
    assertThat(noEventId.json().get("field").asText()).isEqualTo("eventId");
    assertThat(notJson.json().get("field").asText()).isEqualTo("body");
    assertThat(wrongNumberWithoutPhone.json().get("field").asText()).isEqualTo("phone");
    assertThat(enqueued()).isEmpty();
  }

  @Test
  void a_chat_result_with_its_transcript_reference_is_accepted_and_a_bad_reference_refused() {
    String chat =
        confirmation("evt-chat-1")
            .replace("\"SMS\"", "\"CHAT\"")
            .replace("}", ",\"transcriptRef\":\"https://chat.package.ai/t/c-5f2e91\"}");
    String spaced =
        confirmation("evt-chat-2")
            .replace("\"SMS\"", "\"CHAT\"")
            .replace("}", ",\"transcriptRef\":\"the chat of Monday\"}");
    String tooLong =
        confirmation("evt-chat-3")
            .replace("\"SMS\"", "\"CHAT\"")
            .replace("}", ",\"transcriptRef\":\"" + "x".repeat(513) + "\"}");

    assertThat(deliver(signed(chat)).status()).isEqualTo(202);
    Reply refused = deliver(signed(spaced));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("transcriptRef");
    assertThat(deliver(signed(tooLong)).json().get("field").asText()).isEqualTo("transcriptRef");
    assertThat(enqueued()).extracting(Message::body).containsExactly(chat);
  }

  @Test
  void a_field_the_consumer_could_not_read_is_refused_at_the_door() {
    String body = confirmation("evt-1").replace("}", ",\"sentiment\":\"happy\"}");

    Reply reply = deliver(signed(body));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("field").asText()).isEqualTo("sentiment");
    assertThat(enqueued()).isEmpty();
  }

  @Test
  void a_base64_encoded_body_is_verified_and_forwarded_decoded() {
    String body = confirmation("evt-1");
    String timestamp = now();

    Reply reply =
        deliver(
            HttpEvents.route(ROUTE)
                .header("x-jenny-timestamp", timestamp)
                .header("x-jenny-signature", sign(SECRET, timestamp, body))
                .base64Body(body));

    assertThat(reply.status()).isEqualTo(202);
    assertThat(enqueued()).extracting(Message::body).containsExactly(body);
  }

  @Test
  void when_the_enqueue_fails_the_claim_is_released_so_jennys_retry_is_accepted() {
    String body = confirmation("evt-1");
    aws.sqs.deleteQueue(b -> b.queueUrl(aws.queueUrls.get(OomQueues.CONFIRMATIONS)));

    Reply failed = deliver(signed(body));

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.json().get("detail").asText()).doesNotContain("Queue", "Sqs", "Exception");

    OomQueues.create(aws.sqs, AwsStack.DIRECTORY);
    Reply retry = deliver(signed(body));

    assertThat(retry.status()).isEqualTo(202);
    assertThat(enqueued()).extracting(Message::body).containsExactly(body);
  }

  @Test
  void a_delivery_racing_another_of_the_same_event_is_told_to_retry() {
    DynamoAdapters.replayGuard(aws.dynamo, AwsStack.TABLE).claim("evt-1", clock.instant());

    Reply reply = deliver(signed(confirmation("evt-1")));

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.problem()).isEqualTo("event-in-flight");
    assertThat(reply.headers().get("Retry-After"))
        .isEqualTo(Long.toString(DynamoReplayGuard.DEFAULT_LEASE.toSeconds()));
    assertThat(enqueued()).isEmpty();
  }

  @Test
  void only_post_on_its_own_path() {
    Reply get = deliver(HttpEvents.raw("GET", "/webhooks/jenny"));
    Reply elsewhere = deliver(HttpEvents.raw("POST", "/webhooks/other").body("{}"));

    assertThat(get.status()).isEqualTo(405);
    assertThat(get.headers().get("Allow")).isEqualTo("POST");
    assertThat(elsewhere.status()).isEqualTo(404);
  }

  @Test
  void the_secret_is_read_once_from_secrets_manager_when_wired_from_the_environment() {
    String arn =
        aws.clients
            .secretsManager()
            .createSecret(b -> b.name("oom/jenny-webhook").secretString(SECRET))
            .arn();
    Map<String, String> env = new HashMap<>(AwsStack.emulatorEnvironment());
    env.put("OOM_TABLE", AwsStack.TABLE);
    env.put(JennyWebhookHandler.SECRET_ARN, arn);
    handler = new JennyWebhookHandler(env, clock);

    Reply reply = deliver(signed(confirmation("evt-1")));

    assertThat(reply.status()).isEqualTo(202);
    assertThat(enqueued()).hasSize(1);
  }

  @Test
  void exactly_one_of_the_secret_and_its_arn_must_be_configured() {
    Map<String, String> neither = AwsStack.emulatorEnvironment();
    Map<String, String> both = new HashMap<>(AwsStack.emulatorEnvironment());
    both.put(JennyWebhookHandler.SECRET, SECRET);
    both.put(
        JennyWebhookHandler.SECRET_ARN, "arn:aws:secretsmanager:us-east-1:123456789012:secret:x");

    assertThatThrownBy(() -> new JennyWebhookHandler(neither, clock))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(JennyWebhookHandler.SECRET_ARN);
    assertThatThrownBy(() -> new JennyWebhookHandler(both, clock))
        .isInstanceOf(IllegalStateException.class);
  }
}
