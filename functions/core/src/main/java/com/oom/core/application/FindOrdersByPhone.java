package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.OpenOrders;
import com.oom.core.worklist.NextStep;
import com.oom.core.worklist.WorkLists;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Finds the order a caller rings about: the open orders whose guest has this telephone number,
 * newest first, each with its one next step. The caller's scope is decided order by order as for
 * the order view ({@link Acting}): agents see every order, a store's staff only their own stores'
 * orders. Another store's orders are left out, not refused: a store must not learn that a number
 * has orders elsewhere. One read of the number's index and one batch read of the orders.
 */
public final class FindOrdersByPhone {
  private final OpenOrders orders;
  private final BusinessCalendars calendars;
  private final WorkLists workLists;
  private final Clock clock;

  FindOrdersByPhone(
      OpenOrders orders, BusinessCalendars calendars, WorkLists workLists, Clock clock) {
    this.orders = orders;
    this.calendars = calendars;
    this.workLists = workLists;
    this.clock = clock;
  }

  /**
   * An open order of the number, with its next step (null for an order of a store no longer in the
   * directory).
   */
  public record Found(OpenOrder order, NextStep nextStep) {}

  /** What was found for the number, as of {@code at}. */
  public record Result(PhoneNumber phone, List<Found> orders, Instant at) {
    public Result {
      orders = List.copyOf(orders);
    }
  }

  public Result handle(PhoneNumber phone, Acting acting) {
    Instant now = clock.instant();
    List<Found> found =
        orders.openOrdersByPhone(phone).stream()
            .filter(order -> !order.isClosed())
            .filter(order -> acting.on(order.details().storeId()).isPresent())
            .map(
                order ->
                    new Found(
                        order,
                        calendars
                            .find(order.details().storeId())
                            .flatMap(c -> workLists.nextStep(order, c, now))
                            .orElse(null)))
            .toList();
    return new Result(phone, found, now);
  }
}
