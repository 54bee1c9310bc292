package com.oom.core.events;

/**
 * What happens in OOM that others may subscribe to: each is published on the suite's event bus with
 * source {@link #SOURCE} and its {@link #detailType()} (the constant's name).
 */
public enum DomainEventType {
  /** An order was handed to its store (CWC). */
  OrderEscalated,
  /** A store handed a CWC order back to OOM. */
  OrderReturnedToOom,
  /** A delivery, pick-up or service appointment was booked or re-booked. */
  AppointmentBooked,
  /** A contact attempt (call, text, chat) was recorded. */
  ContactAttemptRecorded,
  /** A guest's confirmation of an appointment was recorded (Jenny or an agent). */
  ConfirmationRecorded,
  /** A text was accepted by the SMS API. */
  TextSent,
  /** A text waits for quiet hours or the daily cap to pass. */
  TextDeferred,
  /** A text will not be sent (no consent, opted out, appointment passed, ...). */
  TextBlocked,
  /** A guest opted out of texts (STOP). */
  GuestOptedOut;

  /** The {@code source} of every OOM event. */
  public static final String SOURCE = "oom";

  /** EventBridge's {@code detail-type}. */
  public String detailType() {
    return name();
  }
}
