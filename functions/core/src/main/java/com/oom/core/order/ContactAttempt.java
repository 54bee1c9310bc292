package com.oom.core.order;

import com.oom.core.time.ContactSlot;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to reach the guest. The slot (weekday day, weekday night, weekend) is classified in
 * the order's time zone when the attempt is recorded.
 *
 * @param transcriptRef for a chat ({@link ContactChannel#CHAT}), the reference Jenny gave to the
 *     chat's transcript (an id or a URL, at most {@link #MAX_TRANSCRIPT_REF_CHARS} visible ASCII
 *     characters); null when there is none (every other attempt, and attempts stored before it
 *     existed)
 */
public record ContactAttempt(
    String attemptId,
    PhoneNumber phone,
    ContactChannel channel,
    AttemptOutcome outcome,
    String agent,
    String comment,
    Instant at,
    ContactSlot slot,
    String transcriptRef) {
  /** The longest transcript reference kept. */
  public static final int MAX_TRANSCRIPT_REF_CHARS = 512;

  public ContactAttempt {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(slot, "slot");
    comment = comment == null ? "" : comment;
    transcriptRef = transcriptRef == null || transcriptRef.isBlank() ? null : transcriptRef.strip();
    if (transcriptRef != null && !isTranscriptRef(transcriptRef)) {
      throw new IllegalArgumentException(
          "transcriptRef must be 1 to " + MAX_TRANSCRIPT_REF_CHARS + " visible ASCII characters");
    }
  }

  /** An attempt with no transcript (every channel but a chat). */
  public ContactAttempt(
      String attemptId,
      PhoneNumber phone,
      ContactChannel channel,
      AttemptOutcome outcome,
      String agent,
      String comment,
      Instant at,
      ContactSlot slot) {
    this(attemptId, phone, channel, outcome, agent, comment, at, slot, null);
  }

  /**
   * Whether {@code ref} can be kept as a transcript reference: 1 to 512 visible ASCII characters.
   */
  public static boolean isTranscriptRef(String ref) {
    return ref != null
        && !ref.isEmpty()
        && ref.length() <= MAX_TRANSCRIPT_REF_CHARS
        && ref.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
  }

  public boolean isUnsuccessful() {
    return !outcome.isSuccessful();
  }
}
