package com.oom.core.worklist;

import com.oom.core.order.OpenOrder;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * OOM's changes the ERP has not shown in time: what is pending since when. The item is due when the
 * first change became overdue; it leaves the list when a snapshot shows (or overrides) every
 * change.
 */
record SyncListRule(EchoDeadlines deadlines) implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    List<EchoDeadlines.Waiting> overdue = deadlines.overdue(order, calendar, now);
    if (overdue.isEmpty()) {
      return Optional.empty();
    }
    List<String> missing =
        overdue.stream().map(w -> w.what() + " pending since " + w.since()).toList();
    return Optional.of(
        WorkItem.of(
            WorkListKind.SYNC,
            order,
            NextAction.CHASE_ERP,
            "Not shown by the ERP within " + deadlines.within().toHours() + " business hours",
            missing,
            overdue.get(0).dueAt()));
  }
}
