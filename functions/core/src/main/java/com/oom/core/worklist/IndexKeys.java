package com.oom.core.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The keys of the work-list index, one string each, fields separated by {@code |}: {@code
 * L|<list>|<store>|<rank>} (an entry), {@code A|<store>|<yyyy-mm-dd>|<order>} (an appointment day),
 * {@code N|<store>|<order>} (an order without a next step), {@code
 * P|<location>|<yyyy-mm-dd>|<order>} (a booked pick-up on a distribution centre's desk), {@code
 * R|<location>|<instant>|<order>} (an order in a location's reserved stock since that instant).
 * Store, location and order ids never contain {@code |} (the ERP's ids are digits and dashes).
 */
public final class IndexKeys {
  public static final String ENTRY = "L";
  public static final String APPOINTMENT = "A";
  public static final String WITHOUT_NEXT_STEP = "N";
  public static final String PICKUP = "P";
  public static final String RESERVED = "R";

  private IndexKeys() {}

  static String appointment(String storeId, LocalDate date, String orderId) {
    return APPOINTMENT + "|" + storeId + "|" + date + "|" + orderId;
  }

  static String withoutNextStep(String storeId, String orderId) {
    return WITHOUT_NEXT_STEP + "|" + storeId + "|" + orderId;
  }

  static String pickup(String locationId, LocalDate date, String orderId) {
    return PICKUP + "|" + locationId + "|" + date + "|" + orderId;
  }

  static String reserved(String locationId, Instant since, String orderId) {
    // whole seconds: every key the same width, so the keys sort by time
    return RESERVED
        + "|"
        + locationId
        + "|"
        + since.truncatedTo(ChronoUnit.SECONDS)
        + "|"
        + orderId;
  }
}
