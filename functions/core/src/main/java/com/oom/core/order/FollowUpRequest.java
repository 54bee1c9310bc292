package com.oom.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * The guest asked for something only an agent can do: move the appointment, or a text reply OOM
 * cannot act on automatically. Cleared when an agent reaches the guest or books an appointment.
 */
public record FollowUpRequest(Reason reason, Instant at) {
  public enum Reason {
    RESCHEDULE_REQUESTED,
    GUEST_REPLY
  }

  public FollowUpRequest {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
