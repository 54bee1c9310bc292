package com.oom.handlers.messages;

import com.oom.aws.wire.sms.SmsRequestWire;
import com.oom.core.outbox.OutboxMessage.SmsRequest;

/** A message on {@code oom-sms-requests}, read through its wire record ({@link SmsRequestWire}). */
public final class SmsRequestMessage {
  private SmsRequestMessage() {}

  public static SmsRequest parse(String body) {
    return MessageBodies.toDomain(() -> MessageBodies.read(body, SmsRequestWire.class).toDomain());
  }
}
