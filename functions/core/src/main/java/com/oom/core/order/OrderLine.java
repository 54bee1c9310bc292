package com.oom.core.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One line of merchandise; {@code available} when it is in stock for possession. */
public record OrderLine(
    String lineId,
    String sku,
    String description,
    int quantity,
    BigDecimal value,
    boolean available,
    LocalDate atpDate) {
  public OrderLine {
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(value, "value");
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive on line " + lineId);
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("value must not be negative on line " + lineId);
    }
  }
}
