package com.oom.handlers.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.dynamo.OomTable;
import com.oom.aws.json.OomJson;
import com.oom.core.order.OrderDetails;
import com.oom.core.port.OpenOrders;
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
 * <p>Every step is free of side effects and within the function's IAM grants: a JSON round trip of
 * a sample order in memory, a consistent {@code GetItem} of a key that cannot exist (the real
 * adapter's read path: signing, endpoint rules, HTTP, unmarshalling) and a {@code GetQueueUrl} of a
 * queue the function publishes to. A failing step (no network, access denied) is logged at debug
 * and skipped: priming never fails the init. An HTTP connection kept alive from priming can be dead
 * after a restore; the SDK retries a request that fails with an I/O error.
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

  /** The one JSON mapping: an ERP snapshot read into the domain records and written back. */
  public static Step json() {
    return new Step(
        "json",
        () -> {
          JsonNode snapshot = WireJson.tree(SAMPLE_SNAPSHOT);
          OrderDetails order = WireJson.read(snapshot.get("order"), OrderDetails.class);
          OomJson.write(order);
        });
  }

  /** The order adapter's read path: a consistent GetItem that finds nothing. */
  public static Step orders(OpenOrders orders) {
    return new Step("dynamodb", () -> orders.find(NO_SUCH_ORDER));
  }

  /**
   * A raw GetItem that finds nothing, for functions without the order adapter: the webhook reads
   * its replay records ({@code WEBHOOK#<eventId>} / {@code WEBHOOK}), the only keys its role may
   * read, so the key is shaped like one of them.
   */
  public static Step webhookRecord(DynamoDbClient dynamo, String table) {
    return new Step(
        "dynamodb",
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
    return new Step("sqs", () -> sqs.getQueueUrl(b -> b.queueName(queueName)));
  }

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
                  "value":"1529.97","available":true,"atpDate":"2026-12-03"}]}}
      """;
}
