package com.oom.core.worklist;

import com.oom.core.order.MissedFulfilment;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The guest was not home, or did not come for the pick-up: call to rebook. */
record MissedListRule() implements WorkListRule {

  @Override
  public Optional<WorkItem> itemFor(OpenOrder order, BusinessCalendar calendar, Instant now) {
    MissedFulfilment missed = order.missed();
    if (missed == null) {
      return Optional.empty();
    }
    String reason =
        switch (missed.outcome()) {
          case NOT_HOME -> "Not home";
          case PICKUP_MISSED -> "Pick-up missed";
          case DELIVERED, PICKED_UP, REFUSED ->
              throw new IllegalStateException(missed.outcome() + " is not a missed fulfilment");
        };
    return Optional.of(
        WorkItem.of(WorkListKind.MISSED, order, reason, List.of("rebook the appointment"), null));
  }
}
