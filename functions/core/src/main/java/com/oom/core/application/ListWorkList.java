package com.oom.core.application;

import com.oom.core.order.OpenOrder;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.OpenOrders;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A live work list: computed from the orders' state at the time of the request. */
public final class ListWorkList {
  private final OpenOrders orders;
  private final BusinessCalendars calendars;
  private final WorkLists workLists;
  private final Clock clock;

  public ListWorkList(
      OpenOrders orders, BusinessCalendars calendars, WorkLists workLists, Clock clock) {
    this.orders = orders;
    this.calendars = calendars;
    this.workLists = workLists;
    this.clock = clock;
  }

  /** Whether the store is in the directory (a list of another store is refused, not empty). */
  public boolean knowsStore(String storeId) {
    return calendars.knows(storeId);
  }

  /**
   * @param storeId one store, or null for every store
   */
  public List<WorkItem> handle(WorkListKind kind, String storeId) {
    return workLists.build(kind, orders.openOrders(storeId), calendars::find, clock.instant());
  }

  /**
   * Every list's size and the open orders without a next step, from one read of the open orders
   * (one read per list would read the store once per kind).
   *
   * @param storeId one store, or null for every store
   */
  public WorkLists.Census census(String storeId) {
    return census(orders.openOrders(storeId), clock.instant());
  }

  WorkLists.Census census(List<OpenOrder> open, Instant now) {
    return workLists.census(open, calendars::find, now);
  }

  /**
   * Every list's size, from one read of the open orders.
   *
   * @param storeId one store, or null for every store
   */
  public Map<WorkListKind, Integer> sizes(String storeId) {
    return census(storeId).sizes();
  }

  /**
   * The open orders with no next step, from one read: none, unless a rule leaves an order without
   * one (the daily plan reports them).
   *
   * @param storeId one store, or null for every store
   */
  public List<String> withoutNextStep(String storeId) {
    return census(storeId).withoutNextStep();
  }
}
