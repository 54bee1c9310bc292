package com.oom.core.port;

import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.sms.TouchPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every touch point's fate: sent, deferred (with when), or blocked (with why). */
public interface SmsLog {
  /** The latest record for this dedupe key, if any. */
  Optional<SmsRecord> find(String dedupeKey);

  void record(SmsRecord record);

  /**
   * Claims the right to send for this dedupe key until {@code leaseUntil}: false when it was sent
   * already or another sender holds an unexpired claim. Makes concurrent redeliveries send once.
   */
  boolean claim(String dedupeKey, Instant now, Instant leaseUntil);

  /** Texts actually sent to this number in [from, to). */
  int sentBetween(PhoneNumber phone, Instant from, Instant to);

  /** Deferred requests whose time has come, at most {@code limit}. */
  List<SmsRequest> deferredDue(Instant now, int limit);

  List<SmsRecord> forOrder(String orderId);

  enum Status {
    SENT,
    DEFERRED,
    BLOCKED,
    FAILED
  }

  /**
   * @param notBefore for DEFERRED: when it may go out
   * @param detail the gateway message id (SENT), or the reason (BLOCKED, FAILED)
   */
  record SmsRecord(
      SmsRequest request,
      TouchPoint touchPoint,
      Status status,
      Instant at,
      Instant notBefore,
      String detail,
      String body) {}
}
