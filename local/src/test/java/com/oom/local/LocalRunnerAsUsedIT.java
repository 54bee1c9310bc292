package com.oom.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oom.aws.client.AwsClients;
import com.oom.aws.client.AwsSettings;
import com.oom.aws.json.ApiJson;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderWire;
import com.oom.catalogue.EventBuses;
import com.oom.catalogue.Queues;
import com.oom.catalogue.SuiteQueue;
import com.oom.core.order.OrderDetails;
import com.oom.core.testing.Orders;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The runner as a user starts it: its own JVM with default flags (free ports), read through its
 * ready line, called over HTTP and through SQS and EventBridge clients configured like production
 * (the printed region, the printed endpoint, the printed buses), then stopped with SIGTERM.
 */
class LocalRunnerAsUsedIT {
  private static final Pattern READY =
      Pattern.compile("OOM local ready: api=(\\S+) aws=(\\S+) region=(\\S+) clock=(\\S+)");
  private static final Pattern QUEUE = Pattern.compile("^  queue (\\S+)\\s+(\\S+)$");
  private static final Pattern BUS = Pattern.compile("^  bus (\\S+)\\s+(\\S+)$");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static Process runner;
  private static URI api;
  private static URI aws;
  private static String region;
  private static final Map<String, String> printedQueues = new HashMap<>();
  private static final Map<String, String> printedBuses = new HashMap<>();
  private static SqsClient sqs;

  @BeforeAll
  static void start() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    runner =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LocalRunner.class.getName(),
                "--api-port",
                "0",
                "--aws-port",
                "0")
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(runner.getInputStream(), StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    Matcher ready = null;
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      seen.add(line);
      Matcher queue = QUEUE.matcher(line);
      Matcher bus = BUS.matcher(line);
      if (ready != null && queue.matches()) {
        printedQueues.put(queue.group(1), queue.group(2));
      } else if (ready != null && bus.matches()) {
        printedBuses.put(bus.group(1), bus.group(2));
      } else if (ready != null && !line.startsWith("  ")) {
        break;
      }
      Matcher m = READY.matcher(line);
      if (m.matches()) {
        ready = m;
      }
      if (ready != null && printedQueues.size() == expectedQueues().size()) {
        break;
      }
    }
    assertThat(ready).as("the ready line, in %s", seen).isNotNull();
    api = URI.create(ready.group(1));
    aws = URI.create(ready.group(2));
    region = ready.group(3);
    Instant.parse(ready.group(4));
    // the rest of its output (the functions' logs) is read, so the runner never blocks on it
    Thread.ofPlatform().daemon().start(() -> output.lines().forEach(line -> {}));
    sqs = clientIn(region);
  }

  @AfterAll
  static void stop() throws Exception {
    if (runner == null) {
      return;
    }
    List<ProcessHandle> children = runner.descendants().toList();
    runner.destroy();
    assertThat(runner.waitFor(30, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
    for (ProcessHandle child : children) {
      child.onExit().get(10, TimeUnit.SECONDS);
    }
    assertThat(children).as("moto").isNotEmpty().noneMatch(ProcessHandle::isAlive);
  }

  /** A client configured as the functions configure theirs on AWS, pointed at the runner. */
  private static SqsClient clientIn(String region) {
    return new AwsClients(
            AwsSettings.fromEnvironment(
                Map.of(AwsSettings.REGION, region, AwsSettings.ENDPOINT, aws.toString())),
            List.of())
        .sqs();
  }

  private static List<String> expectedQueues() {
    List<String> names = new ArrayList<>();
    for (SuiteQueue queue : Queues.all(suiteStores())) {
      names.add(queue.name());
      names.add(queue.deadLetterName());
    }
    return names;
  }

  private static com.oom.catalogue.StoreDirectory suiteStores() {
    return LocalOptions.defaultStores();
  }

  @Test
  void prints_the_products_region_and_a_client_there_finds_every_queue() {
    assertThat(region).isEqualTo("ca-central-1");
    assertThat(printedQueues.keySet()).containsExactlyInAnyOrderElementsOf(expectedQueues());
    for (String name : expectedQueues()) {
      assertThat(sqs.getQueueUrl(b -> b.queueName(name)).queueUrl())
          .as(name)
          .isEqualTo(printedQueues.get(name));
    }
    List<String> all = new ArrayList<>(printedQueues.values());
    all.add(sqs.getQueueUrl(b -> b.queueName(LocalBuses.EVENTS_QUEUE)).queueUrl());
    assertThat(sqs.listQueues().queueUrls())
        .as("the suite's queues and the runner's own, behind oom-events")
        .containsExactlyInAnyOrderElementsOf(all);
    try (SqsClient elsewhere = clientIn("us-east-1")) {
      assertThat(elsewhere.listQueues().queueUrls()).as("the emulator's default region").isEmpty();
    }
  }

  @Test
  void prints_both_buses_and_a_client_there_finds_them() {
    assertThat(printedBuses).containsOnlyKeys(EventBuses.JENNY, EventBuses.EVENTS);
    try (EventBridgeClient events = eventBridge()) {
      printedBuses.forEach(
          (name, arn) ->
              assertThat(events.describeEventBus(b -> b.name(name)).arn()).as(name).isEqualTo(arn));
    }
  }

  @Test
  void jennys_result_put_on_her_bus_reaches_the_confirmation_function_and_nothing_else_does()
      throws Exception {
    String token = agentToken();
    List<String> orders = List.of("SO-3004", "SO-3005", "SO-3006");
    for (String orderId : orders) {
      sendOrder(
          Orders.defaultOrder()
              .orderId(orderId)
              .appointment(Orders.appointment(LocalDate.parse(APPOINTMENT)))
              .details());
    }
    for (String orderId : orders) {
      awaitTrue(() -> call("GET", "/orders/" + orderId, token, null, Map.of()).statusCode() == 200);
    }

    try (EventBridgeClient events = eventBridge()) {
      // put first: each would be on oom-confirmations before Jenny's, had its rule matched it
      put(events, "someone.else", EventBuses.CONFIRMATION_RESULT, jennysResult("SO-3005"));
      put(events, EventBuses.JENNY_LOCAL_SOURCE, "SomethingElse", jennysResult("SO-3006"));
      put(
          events,
          EventBuses.JENNY_LOCAL_SOURCE,
          EventBuses.CONFIRMATION_RESULT,
          jennysResult("SO-3004"));
    }

    awaitTrue(() -> confirmation("SO-3004", token).path("result").asText().equals("CONFIRMED"));
    assertThat(confirmation("SO-3004", token).path("channel").asText()).isEqualTo("SMS");
    assertThat(confirmation("SO-3005", token).isMissingNode()).as("another source").isTrue();
    assertThat(confirmation("SO-3006", token).isMissingNode()).as("another detail-type").isTrue();
  }

  /** The booked appointment's date of the orders Jenny confirms. */
  private static final String APPOINTMENT = "2026-12-01";

  /** The detail of Jenny's sample EventBridge event, for {@code orderId}'s appointment. */
  private static String jennysResult(String orderId) throws Exception {
    try (var sample =
        LocalRunnerAsUsedIT.class.getResourceAsStream(
            "/samples/eventbridge-confirmation-result/confirmed-by-sms-winnipeg.json")) {
      ObjectNode detail = (ObjectNode) ApiJson.mapper().readTree(sample).get("detail");
      detail.put("eventId", "jenny-" + orderId);
      detail.put("orderId", orderId);
      detail.put("appointmentDate", APPOINTMENT);
      return detail.toString();
    }
  }

  /** {@code aws events put-events} on Jenny's bus, by the ARN the runner printed. */
  private static void put(
      EventBridgeClient events, String source, String detailType, String detail) {
    PutEventsResponse response =
        events.putEvents(
            b ->
                b.entries(
                    e ->
                        e.eventBusName(printedBuses.get(EventBuses.JENNY))
                            .source(source)
                            .detailType(detailType)
                            .detail(detail)));
    assertThat(response.failedEntryCount()).as(response.toString()).isZero();
  }

  private static JsonNode confirmation(String orderId, String token) {
    try {
      return ApiJson.mapper()
          .readTree(call("GET", "/orders/" + orderId, token, null, Map.of()).body())
          .at("/order/confirmation");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An EventBridge client configured like the SQS client, on the printed endpoint and region. */
  private static EventBridgeClient eventBridge() {
    return EventBridgeClient.builder()
        .region(Region.of(region))
        .endpointOverride(aws)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @Test
  void forwards_the_functions_content_type_and_headers() throws Exception {
    String token = agentToken();
    sendOrder("SO-3001");
    awaitTrue(() -> call("GET", "/orders/SO-3001", token, null, Map.of()).statusCode() == 200);

    HttpResponse<String> malformed =
        call("POST", "/orders/SO-3001/comments", token, "{\"comment\":", Map.of());
    Map<String, String> key = Map.of("Idempotency-Key", "comment-1");
    String comment = "{\"comment\":\"called twice\"}";
    HttpResponse<String> first = call("POST", "/orders/SO-3001/comments", token, comment, key);
    HttpResponse<String> again = call("POST", "/orders/SO-3001/comments", token, comment, key);

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(ApiJson.mapper().readTree(malformed.body()).get("status").asInt()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("cache-control")).hasValue("no-store");
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(first.headers().firstValue("idempotent-replayed")).isEmpty();
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("idempotent-replayed")).hasValue("true");
  }

  @Test
  void a_poison_message_reaches_its_dlq_as_the_simulated_clock_passes_its_visibility_timeouts()
      throws Exception {
    String feed = printedQueues.get(Queues.ORDER_FEED);
    String deadLetters = printedQueues.get(Queues.ORDER_FEED + "-dlq");
    sqs.sendMessage(b -> b.queueUrl(feed).messageBody("this is not JSON"));
    sendOrder("SO-3002");
    String token = agentToken();
    awaitTrue(() -> call("GET", "/orders/SO-3002", token, null, Map.of()).statusCode() == 200);
    awaitTrue(
        () -> count(feed, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE) == 1);
    assertThat(count(deadLetters, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).isZero();

    // received once so far; four more receives, each after the clock passes the timeout (182 s)
    Duration visibility = Queues.named(Queues.ORDER_FEED, suiteStores()).visibilityTimeout();
    int advances = 0;
    while (count(deadLetters, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES) == 0
        && advances < 10) {
      call("POST", "/_local/clock", null, "{\"advanceBy\":\"PT10M\"}", Map.of());
      advances++;
    }

    assertThat(Duration.ofMinutes(10).multipliedBy(advances))
        .as("simulated time it took")
        .isGreaterThan(visibility.multipliedBy(Queues.MAX_RECEIVE_COUNT))
        .isLessThanOrEqualTo(
            visibility.multipliedBy(Queues.MAX_RECEIVE_COUNT).plus(Duration.ofMinutes(10)));
    assertThat(count(feed, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).isZero();
    assertThat(count(feed, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).isZero();
    JsonNode dlq =
        ApiJson.mapper()
            .readTree(
                call("GET", "/_local/queues/" + Queues.ORDER_FEED + "-dlq", null, null, Map.of())
                    .body());
    assertThat(dlq.get("items")).hasSize(1);
    assertThat(dlq.get("items").get(0).get("body").asText()).isEqualTo("this is not JSON");
    assertThat(sqs.receiveMessage(b -> b.queueUrl(deadLetters).maxNumberOfMessages(10)).messages())
        .extracting(m -> m.body())
        .containsExactly("this is not JSON");
    // the good message was deleted once processed, so never received again
    assertThat(call("GET", "/orders/SO-3002", token, null, Map.of()).statusCode()).isEqualTo(200);
  }

  private static void sendOrder(String orderId) {
    sendOrder(Orders.defaultOrder().orderId(orderId).details());
  }

  private static void sendOrder(OrderDetails order) {
    String body =
        MessageJson.write(
            Map.of(
                "eventId",
                "e-" + order.orderId(),
                "type",
                "OrderSnapshot",
                "occurredAt",
                "2026-11-30T13:00:00Z",
                "sequence",
                1,
                "order",
                OrderWire.of(order)));
    sqs.sendMessage(b -> b.queueUrl(printedQueues.get(Queues.ORDER_FEED)).messageBody(body));
  }

  private static int count(String queueUrl, QueueAttributeName attribute) {
    return Integer.parseInt(
        sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(attribute))
            .attributes()
            .get(attribute));
  }

  private static String agentToken() throws Exception {
    return ApiJson.mapper()
        .readTree(
            call(
                    "POST",
                    "/_local/token",
                    null,
                    "{\"sub\":\"agent-7\",\"groups\":[\"oom-agent\"]}",
                    Map.of())
                .body())
        .get("token")
        .asText();
  }

  private static HttpResponse<String> call(
      String method, String path, String token, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits for the runner's background event sources (they poll every half second). */
  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
      Thread.sleep(200);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
