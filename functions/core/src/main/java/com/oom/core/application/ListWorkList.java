package com.oom.core.application;

import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.OpenOrders;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import java.time.Clock;
import java.util.List;

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

  /**
   * @param storeId one store, or null for every store
   */
  public List<WorkItem> handle(WorkListKind kind, String storeId) {
    return workLists.build(kind, orders.openOrders(storeId), calendars::forStore, clock.instant());
  }
}
