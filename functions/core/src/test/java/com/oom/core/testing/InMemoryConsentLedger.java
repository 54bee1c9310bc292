package com.oom.core.testing;

import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.port.ConsentLedger;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

public final class InMemoryConsentLedger implements ConsentLedger {
  private final Set<PhoneNumber> optedOut = new HashSet<>();
  private final Consumer<List<? extends OutboxMessage>> outbox;

  /** Events recorded with an opt-out go nowhere. */
  public InMemoryConsentLedger() {
    this(events -> {});
  }

  /**
   * @param outbox where the events recorded with an opt-out go ({@code
   *     InMemoryOpenOrders::addToOutbox})
   */
  public InMemoryConsentLedger(Consumer<List<? extends OutboxMessage>> outbox) {
    this.outbox = outbox;
  }

  @Override
  public synchronized boolean isOptedOut(PhoneNumber phone) {
    return optedOut.contains(phone);
  }

  @Override
  public synchronized void optOut(
      PhoneNumber phone, Instant at, String keyword, List<? extends OutboxMessage> events) {
    outbox.accept(events);
    optedOut.add(phone);
  }

  @Override
  public synchronized void optIn(PhoneNumber phone, Instant at, String keyword) {
    optedOut.remove(phone);
  }
}
