package com.oom.core.order;

import com.oom.core.time.ContactSlot;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to reach the guest. The slot (weekday day, weekday night, weekend) is classified in
 * the order's time zone when the attempt is recorded.
 */
public record ContactAttempt(
    String attemptId,
    PhoneNumber phone,
    ContactChannel channel,
    AttemptOutcome outcome,
    String agent,
    String comment,
    Instant at,
    ContactSlot slot) {
  public ContactAttempt {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(slot, "slot");
    comment = comment == null ? "" : comment;
  }

  public boolean isUnsuccessful() {
    return !outcome.isSuccessful();
  }
}
