package com.oom.core.worklist;

import com.oom.core.order.OpenOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of a work list: why the order is there, what is missing, when it is due, and the order's
 * next step (which may belong to another list: an order on several lists has one next step).
 *
 * @param action what this list asks of the agent
 * @param priority value of the merchandise not yet delivered
 * @param since when the order started waiting: when its merchandise became available, else when OOM
 *     first saw it
 * @param promoted the starvation guard: waiting longer than the configured business days, so it
 *     goes before every item that is not
 * @param missing what still has to happen, most specific first; empty when nothing in particular
 * @param dueAt when the work is due (never null)
 * @param nextStep the order's next step, attached when the list is built (null before)
 * @param handOffId on the CWC list, the id of the hand-off message the store received (null when
 *     unknown, and on every other list)
 * @param guestText on the follow-up list, the words of the guest's latest text when the guest's
 *     reply is why the order is there (null otherwise): the agent reads it on the item
 */
public record WorkItem(
    String orderId,
    String storeId,
    WorkListKind list,
    NextAction action,
    String reason,
    BigDecimal priority,
    Instant since,
    boolean promoted,
    List<String> missing,
    Instant dueAt,
    NextStep nextStep,
    String handOffId,
    String guestText) {

  public WorkItem {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(dueAt, () -> "dueAt of a " + list.slug() + " item");
    missing = List.copyOf(missing);
  }

  /** The item putting {@code order} on {@code list}; priority and age come from the order. */
  static WorkItem of(
      WorkListKind list,
      OpenOrder order,
      NextAction action,
      String reason,
      List<String> missing,
      Instant dueAt) {
    return new WorkItem(
        order.orderId(),
        order.details().storeId(),
        list,
        action,
        reason,
        order.details().undeliveredValue(),
        waitingSince(order),
        false,
        missing,
        dueAt,
        null,
        null,
        null);
  }

  /** When the order started waiting: its merchandise available, else first seen. */
  static Instant waitingSince(OpenOrder order) {
    return order.availableSince() != null ? order.availableSince() : order.firstSeenAt();
  }

  WorkItem ranked(boolean isPromoted, NextStep step) {
    return new WorkItem(
        orderId,
        storeId,
        list,
        action,
        reason,
        priority,
        since,
        isPromoted,
        missing,
        dueAt,
        step,
        handOffId,
        guestText);
  }

  /** A CWC item: waiting since the hand-off {@code id} at {@code at}. */
  WorkItem handedOff(Instant at, String id) {
    return new WorkItem(
        orderId, storeId, list, action, reason, priority, at, promoted, missing, dueAt, nextStep,
        id, guestText);
  }

  /** The same item showing the guest's latest words. */
  WorkItem withGuestText(String words) {
    return new WorkItem(
        orderId, storeId, list, action, reason, priority, since, promoted, missing, dueAt, nextStep,
        handOffId, words);
  }
}
