package com.oom.aws.wire.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code sms-inbound-notification.schema.json}: the SNS notification SQS receives (no raw
 * delivery); {@code Message} is an {@link SmsInboundPayloadWire} as a JSON string. Only {@code
 * Type} and {@code Message} are read; SNS's signature fields are mirrored and tolerated when
 * absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SnsNotificationWire(
    @JsonProperty("Type") String type,
    @JsonProperty("MessageId") String messageId,
    @JsonProperty("TopicArn") String topicArn,
    @JsonProperty("Subject") String subject,
    @JsonProperty("Message") String message,
    @JsonProperty("Timestamp") String timestamp,
    @JsonProperty("SignatureVersion") String signatureVersion,
    @JsonProperty("Signature") String signature,
    @JsonProperty("SigningCertURL") String signingCertUrl,
    @JsonProperty("UnsubscribeURL") String unsubscribeUrl,
    @JsonProperty("MessageAttributes") JsonNode messageAttributes) {
  public static final String NOTIFICATION = "Notification";

  /** Never logged: {@code Message} holds the guest's words. */
  @Override
  public String toString() {
    return "SnsNotificationWire[" + messageId + "]";
  }
}
