package com.oom.core.port;

import com.oom.core.order.PhoneNumber;

/** Sends one text message (AWS End User Messaging SMS in production). */
public interface SmsGateway {
  SendResult send(PhoneNumber to, String body, String orderId, String touchPoint);

  /** What the gateway did with a message. */
  sealed interface SendResult {
    record Sent(String messageId) implements SendResult {}

    /** The carrier or the gateway knows the number opted out. */
    record OptedOut() implements SendResult {}

    /** Try again later (throttling, a 5xx). */
    record Retryable(String reason) implements SendResult {}

    /** The message can never be sent as is (invalid number, validation). */
    record Rejected(String reason) implements SendResult {}
  }
}
