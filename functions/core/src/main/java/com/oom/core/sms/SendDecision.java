package com.oom.core.sms;

import java.time.Instant;
import java.util.Objects;

/** Whether a touch-point text goes out now, later, or never. */
public sealed interface SendDecision {
  record Send() implements SendDecision {}

  /**
   * Due inside quiet hours or over the daily cap: it goes out at {@code notBefore}, never dropped.
   */
  record Defer(Instant notBefore, DeferReason reason) implements SendDecision {
    public Defer {
      Objects.requireNonNull(notBefore, "notBefore");
      Objects.requireNonNull(reason, "reason");
    }
  }

  record Block(BlockReason reason) implements SendDecision {
    public Block {
      Objects.requireNonNull(reason, "reason");
    }
  }

  enum DeferReason {
    QUIET_HOURS,
    DAILY_CAP,
    /** The gateway throttled or failed: try again after a short delay. */
    GATEWAY_BUSY
  }

  enum BlockReason {
    ORDER_UNKNOWN,
    ORDER_CLOSED,
    ORDER_IN_CWC,
    NUMBER_NOT_ON_FILE,
    NOT_MOBILE,
    NO_CONSENT,
    OPTED_OUT,
    SUPERSEDED,
    /** The appointment the text is about has passed: it is no longer true (see StaleTexts). */
    APPOINTMENT_PASSED
  }
}
