package com.oom.core.order;

/** Result of one contact attempt. Only {@code REACHED} is a successful contact. */
public enum AttemptOutcome {
  REACHED,
  NO_ANSWER,
  VOICEMAIL,
  BUSY,
  WRONG_NUMBER,
  DISCONNECTED;

  public boolean isSuccessful() {
    return this == REACHED;
  }
}
