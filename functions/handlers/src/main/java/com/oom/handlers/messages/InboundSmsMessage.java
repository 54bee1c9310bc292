package com.oom.handlers.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.wire.Wire;
import com.oom.aws.wire.sms.SmsInboundPayloadWire;
import com.oom.aws.wire.sms.SnsNotificationWire;
import com.oom.core.order.PhoneNumber;
import com.oom.handlers.common.InvalidMessage;

/**
 * A guest's text, as End User Messaging two-way SMS publishes it to SNS and SNS delivers it to SQS:
 * an SNS notification ({@link SnsNotificationWire}) whose {@code Message} is the two-way SMS
 * payload ({@link SmsInboundPayloadWire}).
 */
public record InboundSmsMessage(
    PhoneNumber originationNumber,
    String destinationNumber,
    String messageKeyword,
    String messageBody,
    String inboundMessageId,
    String previousPublishedMessageId) {

  public static InboundSmsMessage parse(String body) {
    JsonNode node = MessageBodies.tree(body);
    if (node.has("Type")) {
      SnsNotificationWire notification = MessageBodies.read(node, SnsNotificationWire.class);
      if (!SnsNotificationWire.NOTIFICATION.equals(notification.type())) {
        throw new InvalidMessage("Type", "must be Notification");
      }
      MessageBodies.requiredText(node, "Message");
      return of(MessageBodies.read(notification.message(), SmsInboundPayloadWire.class));
    }
    return of(MessageBodies.read(node, SmsInboundPayloadWire.class));
  }

  private static InboundSmsMessage of(SmsInboundPayloadWire wire) {
    return new InboundSmsMessage(
        MessageBodies.toDomain(() -> Wire.phone("originationNumber", wire.originationNumber())),
        wire.destinationNumber(),
        wire.messageKeyword(),
        wire.messageBody(),
        wire.inboundMessageId(),
        wire.previousPublishedMessageId());
  }

  /** Never logged: the guest's words are personal data. */
  @Override
  public String toString() {
    return "InboundSmsMessage[" + inboundMessageId + " from " + originationNumber.masked() + "]";
  }
}
