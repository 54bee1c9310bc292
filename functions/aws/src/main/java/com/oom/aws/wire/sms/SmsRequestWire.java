package com.oom.aws.wire.sms;

import com.oom.aws.wire.Wire;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import java.time.Instant;
import java.util.Objects;

/** {@code sms-request.schema.json}: a touch point for the SMS sender ({@code oom-sms-requests}). */
public record SmsRequestWire(
    String requestId,
    String orderId,
    TouchPoint touchPoint,
    String dedupeKey,
    String to,
    Instant requestedAt) {
  public SmsRequestWire {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(touchPoint, "touchPoint");
    Objects.requireNonNull(dedupeKey, "dedupeKey");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }

  public static SmsRequestWire of(SmsRequest r) {
    return new SmsRequestWire(
        r.requestId(), r.orderId(), r.touchPoint(), r.dedupeKey(), r.to().value(), r.requestedAt());
  }

  public SmsRequest toDomain() {
    return new SmsRequest(
        requestId, orderId, touchPoint, dedupeKey, Wire.phone("to", to), requestedAt);
  }

  /** Never logged whole: the number is personal data. */
  @Override
  public String toString() {
    return "SmsRequestWire[" + requestId + " " + touchPoint + " for " + orderId + "]";
  }
}
