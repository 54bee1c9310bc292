package com.oom.aws.wire.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * {@code sms-inbound-payload.schema.json}: End User Messaging's two-way SMS payload (AWS may add
 * fields: tolerated).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SmsInboundPayloadWire(
    String originationNumber,
    String destinationNumber,
    String messageKeyword,
    String messageBody,
    String inboundMessageId,
    String previousPublishedMessageId) {
  public SmsInboundPayloadWire {
    Objects.requireNonNull(originationNumber, "originationNumber");
    Objects.requireNonNull(inboundMessageId, "inboundMessageId");
    Objects.requireNonNull(messageBody, "messageBody");
  }

  /** Never logged: the guest's number and words are personal data. */
  @Override
  public String toString() {
    return "SmsInboundPayloadWire[" + inboundMessageId + "]";
  }
}
