package com.oom.core.testing;

import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The SMS log in memory: latest record per dedupe key, plus every record in order. */
public final class InMemorySmsLog implements SmsLog {
  private final Map<String, SmsRecord> latest = new LinkedHashMap<>();
  private final Map<String, Instant> claims = new HashMap<>();
  private final Set<String> sending = new HashSet<>();
  public final List<SmsRecord> history = new ArrayList<>();
  private final Consumer<List<? extends OutboxMessage>> outbox;

  /** Events recorded with a fate go nowhere. */
  public InMemorySmsLog() {
    this(events -> {});
  }

  /**
   * @param outbox where the events recorded with a fate go ({@code
   *     InMemoryOpenOrders::addToOutbox})
   */
  public InMemorySmsLog(Consumer<List<? extends OutboxMessage>> outbox) {
    this.outbox = outbox;
  }

  @Override
  public synchronized Optional<SmsRecord> find(String dedupeKey) {
    return Optional.ofNullable(latest.get(dedupeKey));
  }

  @Override
  public synchronized void record(SmsRecord record, List<? extends OutboxMessage> events) {
    outbox.accept(events);
    latest.put(record.request().dedupeKey(), record);
    history.add(record);
    claims.remove(record.request().dedupeKey());
    sending.remove(record.request().dedupeKey());
  }

  @Override
  public synchronized boolean claim(String dedupeKey, Instant now, Instant leaseUntil) {
    SmsRecord current = latest.get(dedupeKey);
    if (current != null && current.status() == Status.SENT) {
      return false;
    }
    Instant held = claims.get(dedupeKey);
    if (held != null && held.isAfter(now)) {
      return false;
    }
    claims.put(dedupeKey, leaseUntil);
    return true;
  }

  @Override
  public synchronized SendClaim claimToSend(
      String dedupeKey, Instant now, Instant leaseUntil, boolean callsGateway) {
    SmsRecord current = latest.get(dedupeKey);
    if (current != null && current.status() == Status.SENT) {
      return SendClaim.SENT;
    }
    Instant held = claims.get(dedupeKey);
    if (held != null && held.isAfter(now)) {
      return SendClaim.HELD;
    }
    if (held != null && sending.contains(dedupeKey)) {
      return SendClaim.INTERRUPTED;
    }
    claims.put(dedupeKey, leaseUntil);
    if (callsGateway) {
      sending.add(dedupeKey);
    } else {
      sending.remove(dedupeKey);
    }
    return SendClaim.CLAIMED;
  }

  @Override
  public synchronized int sentBetween(PhoneNumber phone, Instant from, Instant to) {
    return (int)
        history.stream()
            .filter(r -> r.status() == Status.SENT)
            .filter(r -> r.request().to().equals(phone))
            .filter(r -> !r.at().isBefore(from) && r.at().isBefore(to))
            .count();
  }

  @Override
  public synchronized List<SmsRequest> deferredDue(Instant now, int limit) {
    return latest.values().stream()
        .filter(r -> r.status() == Status.DEFERRED && !r.notBefore().isAfter(now))
        .map(SmsRecord::request)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<SmsRecord> forOrder(String orderId) {
    return history.stream().filter(r -> r.request().orderId().equals(orderId)).toList();
  }

  public synchronized List<SmsRecord> sent() {
    return history.stream().filter(r -> r.status() == Status.SENT).toList();
  }
}
