package com.oom.core.worklist;

import com.oom.core.order.Escalation;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A store's trouble (CWC) orders: why, since when, and the hand-off message it received. Due since
 * the hand-off (an order the ERP set CWC itself: since OOM saw it so). The order leaves the list
 * when the ERP closes it or hands it back to OOM.
 */
record CwcListRule() implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    if (!order.isCwc()) {
      return Optional.empty();
    }
    Escalation escalation = order.escalation();
    if (escalation == null) {
      return Optional.of(
          WorkItem.of(
              WorkListKind.CWC,
              order,
              NextAction.STORE_RESOLVES,
              "With store " + order.details().storeId() + ": set CWC by the ERP",
              List.of("the store resolves the order"),
              order.contactStatusSince()));
    }
    return Optional.of(
        WorkItem.of(
                WorkListKind.CWC,
                order,
                NextAction.STORE_RESOLVES,
                "With store "
                    + order.details().storeId()
                    + " since "
                    + escalation.at()
                    + ": "
                    + escalation.reason(),
                List.of("the store resolves the order"),
                escalation.at())
            .handedOff(escalation.at(), escalation.handOffId()));
  }
}
