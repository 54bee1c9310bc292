package com.oom.core.worklist;

import java.time.Instant;
import java.util.Objects;

/**
 * The one thing that has to happen next on an open order, and by when.
 *
 * @param dueAt when it is due (or, for a wait, when OOM looks again); null only for a CWC order
 *     whose hand-off time is unknown (set CWC by the ERP)
 * @param reason why, in words for an agent (for CWC it names the store)
 * @param list the work list the step is worked from, or null for a wait
 */
public record NextStep(NextAction action, Instant dueAt, String reason, WorkListKind list) {
  public NextStep {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    if (dueAt == null && action != NextAction.STORE_RESOLVES) {
      throw new IllegalArgumentException(action + " needs a due time");
    }
  }

  static NextStep of(WorkItem item) {
    return new NextStep(item.action(), item.dueAt(), item.reason(), item.list());
  }
}
