package com.oom.core.time;

/** What happens to a fixed-date holiday that falls on a weekend. */
public enum HolidaySubstitution {
  /**
   * Saturday or Sunday: also observed on the next weekday that is not itself a holiday (Christmas
   * on Sunday with Boxing Day on Monday is observed on Tuesday). The common Canadian public
   * observance (federal Holidays Act practice, provincial public-service calendars).
   */
  NEXT_FREE_WEEKDAY,
  /** Sunday only: also observed on the Monday (Québec's Fête du Canada and Fête nationale). */
  SUNDAY_TO_MONDAY,
  /** Never moved: the day itself is the holiday (Monday- and Easter-based days, Québec). */
  NONE
}
