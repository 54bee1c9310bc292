package com.oom.aws.wire.confirmation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code eventbridge-confirmation-result.schema.json}: the EventBridge event around a confirmation
 * result. Only {@code detail-type} and {@code detail} are read (and required); the rest is
 * EventBridge's, mirrored for completeness and tolerated when absent, as are fields it may add.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventBridgeConfirmationWire(
    String version,
    String id,
    @JsonProperty("detail-type") String detailType,
    String source,
    String account,
    String time,
    String region,
    List<String> resources,
    JsonNode detail) {
  public static final String DETAIL_TYPE = "ConfirmationResult";
}
