package com.oom.core.order;

/** The moments in an order's life at which a guest may be texted. */
public enum TouchPoint {
  /** All the order's merchandise has arrived; the guest can book delivery or pick-up. */
  MERCHANDISE_AVAILABLE,
  /** A delivery, pick-up or technician appointment was booked (date and time window). */
  APPOINTMENT_BOOKED,
  /** Reminder of a booked appointment, asking the guest to confirm or reschedule. */
  APPOINTMENT_REMINDER,
  /** The delivery or technician time frame on the appointment day. */
  TIME_FRAME,
  /** The merchandise has a new expected availability (ATP) date. */
  REVISED_ATP,
  /** The guest was not home for delivery, or missed the pick-up. */
  MISSED_APPOINTMENT,
  /** A balance is owing on the order. */
  BALANCE_DUE,
  /**
   * The merchandise of a transfer booked in OOM arrived at its destination; the guest can book
   * delivery or pick-up (it stands in for MERCHANDISE_AVAILABLE when both happen at once).
   */
  TRANSFER_ARRIVED
}
