package com.oom.aws.dynamo;

import com.oom.catalogue.SuiteTable;
import com.oom.core.worklist.WorkListKind;
import java.time.LocalDate;

/**
 * Keys of the work-list index in the single table (the module README shows the layout). Every entry
 * is written twice, for its store and for the view across stores; counters and the orders by
 * appointment day and without a next step live in partitions of their own, as do each distribution
 * centre's pick-up desk by day, each location's reserved stock by age, and every location's
 * reserved-stock counters.
 */
final class WorkListItems {
  static final String ITEM = "item";
  static final String ORDER_ID = "orderId";
  static final String COUNT = "n";

  /** On the state item: the index keys written for the order, and when they change next. */
  static final String LISTED = "listed";

  static final String LIST_REFRESH_AT = "listRefreshAt";

  private WorkListItems() {}

  static String storeList(WorkListKind kind, String storeId) {
    return "WL#" + kind.slug() + "#STORE#" + storeId;
  }

  static String allStoresList(WorkListKind kind, int shard) {
    return "WL#" + kind.slug() + "#ALL#" + shard;
  }

  static int shardOf(String orderId) {
    return Math.floorMod(orderId.hashCode(), SuiteTable.WORK_LIST_SHARDS);
  }

  static String storeCounters(String storeId) {
    return "WLCOUNT#STORE#" + storeId;
  }

  static String allStoresCounters(int shard) {
    return "WLCOUNT#ALL#" + shard;
  }

  /** The counter of {@code kind} an order's entry is counted in: {@code <list>#<n>}. */
  static String counter(WorkListKind kind, String orderId) {
    return kind.slug() + "#" + Math.floorMod(orderId.hashCode(), SuiteTable.WORK_LIST_COUNTERS);
  }

  static String appointments(String storeId) {
    return "APPT#" + storeId;
  }

  static String appointment(LocalDate day, String orderId) {
    return day + "#" + orderId;
  }

  static String withoutNextStep(String storeId) {
    return "NONEXT#" + storeId;
  }

  /** A distribution centre's pick-up desk: its booked pick-ups by {@code <day>#<order>}. */
  static String pickupDesk(String locationId) {
    return "PICKUP#" + locationId;
  }

  static String pickupDeskDay(LocalDate day, String orderId) {
    return day + "#" + orderId;
  }

  /** A location's reserved stock, oldest first: {@code <availableSince>#<order>}. */
  static String reserved(String locationId) {
    return "RESERVED#" + locationId;
  }

  static String reservedSince(String availableSince, String orderId) {
    return availableSince + "#" + orderId;
  }

  /** Every location's reserved-stock counters, {@code <location>#<n>}: one partition. */
  static String reservedCounts() {
    return "RESERVEDCOUNT";
  }

  static String reservedCounter(String locationId, String orderId) {
    return locationId + "#" + Math.floorMod(orderId.hashCode(), SuiteTable.WORK_LIST_COUNTERS);
  }
}
