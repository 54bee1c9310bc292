package com.oom.local;

import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The real SMS log, counting each touch point's fate (sent / deferred / blocked / failed). */
final class CountingSmsLog implements SmsLog {
  private final SmsLog delegate;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  CountingSmsLog(SmsLog delegate) {
    this.delegate = delegate;
  }

  /** Counts keyed "TOUCH_POINT/STATUS", since the last call; resets them. */
  Map<String, Integer> takeCounts() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.getAndSet(0)));
    out.values().removeIf(v -> v == 0);
    return out;
  }

  @Override
  public Optional<SmsRecord> find(String dedupeKey) {
    return delegate.find(dedupeKey);
  }

  @Override
  public void record(SmsRecord record, List<? extends OutboxMessage> events) {
    delegate.record(record, events);
    counts
        .computeIfAbsent(record.touchPoint() + "/" + record.status(), k -> new AtomicInteger())
        .incrementAndGet();
  }

  @Override
  public boolean claim(String dedupeKey, Instant now, Instant leaseUntil) {
    return delegate.claim(dedupeKey, now, leaseUntil);
  }

  @Override
  public SendClaim claimToSend(
      String dedupeKey, Instant now, Instant leaseUntil, boolean callsGateway) {
    return delegate.claimToSend(dedupeKey, now, leaseUntil, callsGateway);
  }

  @Override
  public int sentBetween(PhoneNumber phone, Instant from, Instant to) {
    return delegate.sentBetween(phone, from, to);
  }

  @Override
  public List<SmsRequest> deferredDue(Instant now, int limit) {
    return delegate.deferredDue(now, limit);
  }

  @Override
  public List<SmsRecord> forOrder(String orderId) {
    return delegate.forOrder(orderId);
  }
}
