package com.oom.core.worklist;

import com.oom.core.order.OpenOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of a work list: why the order is there, what is missing, when something is due.
 *
 * @param priority value of the merchandise not yet delivered
 * @param since when OOM first saw the order: its age
 * @param missing what still has to happen, most specific first; empty when nothing in particular
 * @param dueAt when the work is due, or null when nothing is due at a known instant
 */
public record WorkItem(
    String orderId,
    String storeId,
    WorkListKind list,
    String reason,
    BigDecimal priority,
    Instant since,
    List<String> missing,
    Instant dueAt) {

  public WorkItem {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(since, "since");
    missing = List.copyOf(missing);
  }

  /** The item putting {@code order} on {@code list}; priority and age come from the order. */
  static WorkItem of(
      WorkListKind list, OpenOrder order, String reason, List<String> missing, Instant dueAt) {
    return new WorkItem(
        order.orderId(),
        order.details().storeId(),
        list,
        reason,
        order.details().undeliveredValue(),
        order.firstSeenAt(),
        missing,
        dueAt);
  }
}
