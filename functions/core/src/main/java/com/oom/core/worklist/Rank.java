package com.oom.core.worklist;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An item's place in its list as a string whose byte order is {@link Priority}'s order, so an index
 * sorted by it returns the top of a list from one Query: promoted items first (longest waiting
 * first), then the undelivered value (highest first), then the longest waiting, then the order id.
 * Values are encoded exactly to the millionth within ±10^12; since as epoch milliseconds.
 */
public final class Rank {
  static final int VALUE_SCALE = 6;
  private static final BigInteger VALUE_OFFSET = BigInteger.TEN.pow(18);
  private static final BigDecimal VALUE_LIMIT = BigDecimal.TEN.pow(12);
  private static final String PROMOTED = "0";
  private static final String NOT_PROMOTED = "1";

  private Rank() {}

  public static String of(WorkItem item) {
    String since = since(item);
    String value = descendingValue(item.priority());
    return item.promoted()
        ? PROMOTED + since + value + item.orderId()
        : NOT_PROMOTED + value + since + item.orderId();
  }

  private static String since(WorkItem item) {
    long millis = item.since().toEpochMilli();
    if (millis < 0) {
      throw new IllegalArgumentException("since before 1970 on order " + item.orderId());
    }
    return String.format("%015d", millis);
  }

  /** Higher values sort first: the offset minus the value in millionths, 19 digits. */
  static String descendingValue(BigDecimal value) {
    if (value.abs().compareTo(VALUE_LIMIT) >= 0) {
      throw new IllegalArgumentException("value out of the rank's range: " + value);
    }
    BigDecimal scaled = value.movePointRight(VALUE_SCALE);
    if (scaled.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("value finer than a millionth: " + value);
    }
    return String.format("%019d", VALUE_OFFSET.subtract(scaled.toBigIntegerExact()));
  }
}
