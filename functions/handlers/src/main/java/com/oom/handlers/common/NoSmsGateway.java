package com.oom.handlers.common;

import com.oom.core.order.PhoneNumber;
import com.oom.core.port.SmsGateway;

/** For functions that never text guests: a text reaching here is a wiring defect. */
final class NoSmsGateway implements SmsGateway {
  @Override
  public SendResult send(PhoneNumber to, String body, String orderId, String touchPoint) {
    return new SendResult.Retryable("this function does not send texts");
  }
}
