package com.oom.core.worklist;

import com.oom.core.order.OpenOrder;
import com.oom.core.order.Transfer;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The past-due rule for transfers: a transfer not arrived whose expected date is at least {@code
 * pastDueAfterDays} before the store's today (expected June 15, today June 16: past due with the
 * default of one day). The agent chases it, due at the store's opening on the day it became past
 * due; it leaves the list when it arrives, or when it is re-booked with a later expected date.
 */
final class TransferPastDue {
  private TransferPastDue() {}

  static Optional<WorkItem> itemFor(
      OpenOrder order, BusinessCalendar calendar, Instant now, int pastDueAfterDays) {
    if (!order.awaitsTransfer()) {
      return Optional.empty();
    }
    Transfer transfer = order.transfer();
    LocalDate latestPastDue = calendar.today(now).minusDays(pastDueAfterDays);
    if (transfer.expectedDate().isAfter(latestPastDue)) {
      return Optional.empty();
    }
    return Optional.of(
        WorkItem.of(
            WorkListKind.PAST_DUE,
            order,
            NextAction.CHASE_TRANSFER,
            "Transfer from "
                + transfer.fromLocationId()
                + " to "
                + transfer.toLocationId()
                + " expected "
                + transfer.expectedDate()
                + " has not arrived",
            List.of(
                "chase the transfer: where is the merchandise? Re-book it with the new expected"
                    + " date"),
            calendar.openingOnOrAfter(transfer.expectedDate().plusDays(pastDueAfterDays))));
  }
}
