package com.oom.core.time;

/** The part of the week a contact attempt falls in, in the guest's local time. */
public enum ContactSlot {
  WEEKDAY_DAY,
  WEEKDAY_NIGHT,
  WEEKEND
}
