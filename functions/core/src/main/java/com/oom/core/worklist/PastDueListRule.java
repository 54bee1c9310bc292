package com.oom.core.worklist;

import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rule 3: a fulfilment date at least {@code pastDueAfterDays} before today (EST June 15, today June
 * 16: past due with the default of one day); the fix is re-dating to the ATP date, due at the
 * store's opening on the day it became past due. A transfer not arrived by its expected date is
 * past due the same way ({@link TransferPastDue}), and goes first: until the merchandise is where
 * it must be, no fulfilment date can be kept.
 */
record PastDueListRule(int pastDueAfterDays) implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    Optional<WorkItem> lateTransfer =
        TransferPastDue.itemFor(order, calendar, now, pastDueAfterDays);
    if (lateTransfer.isPresent()) {
      return lateTransfer;
    }
    LocalDate fulfilmentDate = order.details().fulfilmentDate();
    LocalDate latestPastDue = calendar.today(now).minusDays(pastDueAfterDays);
    if (fulfilmentDate == null || fulfilmentDate.isAfter(latestPastDue)) {
      return Optional.empty();
    }
    LocalDate atpDate = order.details().atpDate();
    LocalDate today = calendar.today(now);
    String missing =
        atpDate == null
            ? "ATP date unknown"
            : atpDate.isBefore(today)
                ? "re-date: the ATP date " + atpDate + " has passed (to the booked date, or ask)"
                : "re-date to the ATP date " + atpDate;
    return Optional.of(
        WorkItem.of(
            WorkListKind.PAST_DUE,
            order,
            NextAction.REDATE,
            "Fulfilment date " + fulfilmentDate + " is past due",
            List.of(missing),
            calendar.openingOnOrAfter(fulfilmentDate.plusDays(pastDueAfterDays))));
  }
}
