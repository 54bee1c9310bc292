package com.oom.handlers.api;

import com.oom.core.order.AppointmentKind;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TroubleReason;
import com.oom.handlers.common.InvalidMessage;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The agent API's request bodies, as the catalogue names their fields. Presence and shape are
 * checked here (a 400 naming the field, before anything is read or written); the domain rules (the
 * phone is the guest's, a comment explains every change, dates not in the past) are the core's.
 */
public final class ApiRequests {
  /** Audit comments are mirrored to the ERP: long enough for an explanation, not for a file. */
  static final int MAX_COMMENT_CHARS = 2000;

  private ApiRequests() {}

  public record ContactAttemptRequest(
      PhoneNumber phone, ContactChannel channel, AttemptOutcome outcome, String comment) {
    public ContactAttemptRequest validated() {
      required(phone, "phone");
      required(channel, "channel");
      required(outcome, "outcome");
      commentWithin(comment);
      return this;
    }
  }

  public record ContactStatusRequest(
      ContactStatus status, LocalDate contactDate, String comment, Long expectedVersion) {
    public ContactStatusRequest validated() {
      required(status, "status");
      commentWithin(comment);
      versionNotNegative(expectedVersion);
      return this;
    }
  }

  /**
   * The re-date (the past-due fix).
   *
   * @param date the new fulfilment date; absent: the order's ATP date
   */
  public record FulfilmentDateRequest(LocalDate date, String comment, Long expectedVersion) {
    public FulfilmentDateRequest validated() {
      commentWithin(comment);
      versionNotNegative(expectedVersion);
      return this;
    }
  }

  public record AppointmentRequest(
      LocalDate date,
      LocalTime windowStart,
      LocalTime windowEnd,
      AppointmentKind kind,
      String comment) {
    public AppointmentRequest validated() {
      required(date, "date");
      required(windowStart, "windowStart");
      required(windowEnd, "windowEnd");
      required(kind, "kind");
      if (!windowStart.isBefore(windowEnd)) {
        throw new InvalidMessage("windowEnd", "must be after windowStart");
      }
      commentWithin(comment);
      return this;
    }
  }

  public record TroubleRequest(TroubleReason reason, String comment) {
    public TroubleRequest validated() {
      required(reason, "reason");
      commentWithin(comment);
      return this;
    }
  }

  /**
   * An agent's confirmation call on the order's booked appointment.
   *
   * @param phone the guest's number the agent called
   */
  public record ConfirmationRequest(
      PhoneNumber phone, CallResult result, String comment, Long expectedVersion) {
    public ConfirmationRequest validated() {
      required(phone, "phone");
      required(result, "result");
      commentWithin(comment);
      versionNotNegative(expectedVersion);
      return this;
    }
  }

  /**
   * What came of an agent's confirmation call, in the API's words. They are the core's confirmation
   * results but for NO_ANSWER, the agent's word for the core's NO_RESPONSE (the guest did not pick
   * up).
   */
  public enum CallResult {
    CONFIRMED(ConfirmationResultKind.CONFIRMED),
    RESCHEDULE_REQUESTED(ConfirmationResultKind.RESCHEDULE_REQUESTED),
    DECLINED(ConfirmationResultKind.DECLINED),
    NO_ANSWER(ConfirmationResultKind.NO_RESPONSE),
    WRONG_NUMBER(ConfirmationResultKind.WRONG_NUMBER);

    private final ConfirmationResultKind kind;

    CallResult(ConfirmationResultKind kind) {
      this.kind = kind;
    }

    /** The core's confirmation result. */
    public ConfirmationResultKind kind() {
      return kind;
    }
  }

  /**
   * A transfer of the order's merchandise.
   *
   * @param expectedDate the day it is expected at the destination, in the order's time zone
   */
  public record TransferRequest(
      String fromLocationId, String toLocationId, LocalDate expectedDate, String comment) {
    public TransferRequest validated() {
      required(fromLocationId, "fromLocationId");
      required(toLocationId, "toLocationId");
      required(expectedDate, "expectedDate");
      commentWithin(comment);
      return this;
    }
  }

  public record CommentRequest(String comment) {
    public CommentRequest validated() {
      required(comment, "comment");
      if (comment.isBlank()) {
        throw new InvalidMessage("comment", "must not be blank");
      }
      commentWithin(comment);
      return this;
    }
  }

  private static void required(Object value, String field) {
    if (value == null) {
      throw new InvalidMessage(field, "is required");
    }
  }

  private static void versionNotNegative(Long expectedVersion) {
    if (expectedVersion != null && expectedVersion < 0) {
      throw new InvalidMessage("expectedVersion", "must not be negative");
    }
  }

  private static void commentWithin(String comment) {
    if (comment != null && comment.length() > MAX_COMMENT_CHARS) {
      throw new InvalidMessage("comment", "must be at most " + MAX_COMMENT_CHARS + " characters");
    }
  }
}
