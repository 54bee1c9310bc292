package com.oom.core.port;

import com.oom.core.order.PhoneNumber;
import java.time.Instant;

/** Opt-outs per phone number, whatever order they came from; they win over order consent. */
public interface ConsentLedger {
  boolean isOptedOut(PhoneNumber phone);

  void optOut(PhoneNumber phone, Instant at, String keyword);

  void optIn(PhoneNumber phone, Instant at, String keyword);
}
