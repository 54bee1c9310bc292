package com.oom.core.worklist;

import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.Optional;

/** Whether an order belongs on one work list, and the item that says why and by when. */
sealed interface WorkListRule
    permits SchedulingListRule,
        FollowUpListRule,
        ConfirmationListRule,
        CodedListRule,
        PastDueListRule,
        MissedListRule,
        SyncListRule,
        PhoneCorrectionListRule,
        CwcListRule {

  /**
   * @param order an order in EST or SCH (the caller leaves out CWC and closed orders, except for
   *     the lists that are not {@link WorkListKind#onlyWorkedByOom()})
   * @param calendar the business calendar of the order's store
   */
  Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now);
}
