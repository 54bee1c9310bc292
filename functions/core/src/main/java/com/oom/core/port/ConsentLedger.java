package com.oom.core.port;

import com.oom.core.order.PhoneNumber;
import java.time.Instant;

/** Opt-outs per phone number, whatever order they came from; they win over order consent. */
public interface ConsentLedger {
  boolean isOptedOut(PhoneNumber phone);

  /** Opts a number out, publishing no event. */
  default void optOut(PhoneNumber phone, Instant at, String keyword) {
    optOut(phone, at, keyword, java.util.List.of());
  }

  /**
   * Opts a number out and, in the same write, puts {@code events} (the opt-out's domain event) in
   * the outbox, for the caller to publish and the sweep to publish again if that fails.
   */
  void optOut(
      PhoneNumber phone,
      Instant at,
      String keyword,
      java.util.List<? extends com.oom.core.outbox.OutboxMessage> events);

  void optIn(PhoneNumber phone, Instant at, String keyword);
}
