package com.oom.handlers.common;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.oom.aws.dynamo.OomTable;
import com.oom.aws.dynamo.StateJson;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderSnapshotWire;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.port.OpenOrders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SnapStart priming. With SnapStart, Lambda runs the init phase (the no-arg constructor) when a
 * version is published, then calls {@link #beforeCheckpoint} of every registered {@code org.crac}
 * {@link Resource} and snapshots the memory; invocations start from the snapshot. Whatever the
 * steps below load, link and initialise is in the snapshot, so the first invocation after a restore
 * does not pay for it. Without SnapStart (and in tests) nothing calls the hook and nothing here
 * runs.
 *
 * <p>Every step is free of side effects and within the function's IAM grants: JSON round trips of a
 * sample order and of sample Lambda events in memory, a consistent {@code GetItem} of a key that
 * cannot exist (the real adapter's read path: signing, endpoint rules, HTTP, unmarshalling) and a
 * {@code GetQueueUrl} of a queue the function publishes to. A failing step (no network, access
 * denied) is logged at debug and skipped: priming never fails the init. An HTTP connection kept
 * alive from priming can be dead after a restore; the SDK retries a request that fails with an I/O
 * error.
 */
public final class SnapStartPriming implements Resource {
  private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);

  /** An order id no order can have (ids are at most 128 visible characters, never with spaces). */
  static final String NO_SUCH_ORDER = "snapstart priming";

  /** An event id no delivery can have (ids are visible ASCII without spaces). */
  static final String NO_SUCH_EVENT = "snapstart priming";

  /** org.crac holds resources weakly: this keeps the function's priming alive with the class. */
  private static volatile SnapStartPriming registered;

  private final List<Step> steps;

  /** One priming action, named for the log. */
  public record Step(String name, Runnable action) {}

  private SnapStartPriming(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /** Registers the steps with the global org.crac context (one set per execution environment). */
  public static void register(List<Step> steps) {
    SnapStartPriming priming = new SnapStartPriming(steps);
    registered = priming;
    Core.getGlobalContext().register(priming);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    prime();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // nothing to renew: the SDK clients resolve credentials and connections on use
  }

  /**
   * What {@link #beforeCheckpoint} does for the registered priming, callable outside a checkpoint
   * (org.crac's global context refuses direct calls): the cold-start harness measures priming with
   * it. Returns the number of steps that completed, or -1 when nothing is registered.
   */
  public static int primeRegistered() {
    SnapStartPriming priming = registered;
    return priming == null ? -1 : priming.prime();
  }

  /** Runs every step; a failed step is skipped. Returns the number of steps that completed. */
  int prime() {
    int done = 0;
    for (Step step : steps) {
      try {
        step.action().run();
        done++;
      } catch (RuntimeException skipped) {
        LOG.debug("priming step {} skipped: {}", step.name(), skipped.toString());
      }
    }
    return done;
  }

  /**
   * The message and stored-state JSON: an ERP snapshot read through its wire record into the domain
   * records, written as stored state and back as a message.
   */
  public static Step json() {
    return new Step(
        "json",
        () -> {
          OrderSnapshotWire wire = MessageJson.read(SAMPLE_SNAPSHOT, OrderSnapshotWire.class);
          ErpSnapshot snapshot = wire.toDomain();
          StateJson.write(snapshot.order());
          MessageJson.write(OrderSnapshotWire.of(wire.eventId(), snapshot));
        });
  }

  /**
   * The invocation stream's JSON ({@link LambdaEvents}): an SQS batch and an HTTP API request read,
   * a batch response and an HTTP response written, all in memory.
   */
  public static Step lambdaEvents() {
    return new Step(
        "lambda-events",
        () -> {
          try {
            SQSEvent batch = LambdaEvents.read(utf8(SAMPLE_SQS_EVENT), SQSEvent.class);
            APIGatewayV2HTTPEvent request =
                LambdaEvents.read(utf8(SAMPLE_HTTP_EVENT), APIGatewayV2HTTPEvent.class);
            OutputStream sink = OutputStream.nullOutputStream();
            LambdaEvents.write(
                sink,
                new SQSBatchResponse(
                    List.of(
                        new SQSBatchResponse.BatchItemFailure(
                            batch.getRecords().getFirst().getMessageId()))));
            LambdaEvents.write(
                sink,
                APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withHeaders(request.getHeaders())
                    .withBody(request.getBody())
                    .build());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static InputStream utf8(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The order adapter's read path: a consistent GetItem that finds nothing. */
  public static Step orders(OpenOrders orders) {
    return new Step("dynamodb-order", () -> orders.find(NO_SUCH_ORDER));
  }

  /**
   * A raw GetItem that finds nothing, for functions without the order adapter: the webhook reads
   * its replay records ({@code WEBHOOK#<eventId>} / {@code WEBHOOK}), the only keys its role may
   * read, so the key is shaped like one of them.
   */
  public static Step webhookRecord(DynamoDbClient dynamo, String table) {
    return new Step(
        "dynamodb-webhook-record",
        () ->
            dynamo.getItem(
                b ->
                    b.tableName(table)
                        .key(
                            Map.of(
                                OomTable.PK, AttributeValue.fromS("WEBHOOK#" + NO_SUCH_EVENT),
                                OomTable.SK, AttributeValue.fromS("WEBHOOK")))));
  }

  /** The SQS path: resolving a queue's URL (the outbox publisher resolves URLs the same way). */
  public static Step queue(SqsClient sqs, String queueName) {
    return new Step("sqs-" + queueName, () -> sqs.getQueueUrl(b -> b.queueName(queueName)));
  }

  /** The outbox publisher's SQS path, for the functions that publish: the ERP updates queue. */
  public static Step outbox(SqsClient sqs) {
    return queue(sqs, OomQueues.ERP_UPDATES);
  }

  /** An SQS event as Lambda sends it (events/…/lambda/sqs), with made-up data. */
  static final String SAMPLE_SQS_EVENT =
      """
      {"Records":[{"messageId":"priming-1","receiptHandle":"priming","body":"{}",
       "attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1795000000000"},
       "messageAttributes":{"kind":{"stringValue":"priming","dataType":"String"}},
       "md5OfBody":"99914b932bd37a50b983c5e7c90ae93b","eventSource":"aws:sqs",
       "eventSourceARN":"arn:aws:sqs:ca-central-1:123456789012:priming","awsRegion":"ca-central-1"}]}
      """;

  /** An HTTP API (payload 2.0) request as Lambda sends it, with a JWT authorizer's claims. */
  static final String SAMPLE_HTTP_EVENT =
      """
      {"version":"2.0","routeKey":"GET /orders/{orderId}","rawPath":"/orders/SO-1",
       "rawQueryString":"","headers":{"accept":"application/json"},
       "pathParameters":{"orderId":"SO-1"},"isBase64Encoded":false,
       "requestContext":{"accountId":"123456789012","apiId":"priming","stage":"$default",
        "requestId":"priming","routeKey":"GET /orders/{orderId}","time":"01/Dec/2026:16:05:33 +0000",
        "timeEpoch":1796140000000,
        "http":{"method":"GET","path":"/orders/SO-1","protocol":"HTTP/1.1","sourceIp":"192.0.2.1",
         "userAgent":"priming"},
        "authorizer":{"jwt":{"claims":{"sub":"priming","groups":"[oom-agent]"},
         "scopes":null}}}}
      """;

  /** An ERP snapshot as the catalogue has it (events/…/order-snapshot), with made-up data. */
  static final String SAMPLE_SNAPSHOT =
      """
      {"eventId":"erp-priming","type":"OrderSnapshot","occurredAt":"2026-12-01T16:05:33.250Z",
       "sequence":1,
       "order":{"orderId":"SO-000-00000","orderType":"SALE","fulfilment":"DELIVERY",
        "storeId":"000","locationId":"888","timeZone":"America/Winnipeg","locale":"fr-CA",
        "status":"SCH","fulfilmentDate":"2026-12-05","atpDate":"2026-12-03",
        "appointment":{"date":"2026-12-05","windowStart":"08:00:00","windowEnd":"12:00:00",
         "kind":"DELIVERY"},
        "value":"1529.97","balanceDue":"0.00","currency":"CAD",
        "guest":{"guestId":"G-0","firstName":"A","lastName":"B",
         "phones":[{"number":"+12045550100","type":"MOBILE","smsConsent":true},
                   {"number":"(204) 555-0101","type":"HOME","smsConsent":false}]},
        "lines":[{"lineId":"1","sku":"SKU-1","description":"sofa","quantity":1,
                  "value":"1529.97","available":true,"atpDate":"2026-12-03"}],
        "contactStatus":"HOLD","contactDate":"2026-12-04"}}
      """;
}
