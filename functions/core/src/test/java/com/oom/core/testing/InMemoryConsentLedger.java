package com.oom.core.testing;

import com.oom.core.order.PhoneNumber;
import com.oom.core.port.ConsentLedger;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

public final class InMemoryConsentLedger implements ConsentLedger {
  private final Set<PhoneNumber> optedOut = new HashSet<>();

  @Override
  public synchronized boolean isOptedOut(PhoneNumber phone) {
    return optedOut.contains(phone);
  }

  @Override
  public synchronized void optOut(PhoneNumber phone, Instant at, String keyword) {
    optedOut.add(phone);
  }

  @Override
  public synchronized void optIn(PhoneNumber phone, Instant at, String keyword) {
    optedOut.remove(phone);
  }
}
