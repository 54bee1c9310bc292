package com.oom.core.port;

import com.oom.core.time.BusinessCalendar;

/** The business calendar (time zone, opening hours, holidays) of each store. */
public interface BusinessCalendars {
  BusinessCalendar forStore(String storeId);
}
