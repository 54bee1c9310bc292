package com.oom.core.worklist;

import java.time.LocalDate;

/**
 * The keys of the work-list index, one string each, fields separated by {@code |}: {@code
 * L|<list>|<store>|<rank>} (an entry), {@code A|<store>|<yyyy-mm-dd>|<order>} (an appointment day),
 * {@code N|<store>|<order>} (an order without a next step). Store and order ids never contain
 * {@code |} (the ERP's ids are digits and dashes).
 */
public final class IndexKeys {
  public static final String ENTRY = "L";
  public static final String APPOINTMENT = "A";
  public static final String WITHOUT_NEXT_STEP = "N";

  private IndexKeys() {}

  static String appointment(String storeId, LocalDate date, String orderId) {
    return APPOINTMENT + "|" + storeId + "|" + date + "|" + orderId;
  }

  static String withoutNextStep(String storeId, String orderId) {
    return WITHOUT_NEXT_STEP + "|" + storeId + "|" + orderId;
  }
}
