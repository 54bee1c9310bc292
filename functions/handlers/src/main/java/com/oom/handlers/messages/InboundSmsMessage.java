package com.oom.handlers.messages;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.core.order.PhoneNumber;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.common.WireJson;
import java.util.Objects;

/**
 * A guest's text, as End User Messaging two-way SMS publishes it to SNS and SNS delivers it to SQS:
 * an SNS notification whose {@code Message} is the two-way SMS payload.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InboundSmsMessage(
    PhoneNumber originationNumber,
    String destinationNumber,
    String messageKeyword,
    String messageBody,
    String inboundMessageId,
    String previousPublishedMessageId) {

  public InboundSmsMessage {
    Objects.requireNonNull(originationNumber, "originationNumber");
    Objects.requireNonNull(inboundMessageId, "inboundMessageId");
    Objects.requireNonNull(messageBody, "messageBody");
  }

  public static InboundSmsMessage parse(String body) {
    JsonNode node = WireJson.tree(body);
    if ("Notification".equals(node.path("Type").asText())) {
      String message = WireJson.requiredText(node, "Message");
      return WireJson.read(message, InboundSmsMessage.class);
    }
    if (node.has("Type")) {
      throw new InvalidMessage("Type", "must be Notification");
    }
    return WireJson.read(node, InboundSmsMessage.class);
  }

  /** Never logged: the guest's words are personal data. */
  @Override
  public String toString() {
    return "InboundSmsMessage[" + inboundMessageId + " from " + originationNumber.masked() + "]";
  }
}
