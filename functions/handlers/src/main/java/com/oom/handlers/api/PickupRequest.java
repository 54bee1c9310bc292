package com.oom.handlers.api;

import com.oom.core.order.PickupEvent;
import com.oom.handlers.common.InvalidMessage;

/**
 * {@code POST /orders/{orderId}/pickup}: what the pick-up desk records (ARRIVED, RELEASED or
 * NO_SHOW) and why.
 */
public record PickupRequest(PickupEvent event, String comment) {
  public PickupRequest validated() {
    if (event == null) {
      throw new InvalidMessage("event", "is required (ARRIVED, RELEASED or NO_SHOW)");
    }
    if (comment == null || comment.isBlank()) {
      throw new InvalidMessage("comment", "is required: say what happened at the desk");
    }
    if (comment.length() > ApiRequests.MAX_COMMENT_CHARS) {
      throw new InvalidMessage(
          "comment", "must be at most " + ApiRequests.MAX_COMMENT_CHARS + " characters");
    }
    return this;
  }
}
