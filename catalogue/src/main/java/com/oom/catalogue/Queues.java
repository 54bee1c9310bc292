package com.oom.catalogue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Every queue of the suite: the four the functions consume, the ERP's, one per store. */
public final class Queues {
  public static final String ORDER_FEED = "oom-order-feed";
  public static final String CONFIRMATIONS = "oom-confirmations";
  public static final String SMS_INBOUND = "oom-sms-inbound";
  public static final String SMS_REQUESTS = "oom-sms-requests";
  public static final String ERP_UPDATES = "oom-erp-updates";
  public static final String HAND_OFF_PREFIX = "oom-handoff-";

  /** How often a message may be received before it moves to the dead-letter queue. */
  public static final int MAX_RECEIVE_COUNT = 5;

  /** A queue read by another system keeps its visibility timeout; its poller may extend it. */
  public static final Duration EXTERNAL_VISIBILITY = Duration.ofSeconds(60);

  /** Internal queues: their consumers run within minutes. */
  public static final Duration RETENTION = Duration.ofDays(4);

  /** Queues read by the ERP and the stores, and every DLQ: the longest SQS keeps. */
  public static final Duration LONG_RETENTION = Duration.ofDays(14);

  private static final Pattern STORE_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  private Queues() {}

  /** Every queue, for these stores: the suite's own first, then each store's hand-off queue. */
  public static List<SuiteQueue> all(StoreDirectory stores) {
    List<SuiteQueue> queues = new ArrayList<>();
    queues.add(consumed(ORDER_FEED, "order-snapshot", "fulfilment-outcome"));
    queues.add(consumed(CONFIRMATIONS, "confirmation-result", "eventbridge-confirmation-result"));
    queues.add(consumed(SMS_INBOUND, "sms-inbound-notification"));
    queues.add(consumed(SMS_REQUESTS, "sms-request"));
    queues.add(external(ERP_UPDATES, false, "the ERP (STORIS)", "erp-update"));
    for (Store store : stores.stores()) {
      queues.add(external(store.handOffQueue(), true, "the store's systems", "store-hand-off"));
    }
    return queues;
  }

  /** The queue with this name among {@link #all} for these stores. */
  public static SuiteQueue named(String name, StoreDirectory stores) {
    return all(stores).stream()
        .filter(q -> q.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no such queue: " + name));
  }

  /**
   * A store's hand-off queue unless its directory entry names another; refuses store ids that
   * cannot be part of an SQS queue name.
   */
  public static String defaultHandOff(String storeId) {
    if (storeId == null) {
      throw new IllegalArgumentException("store id is missing: no hand-off queue can be named");
    }
    if (!STORE_ID.matcher(storeId).matches()) {
      throw new IllegalArgumentException(
          "store id '%s' is not usable in a queue name: use 1 to 40 letters, digits, '-' or '_'"
              .formatted(storeId));
    }
    return HAND_OFF_PREFIX + storeId + ".fifo";
  }

  private static SuiteQueue consumed(String name, String... schemas) {
    SuiteFunction consumer =
        SuiteFunction.consumerOf(name)
            .orElseThrow(() -> new IllegalStateException("no function consumes " + name));
    return new SuiteQueue(
        name,
        false,
        consumer.queueVisibilityTimeout(),
        MAX_RECEIVE_COUNT,
        RETENTION,
        List.of(schemas),
        consumer.functionName());
  }

  private static SuiteQueue external(String name, boolean fifo, String readBy, String schema) {
    return new SuiteQueue(
        name,
        fifo,
        EXTERNAL_VISIBILITY,
        MAX_RECEIVE_COUNT,
        LONG_RETENTION,
        List.of(schema),
        readBy);
  }
}
