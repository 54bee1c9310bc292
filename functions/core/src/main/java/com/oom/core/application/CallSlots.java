package com.oom.core.application;

import com.oom.core.order.OpenOrder;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.time.SlotBoundaries;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * What places a call to a guest in its slot ({@code rules/ContactAttempts}): the configured slot
 * boundaries, and the public holidays of the order's store (they count as weekend).
 */
record CallSlots(SlotBoundaries boundaries, BusinessCalendars calendars) {

  /** The holidays of {@code order}'s store. */
  Predicate<LocalDate> holidaysOf(OpenOrder order) {
    return calendars.forStore(order.details().storeId())::isHoliday;
  }
}
