package com.oom.handlers.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordFulfilmentOutcome;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.http.HttpRequest;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.HttpEvents;
import com.oom.handlers.testing.OpenApiDocument;
import com.oom.tooling.emulator.Emulators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * The agent API on the real adapters and the tests' emulator. Every call is checked against the
 * contract: its status, content type and body are those the OpenAPI document gives for the route,
 * and a 4xx has written nothing (no DynamoDB or SQS write request at all).
 */
public final class ApiTestbed {
  /** The key the API under test signs work-list cursors with. */
  public static final String CURSOR_KEY = "test-work-list-cursor-key-0123456789";

  static final String AGENT = "agent-7";
  static final UnaryOperator<HttpEvents.Builder> AGENT_CALLER = b -> b.as(AGENT, "oom-agent");
  static final UnaryOperator<HttpEvents.Builder> SUPERVISOR = b -> b.as("sam", "oom-supervisor");
  static final UnaryOperator<HttpEvents.Builder> STORE_101 = b -> b.as("maria", "store-101");
  final MutableClock clock = new MutableClock(Orders.MONDAY_10_AM_WINNIPEG);
  public final AwsStack aws;
  final FakeSmsGateway sms = new FakeSmsGateway(clock);
  final UseCaseFactory oom;
  final AgentApiHandler handler;
  private final FakeContext context = new FakeContext("agent-api");
  private long sequence;

  public ApiTestbed() {
    this(List.of());
  }

  /** The testbed with {@code interceptors} seeing every SDK request after the request counter. */
  ApiTestbed(List<ExecutionInterceptor> interceptors) {
    aws = new AwsStack(clock, Emulators.shared().endpoint(), interceptors);
    oom = aws.services(sms, OomConfig.defaults(), clock);
    handler = AgentApiWiring.over(oom, CURSOR_KEY);
  }

  /** The testbed texting through {@code gateway} (End User Messaging on WireMock, say). */
  ApiTestbed(com.oom.core.port.SmsGateway gateway) {
    aws = new AwsStack(clock, Emulators.shared().endpoint(), List.of());
    oom = aws.services(gateway, OomConfig.defaults(), clock);
    handler = AgentApiWiring.over(oom, CURSOR_KEY);
  }

  /** The ERP sends the order; its touch-point and write-back messages are drained. */
  public void ingest(Orders.Builder order) {
    ingest(order, 1);
  }

  /** The ERP sends the order at {@code erpSequence}, produced now; its messages are drained. */
  public void ingest(Orders.Builder order, long erpSequence) {
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-" + (++sequence),
                new ErpSnapshot(order.details(), erpSequence, clock.instant(), null)));
    aws.drain(OomQueues.ERP_UPDATES);
  }

  /** The items of work list {@code kind} (all stores) as an agent reads it, every page. */
  public List<JsonNode> workList(String kind) {
    return allPages(kind, AGENT_CALLER, Map.of());
  }

  /**
   * Every item of {@code kind} as {@code caller} pages through it with {@code query} ({@code
   * storeId}, {@code limit}), following {@code nextCursor} to the last page (each page asserted 200
   * with the same {@code total}, which is the number of items).
   */
  List<JsonNode> allPages(
      String kind, UnaryOperator<HttpEvents.Builder> caller, Map<String, String> query) {
    List<JsonNode> items = new ArrayList<>();
    String cursor = null;
    Long total = null;
    do {
      HttpEvents.Builder request = HttpEvents.route("GET /worklists/{kind}", "kind", kind);
      query.forEach(request::query);
      if (cursor != null) {
        request.query("cursor", cursor);
      }
      Reply page = call(caller.apply(request));
      assertThat(page.status()).as(page.json().toString()).isEqualTo(200);
      page.json().get("items").forEach(items::add);
      long pageTotal = page.json().get("total").asLong();
      assertThat(total == null || total == pageTotal).as("the same total on every page").isTrue();
      total = pageTotal;
      cursor = page.json().path("nextCursor").asText(null);
    } while (cursor != null);
    assertThat(items).hasSize(Math.toIntExact(total));
    return items;
  }

  /** The ERP updates waiting on {@code oom-erp-updates}, received (and deleted), as JSON. */
  public List<JsonNode> erpUpdates() {
    return aws.drain(OomQueues.ERP_UPDATES).stream()
        .map(
            m -> {
              try {
                return ApiJson.mapper().readTree(m.body());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  /** The end-of-day confirmation audit of {@code storeId} now, stored as the daily plan does. */
  public void auditConfirmations(String storeId) {
    oom.auditConfirmations().handle(storeId);
  }

  /** Texts the touch points waiting on {@code oom-sms-requests}, as the SMS sender would. */
  void sendRequestedTexts() {
    aws.drain(OomQueues.SMS_REQUESTS)
        .forEach(
            m ->
                oom.sendTouchPoint()
                    .handle(ApiJson.read(m.body(), OutboxMessage.SmsRequest.class)));
  }

  /** The ERP reports the order delivered (Monday 12:00 in Winnipeg): it is closed. */
  void delivered(String orderId) {
    oom.recordFulfilmentOutcome()
        .handle(
            new RecordFulfilmentOutcome.Command(
                "erp-outcome",
                orderId,
                FulfilmentOutcomeKind.DELIVERED,
                Instant.parse("2026-11-30T18:00:00Z")));
  }

  /** {@code GET /worklists/{kind}} of every store the caller may list. */
  Reply list(String kind, UnaryOperator<HttpEvents.Builder> caller) {
    return call(caller.apply(HttpEvents.route("GET /worklists/{kind}", "kind", kind)));
  }

  /** {@code GET /worklists/{kind}?storeId=}. */
  Reply list(String kind, String storeId, UnaryOperator<HttpEvents.Builder> caller) {
    return call(
        caller.apply(
            HttpEvents.route("GET /worklists/{kind}", "kind", kind).query("storeId", storeId)));
  }

  /** {@code GET /orders/{orderId}} as an agent: the order view (asserted 200). */
  JsonNode view(String orderId) {
    Reply reply =
        call(AGENT_CALLER.apply(HttpEvents.route("GET /orders/{orderId}", "orderId", orderId)));
    assertThat(reply.status()).isEqualTo(200);
    return reply.json();
  }

  public Reply call(HttpEvents.Builder request) {
    return call(request.build());
  }

  public Reply call(APIGatewayV2HTTPEvent event) {
    aws.requests.reset();
    APIGatewayV2HTTPResponse response = handler.handleRequest(event, context);
    Reply reply = Reply.of(response);
    if (reply.status() >= 400 && reply.status() < 500) {
      assertThat(aws.requests.snapshot().keySet())
          .as("a %s writes nothing", reply.status())
          .noneMatch(ApiTestbed::isWrite);
    }
    conforms(event, reply);
    return reply;
  }

  private static boolean isWrite(String operation) {
    return operation.matches(
        ".*\\.(PutItem|UpdateItem|DeleteItem|TransactWriteItems|BatchWriteItem|SendMessage|SendMessageBatch)");
  }

  private static void conforms(APIGatewayV2HTTPEvent event, Reply reply) {
    HttpRequest request = HttpRequest.of(event);
    OpenApiDocument openApi = OpenApiDocument.load();
    switch (ApiRoute.resolve(
        request.routeKey(), request.pathParameters(), request.method(), request.path())) {
      case ApiRoute.Resolution.Found found ->
          openApi.assertConforms(
              found.match().route().method(),
              found.match().route().template(),
              reply.status(),
              reply.contentType(),
              reply.json());
      case ApiRoute.Resolution.WrongMethod wrong -> {
        assertThat(reply.status()).isIn(401, 405);
        openApi.assertConformsToResponse(
            reply.status() == 405 ? "MethodNotAllowed" : "Unauthorized",
            reply.contentType(),
            reply.json());
      }
      case ApiRoute.Resolution.NoSuchPath none -> {
        assertThat(reply.status()).isIn(401, 404);
        openApi.assertConformsToResponse(
            reply.status() == 404 ? "NotFound" : "Unauthorized", reply.contentType(), reply.json());
      }
    }
  }

  /** An answer: status, headers by case-insensitive name, and the JSON body. */
  public record Reply(int status, Map<String, String> headers, JsonNode json) {
    static Reply of(APIGatewayV2HTTPResponse response) {
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.putAll(response.getHeaders());
      try {
        return new Reply(
            response.getStatusCode(), headers, ApiJson.mapper().readTree(response.getBody()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String contentType() {
      return headers.get("Content-Type");
    }

    String header(String name) {
      return headers.get(name);
    }

    /** The problem's type slug, e.g. {@code unknown-order}. */
    public String problem() {
      return json.path("type").asText().replace("https://oom.example/problems/", "");
    }

    String field() {
      return json.path("field").asText(null);
    }
  }
}
