package com.oom.core.events;

import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.TouchPoint;
import com.oom.core.time.ContactSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a domain event says beyond its id, order, store and instant: one record per {@link
 * DomainEventType}. Phone numbers are masked ({@code +1******42}, as in the logs), never in clear;
 * no message body, comment or guest's words is ever part of a detail.
 */
public sealed interface EventDetail {
  DomainEventType type();

  /** Masked number, or null. */
  private static String masked(com.oom.core.order.PhoneNumber phone) {
    return phone == null ? null : phone.masked();
  }

  /** The order was handed to its store (CWC), with the id of the hand-off the store receives. */
  record OrderEscalated(EscalationReason reason, String handOffId, Actor.Kind actor)
      implements EventDetail {
    public OrderEscalated {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public DomainEventType type() {
      return DomainEventType.OrderEscalated;
    }
  }

  /** The store (through the ERP) moved a CWC order back to OOM, to {@code status}. */
  record OrderReturnedToOom(FulfilmentStatus status) implements EventDetail {
    @Override
    public DomainEventType type() {
      return DomainEventType.OrderReturnedToOom;
    }
  }

  /**
   * @param previousDate the date of the appointment it replaces, or null
   * @param locationId where it happens (the order's fulfilment location)
   */
  record AppointmentBooked(
      Appointment appointment, LocalDate previousDate, String locationId, Actor.Kind actor)
      implements EventDetail {
    public AppointmentBooked {
      Objects.requireNonNull(appointment, "appointment");
    }

    @Override
    public DomainEventType type() {
      return DomainEventType.AppointmentBooked;
    }
  }

  /**
   * @param phone the number tried, masked
   */
  record ContactAttemptRecorded(
      ContactChannel channel,
      AttemptOutcome outcome,
      String phone,
      ContactSlot slot,
      Actor.Kind actor)
      implements EventDetail {
    public static ContactAttemptRecorded of(com.oom.core.order.ContactAttempt a, Actor actor) {
      return new ContactAttemptRecorded(
          a.channel(), a.outcome(), masked(a.phone()), a.slot(), actor.kind());
    }

    @Override
    public DomainEventType type() {
      return DomainEventType.ContactAttemptRecorded;
    }
  }

  /**
   * @param phone the number it was obtained on, masked, or null
   * @param obtainedAt when the guest gave it
   * @param applied false when older than the result already applied (kept for the record only)
   */
  record ConfirmationRecorded(
      LocalDate appointmentDate,
      ConfirmationResultKind result,
      ConfirmationChannel channel,
      String phone,
      Instant obtainedAt,
      boolean applied,
      Actor.Kind actor)
      implements EventDetail {
    @Override
    public DomainEventType type() {
      return DomainEventType.ConfirmationRecorded;
    }
  }

  /**
   * @param messageId the SMS API's message id; null when the sender was interrupted after the call
   *     and the text is only taken as sent
   */
  record TextSent(TouchPoint touchPoint, String dedupeKey, String phone, String messageId)
      implements EventDetail {
    @Override
    public DomainEventType type() {
      return DomainEventType.TextSent;
    }
  }

  /**
   * @param reason QUIET_HOURS, DAILY_CAP, ... or the SMS API's error code when it was busy
   */
  record TextDeferred(
      TouchPoint touchPoint, String dedupeKey, String phone, Instant notBefore, String reason)
      implements EventDetail {
    @Override
    public DomainEventType type() {
      return DomainEventType.TextDeferred;
    }
  }

  /**
   * @param reason the block reason (OPTED_OUT, NO_CONSENT, SUPERSEDED, APPOINTMENT_PASSED, ...)
   */
  record TextBlocked(TouchPoint touchPoint, String dedupeKey, String phone, String reason)
      implements EventDetail {
    @Override
    public DomainEventType type() {
      return DomainEventType.TextBlocked;
    }
  }

  /**
   * @param keyword what opted the number out (STOP, ARRET, ..., or {@code carrier} when the SMS API
   *     reported the number opted out)
   */
  record GuestOptedOut(String phone, String keyword) implements EventDetail {
    @Override
    public DomainEventType type() {
      return DomainEventType.GuestOptedOut;
    }
  }
}
