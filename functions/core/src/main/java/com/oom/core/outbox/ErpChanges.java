package com.oom.core.outbox;

import com.oom.core.order.Appointment;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.PendingKind;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PickupEvent;
import com.oom.core.order.Transfer;
import com.oom.core.order.TroubleReason;
import com.oom.core.time.ContactSlot;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What one ERP update changes, as typed fields (ERP update version 2, docs/erp-contract.md): each
 * part is present only when the change is of that kind. The contact status and date are always on
 * the update itself.
 *
 * @param appointment an appointment booked in OOM, for the ERP to book
 * @param fulfilmentDate a fulfilment date OOM set (re-dated)
 * @param confirmation a confirmation result
 * @param contactAttempt one contact attempt
 * @param troubleReport a trouble report
 * @param cwc OOM's escalation to the store
 * @param transfer a transfer booked in OOM, or its arrival (with {@code arrivedAt})
 * @param pickup what the pick-up desk recorded (arrival, release, no-show) and the fulfilment
 *     outcome it stands for
 */
public record ErpChanges(
    AppointmentChange appointment,
    DateChange fulfilmentDate,
    ConfirmationChange confirmation,
    AttemptSummary contactAttempt,
    TroubleChange troubleReport,
    CwcChange cwc,
    TransferChange transfer,
    PickupChange pickup) {
  public static final ErpChanges NONE = new ErpChanges(null, null, null, null, null, null);

  /** The changes of every kind but a transfer or a pick-up desk event. */
  public ErpChanges(
      AppointmentChange appointment,
      DateChange fulfilmentDate,
      ConfirmationChange confirmation,
      AttemptSummary contactAttempt,
      TroubleChange troubleReport,
      CwcChange cwc) {
    this(appointment, fulfilmentDate, confirmation, contactAttempt, troubleReport, cwc, null, null);
  }

  /** Only a transfer. */
  static ErpChanges transfer(Transfer transfer) {
    return new ErpChanges(
        null,
        null,
        null,
        null,
        null,
        null,
        new TransferChange(
            transfer.fromLocationId(),
            transfer.toLocationId(),
            transfer.expectedDate(),
            transfer.arrivedAt()),
        null);
  }

  /**
   * A pick-up desk event at the order's fulfilment location for the pick-up booked on {@code
   * appointmentDate}.
   *
   * @param outcome the fulfilment outcome it records (PICKED_UP for a release, PICKUP_MISSED for a
   *     no-show); null for an arrival
   */
  public record PickupChange(
      PickupEvent event,
      LocalDate appointmentDate,
      String locationId,
      FulfilmentOutcomeKind outcome) {}

  /** An appointment and where it happens (the order's fulfilment location). */
  public record AppointmentChange(Appointment appointment, String locationId) {}

  /** A date moved from one day to another ({@code from} null when there was none). */
  public record DateChange(LocalDate from, LocalDate to) {}

  public record ConfirmationChange(
      LocalDate appointmentDate,
      ConfirmationResultKind result,
      PhoneNumber phone,
      ConfirmationChannel channel,
      Instant occurredAt) {}

  public record AttemptSummary(
      Instant at,
      ContactChannel channel,
      PhoneNumber phone,
      AttemptOutcome outcome,
      ContactSlot slot,
      String transcriptRef) {}

  public record TroubleChange(TroubleReason reason) {}

  public record CwcChange(EscalationReason reason, String explanation) {}

  /**
   * A transfer between two locations, expected at the destination on {@code expectedDate}; {@code
   * arrivedAt} is null when it is booked and set when OOM saw it arrive.
   */
  public record TransferChange(
      String fromLocationId, String toLocationId, LocalDate expectedDate, Instant arrivedAt) {}

  /** The typed parts of the update {@code event} causes; {@code after} is the order after it. */
  public static ErpChanges of(OpenOrder after, OrderEvent event) {
    String location = after.details().locationId();
    return switch (event) {
      case OrderEvent.AppointmentBooked e ->
          new ErpChanges(
              new AppointmentChange(e.appointment(), location), null, null, null, null, null);
      case OrderEvent.FulfilmentDateChanged e ->
          new ErpChanges(null, new DateChange(e.from(), e.to()), null, null, null, null);
      case OrderEvent.ConfirmationRecorded e ->
          new ErpChanges(
              null,
              null,
              new ConfirmationChange(
                  e.appointmentDate(), e.result(), e.phone(), e.channel(), e.occurredAt()),
              null,
              null,
              null);
      case OrderEvent.ContactAttemptRecorded e ->
          new ErpChanges(
              null,
              null,
              null,
              new AttemptSummary(
                  e.attempt().at(),
                  e.attempt().channel(),
                  e.attempt().phone(),
                  e.attempt().outcome(),
                  e.attempt().slot(),
                  e.attempt().transcriptRef()),
              null,
              null);
      case OrderEvent.TroubleReported e ->
          new ErpChanges(null, null, null, null, new TroubleChange(e.reason()), null);
      case OrderEvent.OrderEscalated e ->
          new ErpChanges(null, null, null, null, null, new CwcChange(e.reason(), e.explanation()));
      case OrderEvent.ErpEchoOverdue e -> restated(after, e);
      case OrderEvent.TransferBooked e -> transfer(e.transfer());
      case OrderEvent.TransferArrived e -> transfer(e.transfer());
      case OrderEvent.PickupDeskEventRecorded e ->
          new ErpChanges(
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              new PickupChange(
                  e.event(), e.appointmentDate(), e.locationId(), e.event().outcome()));
      default -> NONE;
    };
  }

  /** The changes still waiting for the ERP, stated again. */
  private static ErpChanges restated(OpenOrder after, OrderEvent.ErpEchoOverdue e) {
    var sync = after.sync();
    AppointmentChange appointment =
        e.kinds().contains(PendingKind.APPOINTMENT) && sync.booking() != null
            ? new AppointmentChange(sync.booking().appointment(), after.details().locationId())
            : null;
    DateChange date =
        e.kinds().contains(PendingKind.FULFILMENT_DATE) && sync.redate() != null
            ? new DateChange(null, sync.redate().date())
            : null;
    CwcChange cwc =
        e.kinds().contains(PendingKind.CWC) && after.escalation() != null
            ? new CwcChange(after.escalation().reason(), "not acknowledged by the ERP")
            : null;
    return new ErpChanges(appointment, date, null, null, null, cwc);
  }
}
