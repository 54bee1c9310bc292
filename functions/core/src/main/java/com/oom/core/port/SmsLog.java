package com.oom.core.port;

import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every touch point's fate: sent, deferred (with when), or blocked (with why). */
public interface SmsLog {
  /** The latest record for this dedupe key, if any. */
  Optional<SmsRecord> find(String dedupeKey);

  /** Records a fate that publishes no event. */
  default void record(SmsRecord record) {
    record(record, List.of());
  }

  /**
   * Records a fate and, in the same write, puts {@code events} (its domain events) in the outbox,
   * for the caller to publish and the sweep to publish again if that fails.
   */
  void record(SmsRecord record, List<? extends OutboxMessage> events);

  /**
   * Claims the right to send for this dedupe key until {@code leaseUntil}: false when it was sent
   * already or another sender holds an unexpired claim. Makes concurrent redeliveries send once.
   */
  boolean claim(String dedupeKey, Instant now, Instant leaseUntil);

  /**
   * Claims a touch point until {@code leaseUntil} as the sender's last step before it records an
   * outcome ({@link #record} ends the claim), saying whether it will call the gateway in between.
   * An earlier claim that ran out without an outcome is taken over, unless its sender was calling
   * the gateway: that text may have gone out, and sending it again could text the guest twice.
   */
  SendClaim claimToSend(String dedupeKey, Instant now, Instant leaseUntil, boolean callsGateway);

  /** Whether a sender may call the gateway for a touch point. */
  enum SendClaim {
    /** This sender may call the gateway. */
    CLAIMED,
    /** Sent already. */
    SENT,
    /** Another sender holds a live claim: its outcome is not known yet, ask again later. */
    HELD,
    /** A claim ran out without an outcome: the text may have gone out; it must not be resent. */
    INTERRUPTED
  }

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
