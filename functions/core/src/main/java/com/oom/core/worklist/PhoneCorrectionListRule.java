package com.oom.core.worklist;

import com.oom.core.order.OpenOrder;
import com.oom.core.order.WrongNumber;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A guest's number reached someone else: correct it in the ERP (which owns the phones). The item
 * leaves the list when a snapshot no longer lists the number.
 */
record PhoneCorrectionListRule() implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    List<WrongNumber> wrong =
        order.wrongNumbers().stream()
            .sorted(Comparator.comparing(WrongNumber::reportedAt))
            .toList();
    if (wrong.isEmpty()) {
      return Optional.empty();
    }
    List<String> missing =
        wrong.stream().map(w -> "correct " + w.number().masked() + " in the ERP").toList();
    return Optional.of(
        WorkItem.of(
            WorkListKind.PHONE_CORRECTION,
            order,
            NextAction.CORRECT_PHONE,
            "Wrong number reported",
            missing,
            wrong.get(0).reportedAt()));
  }
}
