package com.oom.handlers.webhook;

import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.PhoneNumber;
import com.oom.handlers.common.InvalidMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The {@code ConfirmationResult} payload Jenny posts, checked before it is forwarded unchanged to
 * {@code oom-confirmations}. Fields Jenny may add later are ignored here and travel on in the raw
 * body. {@code phone} may be absent (a chat has none).
 */
record JennyConfirmation(
    String eventId,
    Instant occurredAt,
    String orderId,
    LocalDate appointmentDate,
    ConfirmationResultKind result,
    PhoneNumber phone,
    ConfirmationChannel channel) {
  private static final Pattern ID = Pattern.compile("[\\x21-\\x7E]{1,200}");

  JennyConfirmation validated() {
    id(eventId, "eventId");
    required(occurredAt, "occurredAt");
    id(orderId, "orderId");
    required(appointmentDate, "appointmentDate");
    required(result, "result");
    required(channel, "channel");
    return this;
  }

  private static void required(Object value, String field) {
    if (value == null) {
      throw new InvalidMessage(field, "is required");
    }
  }

  private static void id(String value, String field) {
    required(value, field);
    if (!ID.matcher(value).matches()) {
      throw new InvalidMessage(field, "must be 1 to 200 visible ASCII characters");
    }
  }
}
