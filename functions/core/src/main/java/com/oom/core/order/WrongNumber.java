package com.oom.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * A phone of the order's guest that reached someone else (a WRONG_NUMBER result). The number
 * belongs to the ERP, so OOM only marks it until a snapshot no longer lists it.
 */
public record WrongNumber(PhoneNumber number, Instant reportedAt) {
  public WrongNumber {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }
}
