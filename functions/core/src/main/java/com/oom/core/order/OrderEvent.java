package com.oom.core.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something that happened to an order. Every rule that changes an order returns these; audit
 * entries, ERP write-backs, hand-offs and SMS requests are derived from them. Event ids are derived
 * from the id of the command that caused them, so redelivery yields the same ids.
 */
public sealed interface OrderEvent {
  String eventId();

  String orderId();

  Instant at();

  Actor actor();

  /** The ERP told us about a new order. */
  record OrderReceived(String eventId, String orderId, Instant at, Actor actor, long sequence)
      implements OrderEvent {}

  /** A newer snapshot changed ERP fields; {@code changes} says which (old and new value). */
  record SnapshotApplied(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      long sequence,
      java.util.List<FieldChange> changes)
      implements OrderEvent {}

  /** Every open line is now in stock: the guest can take possession. */
  record MerchandiseAvailable(String eventId, String orderId, Instant at, Actor actor)
      implements OrderEvent {}

  /** The expected availability (ATP) date moved. */
  record AtpRevised(
      String eventId, String orderId, Instant at, Actor actor, LocalDate from, LocalDate to)
      implements OrderEvent {}

  /** The balance owing went to zero. */
  record BalancePaid(
      String eventId, String orderId, Instant at, Actor actor, BigDecimal previousBalance)
      implements OrderEvent {}

  /**
   * The ERP acknowledged OOM's hand-off with a CWC snapshot: the order stays with its store, and a
   * later snapshot moving it back to EST or SCH returns it to OOM.
   */
  record EscalationAcknowledged(
      String eventId, String orderId, Instant at, Actor actor, EscalationReason reason)
      implements OrderEvent {}

  /** The ERP moved the order out of CWC: OOM works it again. */
  record ReturnedToOom(
      String eventId, String orderId, Instant at, Actor actor, FulfilmentStatus status)
      implements OrderEvent {}

  /** The ERP closed the order (delivered, picked up, cancelled): every timer stops. */
  record OrderClosed(
      String eventId, String orderId, Instant at, Actor actor, FulfilmentStatus status)
      implements OrderEvent {}

  record FulfilmentOutcomeRecorded(
      String eventId, String orderId, Instant at, Actor actor, FulfilmentOutcomeKind outcome)
      implements OrderEvent {}

  record ContactAttemptRecorded(
      String eventId, String orderId, Instant at, Actor actor, ContactAttempt attempt)
      implements OrderEvent {}

  record ContactStatusChanged(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      ContactStatus from,
      ContactStatus to,
      LocalDate contactDateFrom,
      LocalDate contactDateTo,
      String comment)
      implements OrderEvent {}

  record AppointmentBooked(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      Appointment previous,
      Appointment appointment,
      String comment)
      implements OrderEvent {}

  record TroubleReported(
      String eventId, String orderId, Instant at, Actor actor, TroubleReason reason, String comment)
      implements OrderEvent {}

  /**
   * A confirmation result for an appointment.
   *
   * @param phone the number it was obtained on, when known
   * @param occurredAt when it was obtained
   * @param applied false when it is older than the result already applied: kept for the record only
   */
  record ConfirmationRecorded(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      LocalDate appointmentDate,
      ConfirmationResultKind result,
      ConfirmationChannel channel,
      PhoneNumber phone,
      Instant occurredAt,
      boolean applied)
      implements OrderEvent {}

  /** OOM re-dated the order (the past-due fix); pending until a snapshot shows the new date. */
  record FulfilmentDateChanged(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      LocalDate from,
      LocalDate to,
      String comment)
      implements OrderEvent {}

  /** A snapshot showed OOM's change to a shared field: the ERP has it, nothing is pending. */
  record ErpAcknowledged(
      String eventId, String orderId, Instant at, Actor actor, PendingKind kind, String value)
      implements OrderEvent {}

  /**
   * A snapshot produced after OOM's change shows another value: the ERP changed the field later,
   * and its value now stands in place of OOM's.
   */
  record ErpOverrode(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      PendingKind kind,
      String oomValue,
      String erpValue)
      implements OrderEvent {}

  /** The ERP had shown the appointment and a newer snapshot has none: the ERP cancelled it. */
  record AppointmentCancelledByErp(
      String eventId, String orderId, Instant at, Actor actor, Appointment cancelled)
      implements OrderEvent {}

  /**
   * OOM's changes to shared fields not shown by the ERP within the configured business hours: the
   * order is on the sync list, and the changes are stated to the ERP again.
   *
   * @param kinds what is pending
   * @param pending what is pending since when, in words
   */
  record ErpEchoOverdue(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      java.util.List<PendingKind> kinds,
      String pending)
      implements OrderEvent {
    public ErpEchoOverdue {
      kinds = java.util.List.copyOf(kinds);
    }
  }

  /** The guest asked (by text or to Jenny) to move the appointment: an agent must call. */
  record RescheduleRequested(String eventId, String orderId, Instant at, Actor actor)
      implements OrderEvent {}

  /** The guest texted something OOM cannot act on automatically: an agent must read it. */
  record GuestReplyNeedsAgent(String eventId, String orderId, Instant at, Actor actor)
      implements OrderEvent {}

  record OrderEscalated(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      EscalationReason reason,
      String explanation)
      implements OrderEvent {

    /** The id of the hand-off message this escalation sends to the store. */
    public String handOffId() {
      return DerivedId.of(eventId, "handoff");
    }
  }

  record CommentAdded(String eventId, String orderId, Instant at, Actor actor, String comment)
      implements OrderEvent {}

  /** A touch point fired; the SMS sender decides at send time whether and when it goes out. */
  record TouchPointTriggered(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      TouchPoint touchPoint,
      String dedupeKey,
      PhoneNumber to)
      implements OrderEvent {}

  /**
   * An agent booked a transfer of the merchandise (or re-booked it: {@code previous} is the pending
   * transfer it replaces, else null).
   */
  record TransferBooked(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      Transfer previous,
      Transfer transfer,
      String comment)
      implements OrderEvent {}

  /**
   * A snapshot shows the merchandise at the transfer's destination with every line available: OOM
   * (the actor) recorded the arrival, and the order follows the normal booking path.
   */
  record TransferArrived(String eventId, String orderId, Instant at, Actor actor, Transfer transfer)
      implements OrderEvent {}

  /**
   * A booking, reminder or time-frame text was cancelled at send time, never sent: its appointment
   * ({@code date}, {@code windowStart}–{@code windowEnd}) was rebooked or cancelled, or has passed.
   *
   * @param reason the SMS log's block reason (SUPERSEDED, APPOINTMENT_PASSED)
   * @param why the audit trail's words ("the appointment was rebooked")
   */
  record TextCancelled(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      TouchPoint touchPoint,
      String dedupeKey,
      LocalDate date,
      java.time.LocalTime windowStart,
      java.time.LocalTime windowEnd,
      String reason,
      String why)
      implements OrderEvent {}

  /**
   * The pick-up desk recorded {@code event} for the pick-up booked on {@code appointmentDate}
   * (arrival, release, no-show), with the person's comment.
   */
  record PickupDeskEventRecorded(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      PickupEvent event,
      LocalDate appointmentDate,
      String locationId,
      String comment)
      implements OrderEvent {}

  /**
   * An agent texted the guest: the text is kept on the order and an SMS request queued under {@code
   * dedupeKey} (the words are on the order only, never on the event).
   */
  record AgentTexted(
      String eventId,
      String orderId,
      Instant at,
      Actor actor,
      String textId,
      String dedupeKey,
      PhoneNumber to,
      String comment)
      implements OrderEvent {}

  /** One changed field of an ERP snapshot, rendered for the audit trail. */
  record FieldChange(String field, String from, String to) {}
}
