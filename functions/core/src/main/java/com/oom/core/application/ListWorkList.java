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
   * Every list's size from one read of the open orders (one read per list would read the store once
   * per kind).
   *
   * @param storeId one store, or null for every store
   */
  public Map<WorkListKind, Integer> sizes(String storeId) {
    return sizes(orders.openOrders(storeId), clock.instant());
  }

  Map<WorkListKind, Integer> sizes(List<OpenOrder> open, Instant now) {
    return workLists.sizes(open, calendars::find, now);
  }

  /**
   * The open orders with no next step, from one read: none, unless a rule leaves an order without
   * one (the daily plan reports them; the local runner's demo prints the count every day).
   *
   * @param storeId one store, or null for every store
   */
  public List<String> withoutNextStep(String storeId) {
    return withoutNextStep(orders.openOrders(storeId), clock.instant());
  }

  /**
   * The open orders of a store in the directory with no next step: none, unless a rule leaves an
   * order without one (the daily plan reports them).
   */
  List<String> withoutNextStep(List<OpenOrder> open, Instant now) {
    return open.stream()
        .filter(order -> !order.isClosed())
        .filter(
            order ->
                calendars
                    .find(order.details().storeId())
                    .map(calendar -> workLists.nextStep(order, calendar, now).isEmpty())
                    .orElse(false))
        .map(OpenOrder::orderId)
        .sorted()
        .toList();
  }
}
