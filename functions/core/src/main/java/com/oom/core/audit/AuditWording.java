package com.oom.core.audit;

import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderEvent.FieldChange;
import java.util.List;

/**
 * Turns each order event into its audit entry. People's changes carry their comment; automatic
 * changes get the standard wording written here, so the ERP and stores read the same sentences.
 */
public final class AuditWording {
  private AuditWording() {}

  public static AuditEntry entryFor(OrderEvent event) {
    return switch (event) {
      case OrderEvent.OrderReceived e ->
          entry(
              e,
              "ORDER_RECEIVED",
              List.of(),
              "Order received from the ERP (sequence " + e.sequence() + ").");
      case OrderEvent.SnapshotApplied e ->
          entry(
              e,
              "ERP_UPDATE",
              e.changes(),
              "Order updated by the ERP (sequence " + e.sequence() + ").");
      case OrderEvent.MerchandiseAvailable e ->
          entry(
              e,
              "MERCHANDISE_AVAILABLE",
              List.of(),
              "All merchandise is available for possession.");
      case OrderEvent.AtpRevised e ->
          entry(
              e,
              "ATP_REVISED",
              List.of(change("atpDate", e.from(), e.to())),
              "Available-to-promise date revised from " + e.from() + " to " + e.to() + ".");
      case OrderEvent.BalancePaid e ->
          entry(
              e,
              "BALANCE_PAID",
              List.of(change("balanceDue", e.previousBalance().toPlainString(), "0")),
              "Balance paid in full.");
      case OrderEvent.EscalationAcknowledged e ->
          entry(
              e,
              "ESCALATION_ACKNOWLEDGED",
              List.of(change("escalation.acknowledgedByErp", "false", "true")),
              "The ERP acknowledged the hand-off to the store (CWC, " + e.reason() + ").");
      case OrderEvent.ReturnedToOom e ->
          entry(
              e,
              "RETURNED_TO_OOM",
              List.of(change("status", "CWC", e.status())),
              "Order returned to Open Order Management by the ERP.");
      case OrderEvent.OrderClosed e ->
          entry(
              e,
              "ORDER_CLOSED",
              List.of(),
              "Order closed (" + e.status() + "): all timers stopped.");
      case OrderEvent.FulfilmentOutcomeRecorded e ->
          entry(
              e,
              "FULFILMENT_OUTCOME",
              List.of(),
              "Fulfilment outcome reported: " + e.outcome() + ".");
      case OrderEvent.ContactAttemptRecorded e ->
          entry(
              e,
              "CONTACT_ATTEMPT",
              List.of(),
              "%s attempt to %s: %s (%s). %s"
                  .formatted(
                      e.attempt().channel(),
                      e.attempt().phone().masked(),
                      e.attempt().outcome(),
                      e.attempt().slot(),
                      e.attempt().comment())
                  .strip());
      case OrderEvent.ContactStatusChanged e ->
          entry(
              e,
              "CONTACT_STATUS",
              List.of(
                  change("contactStatus", e.from(), e.to()),
                  change("contactDate", e.contactDateFrom(), e.contactDateTo())),
              or(e.comment(), "Contact status set to " + e.to() + "."));
      case OrderEvent.AppointmentBooked e ->
          entry(
              e,
              "APPOINTMENT_BOOKED",
              List.of(change("appointment", e.previous(), e.appointment())),
              or(e.comment(), "Appointment booked."));
      case OrderEvent.TroubleReported e ->
          entry(
              e,
              "TROUBLE_REPORTED",
              List.of(),
              or(e.comment(), "Trouble reported: " + e.reason() + "."));
      case OrderEvent.ConfirmationRecorded e ->
          entry(
              e,
              "CONFIRMATION",
              List.of(),
              "Appointment of %s: %s (%s%s)%s."
                  .formatted(
                      e.appointmentDate(),
                      e.result(),
                      e.channel() == null ? "unknown channel" : e.channel(),
                      e.phone() == null ? "" : ", " + e.phone().masked(),
                      e.applied()
                          ? ""
                          : "; older than the result applied, kept for the record only"));
      case OrderEvent.FulfilmentDateChanged e ->
          entry(
              e,
              "FULFILMENT_DATE",
              List.of(change("fulfilmentDate", e.from(), e.to())),
              or(e.comment(), "Re-dated to " + e.to() + "."));
      case OrderEvent.ErpAcknowledged e ->
          entry(
              e,
              "ERP_ACKNOWLEDGED",
              List.of(),
              "The ERP shows OOM's " + e.kind().words() + " (" + e.value() + ").");
      case OrderEvent.ErpOverrode e ->
          entry(
              e,
              "ERP_OVERRODE",
              List.of(change(e.kind().field(), e.oomValue(), e.erpValue())),
              "The ERP changed the "
                  + e.kind().words()
                  + " after OOM did: OOM's "
                  + e.oomValue()
                  + " is replaced by the ERP's "
                  + e.erpValue()
                  + ".");
      case OrderEvent.AppointmentCancelledByErp e ->
          entry(
              e,
              "APPOINTMENT_CANCELLED_BY_ERP",
              List.of(change("appointment", e.cancelled(), null)),
              "The ERP cancelled the appointment of " + e.cancelled().date() + ".");
      case OrderEvent.ErpEchoOverdue e ->
          entry(
              e,
              "ERP_ECHO_OVERDUE",
              List.of(),
              "Not yet shown by the ERP: "
                  + e.pending()
                  + ". Sent to the ERP again; on the sync list.");
      case OrderEvent.RescheduleRequested e ->
          entry(
              e,
              "RESCHEDULE_REQUESTED",
              List.of(),
              "Guest asked to reschedule: call the guest to rebook.");
      case OrderEvent.GuestReplyNeedsAgent e ->
          entry(
              e, "GUEST_REPLY", List.of(), "Guest replied by text: an agent must read the reply.");
      case OrderEvent.OrderEscalated e ->
          entry(
              e,
              "ESCALATED",
              List.of(change("status", "EST/SCH", "CWC")),
              "Escalated to CWC ("
                  + e.reason()
                  + "): "
                  + e.explanation()
                  + ". The store now owns this order.");
      case OrderEvent.CommentAdded e -> entry(e, "COMMENT", List.of(), e.comment());
      case OrderEvent.TouchPointTriggered e ->
          entry(e, "SMS_REQUESTED", List.of(), "Text message requested: " + e.touchPoint() + ".");
      case OrderEvent.AgentTexted e ->
          entry(
              e,
              "AGENT_TEXT",
              List.of(),
              "Agent texted the guest at " + e.to().masked() + ": " + e.comment());
      case OrderEvent.TransferBooked e ->
          entry(
              e,
              "TRANSFER_BOOKED",
              List.of(
                  change(
                      "transfer",
                      e.previous() == null ? null : e.previous().describe(),
                      e.transfer().describe())),
              sentence(or(e.comment(), "Transfer booked: " + e.transfer().describe() + "."))
                  + (e.previous() == null || !e.previous().isPending()
                      ? ""
                      : " Replaces the pending transfer " + e.previous().describe() + "."));
      case OrderEvent.TransferArrived e ->
          entry(
              e,
              "TRANSFER_ARRIVED",
              List.of(change("transfer.arrivedAt", null, e.transfer().arrivedAt())),
              "The ERP shows the merchandise at "
                  + e.transfer().toLocationId()
                  + ": the transfer from "
                  + e.transfer().fromLocationId()
                  + " arrived (expected "
                  + e.transfer().expectedDate()
                  + ").");
      case OrderEvent.TextCancelled e ->
          entry(
              e,
              "SMS_CANCELLED",
              List.of(),
              textName(e.touchPoint())
                  + " for "
                  + e.date()
                  + " "
                  + e.windowStart()
                  + "–"
                  + e.windowEnd()
                  + " cancelled: "
                  + e.why()
                  + ".");
      case OrderEvent.PickupDeskEventRecorded e ->
          entry(
              e,
              "PICKUP_" + e.event(),
              List.of(),
              or(
                  e.comment(),
                  "Pick-up desk at "
                      + e.locationId()
                      + ": "
                      + e.event()
                      + " (pick-up of "
                      + e.appointmentDate()
                      + ")."));
    };
  }

  private static String textName(com.oom.core.order.TouchPoint touchPoint) {
    return switch (touchPoint) {
      case APPOINTMENT_BOOKED -> "Booking text";
      case APPOINTMENT_REMINDER -> "Reminder";
      case TIME_FRAME -> "Time-frame text";
      default -> "Text " + touchPoint;
    };
  }

  private static AuditEntry entry(
      OrderEvent event, String action, List<FieldChange> changes, String comment) {
    List<FieldChange> real = changes.stream().filter(c -> !c.from().equals(c.to())).toList();
    return new AuditEntry(
        event.eventId(), event.orderId(), event.at(), event.actor(), action, real, comment);
  }

  private static FieldChange change(String field, Object from, Object to) {
    return new FieldChange(field, String.valueOf(from), String.valueOf(to));
  }

  /** {@code text} ending as a sentence, so standard wording can follow it. */
  private static String sentence(String text) {
    return text.matches("(?s).*[.!?]$") ? text : text + ".";
  }

  private static String or(String comment, String standard) {
    return comment == null || comment.isBlank() ? standard : comment;
  }
}
