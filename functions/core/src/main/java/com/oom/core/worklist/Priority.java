package com.oom.core.worklist;

import java.util.Comparator;

/**
 * The order agents work a list in (rule 7), keeping stock moving: items promoted by the starvation
 * guard first, longest waiting first; then the value of the undelivered merchandise, highest first;
 * then the longest waiting (merchandise available soonest); then order id and list, so the order is
 * total and stable.
 */
final class Priority {
  private Priority() {}

  static final Comparator<WorkItem> ORDER =
      Comparator.comparing(WorkItem::promoted, Comparator.reverseOrder())
          .thenComparing(
              (a, b) -> a.promoted() && b.promoted() ? a.since().compareTo(b.since()) : 0)
          .thenComparing(WorkItem::priority, Comparator.reverseOrder())
          .thenComparing(WorkItem::since)
          .thenComparing(WorkItem::orderId)
          .thenComparing(WorkItem::list);
}
