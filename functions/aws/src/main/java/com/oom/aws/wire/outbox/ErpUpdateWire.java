package com.oom.aws.wire.outbox;

import com.oom.aws.wire.ActorWire;
import com.oom.aws.wire.Wire;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.PickupEvent;
import com.oom.core.order.TroubleReason;
import com.oom.core.outbox.ErpChanges;
import com.oom.core.outbox.OutboxMessage.ErpUpdate;
import com.oom.core.time.ContactSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code erp-update.schema.json}, version 2: the ERP write-back of one audit entry ({@code
 * oom-erp-updates}), with what changed as typed parts ({@link ErpChanges}), each present only when
 * the change is of that kind.
 */
public record ErpUpdateWire(
    Integer schemaVersion,
    String updateId,
    String orderId,
    Instant at,
    ActorWire actor,
    String action,
    ContactStatus contactStatus,
    LocalDate contactDate,
    FulfilmentStatus fulfilmentStatus,
    AppointmentChangeWire appointment,
    FulfilmentDateChangeWire fulfilmentDateChange,
    ConfirmationChangeWire confirmation,
    ContactAttemptWire contactAttempt,
    TroubleReportWire troubleReport,
    CwcWire cwc,
    PickupWire pickup,
    String auditComment,
    TransferWire transfer) {
  /** The version this record writes and reads. */
  public static final int SCHEMA_VERSION = 2;

  public ErpUpdateWire {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    if (schemaVersion != SCHEMA_VERSION) {
      throw new IllegalArgumentException("schemaVersion must be " + SCHEMA_VERSION);
    }
    Objects.requireNonNull(updateId, "updateId");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(contactStatus, "contactStatus");
    Objects.requireNonNull(auditComment, "auditComment");
  }

  /** {@code #/$defs/appointment}: the appointment and the order's fulfilment location. */
  public record AppointmentChangeWire(
      LocalDate date,
      LocalTime windowStart,
      LocalTime windowEnd,
      AppointmentKind kind,
      String locationId) {
    public AppointmentChangeWire {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(windowStart, "windowStart");
      Objects.requireNonNull(windowEnd, "windowEnd");
      Objects.requireNonNull(kind, "kind");
    }

    static AppointmentChangeWire of(ErpChanges.AppointmentChange c) {
      Appointment a = c.appointment();
      return new AppointmentChangeWire(
          a.date(), a.windowStart(), a.windowEnd(), a.kind(), c.locationId());
    }

    ErpChanges.AppointmentChange toDomain() {
      return new ErpChanges.AppointmentChange(
          new Appointment(date, windowStart, windowEnd, kind), locationId);
    }
  }

  /** {@code #/$defs/fulfilmentDateChange}. */
  public record FulfilmentDateChangeWire(LocalDate from, LocalDate to) {
    public FulfilmentDateChangeWire {
      Objects.requireNonNull(to, "to");
    }

    static FulfilmentDateChangeWire of(ErpChanges.DateChange c) {
      return new FulfilmentDateChangeWire(c.from(), c.to());
    }

    ErpChanges.DateChange toDomain() {
      return new ErpChanges.DateChange(from, to);
    }
  }

  /** {@code #/$defs/confirmation}: the phone in E.164. */
  public record ConfirmationChangeWire(
      LocalDate appointmentDate,
      ConfirmationResultKind result,
      String phone,
      ConfirmationChannel channel,
      Instant occurredAt) {
    public ConfirmationChangeWire {
      Objects.requireNonNull(appointmentDate, "appointmentDate");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }

    static ConfirmationChangeWire of(ErpChanges.ConfirmationChange c) {
      return new ConfirmationChangeWire(
          c.appointmentDate(), c.result(), Wire.phone(c.phone()), c.channel(), c.occurredAt());
    }

    ErpChanges.ConfirmationChange toDomain() {
      return new ErpChanges.ConfirmationChange(
          appointmentDate, result, Wire.phone("phone", phone), channel, occurredAt);
    }
  }

  /**
   * {@code #/$defs/contactAttempt}: the phone in E.164; {@code transcriptRef} only for a chat with
   * a transcript (left out otherwise).
   */
  public record ContactAttemptWire(
      Instant at,
      ContactChannel channel,
      String phone,
      AttemptOutcome outcome,
      ContactSlot slot,
      String transcriptRef) {
    public ContactAttemptWire {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(phone, "phone");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(slot, "slot");
    }

    static ContactAttemptWire of(ErpChanges.AttemptSummary c) {
      return new ContactAttemptWire(
          c.at(), c.channel(), Wire.phone(c.phone()), c.outcome(), c.slot(), c.transcriptRef());
    }

    ErpChanges.AttemptSummary toDomain() {
      return new ErpChanges.AttemptSummary(
          at, channel, Wire.phone("phone", phone), outcome, slot, transcriptRef);
    }
  }

  /** {@code #/$defs/troubleReport}. */
  public record TroubleReportWire(TroubleReason reason) {
    public TroubleReportWire {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** {@code #/$defs/cwc}. */
  public record CwcWire(EscalationReason reason, String explanation) {
    public CwcWire {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /** {@code #/$defs/transfer}: {@code arrivedAt} only on the arrival. */
  public record TransferWire(
      String fromLocationId, String toLocationId, LocalDate expectedDate, Instant arrivedAt) {
    public TransferWire {
      Objects.requireNonNull(fromLocationId, "fromLocationId");
      Objects.requireNonNull(toLocationId, "toLocationId");
      Objects.requireNonNull(expectedDate, "expectedDate");
    }

    static TransferWire of(ErpChanges.TransferChange c) {
      return new TransferWire(
          c.fromLocationId(), c.toLocationId(), c.expectedDate(), c.arrivedAt());
    }

    ErpChanges.TransferChange toDomain() {
      return new ErpChanges.TransferChange(fromLocationId, toLocationId, expectedDate, arrivedAt);
    }
  }

  /** {@code #/$defs/pickup}: a pick-up desk event and the fulfilment outcome it stands for. */
  public record PickupWire(
      PickupEvent event,
      LocalDate appointmentDate,
      String locationId,
      FulfilmentOutcomeKind outcome) {
    public PickupWire {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(appointmentDate, "appointmentDate");
      Objects.requireNonNull(locationId, "locationId");
    }

    static PickupWire of(ErpChanges.PickupChange c) {
      return new PickupWire(c.event(), c.appointmentDate(), c.locationId(), c.outcome());
    }

    ErpChanges.PickupChange toDomain() {
      return new ErpChanges.PickupChange(event, appointmentDate, locationId, outcome);
    }
  }

  public static ErpUpdateWire of(ErpUpdate u) {
    ErpChanges c = u.changes();
    return new ErpUpdateWire(
        SCHEMA_VERSION,
        u.updateId(),
        u.orderId(),
        u.at(),
        ActorWire.of(u.actor()),
        u.action(),
        u.contactStatus(),
        u.contactDate(),
        u.fulfilmentStatus(),
        map(c.appointment(), AppointmentChangeWire::of),
        map(c.fulfilmentDate(), FulfilmentDateChangeWire::of),
        map(c.confirmation(), ConfirmationChangeWire::of),
        map(c.contactAttempt(), ContactAttemptWire::of),
        map(c.troubleReport(), t -> new TroubleReportWire(t.reason())),
        map(c.cwc(), w -> new CwcWire(w.reason(), w.explanation())),
        map(c.pickup(), PickupWire::of),
        u.auditComment(),
        map(c.transfer(), TransferWire::of));
  }

  /** The domain update; a failure names the field below this object. */
  public ErpUpdate toDomain() {
    return new ErpUpdate(
        updateId,
        orderId,
        at,
        actor.toDomain(),
        action,
        contactStatus,
        contactDate,
        fulfilmentStatus,
        new ErpChanges(
            part("appointment", appointment, AppointmentChangeWire::toDomain),
            part("fulfilmentDateChange", fulfilmentDateChange, FulfilmentDateChangeWire::toDomain),
            part("confirmation", confirmation, ConfirmationChangeWire::toDomain),
            part("contactAttempt", contactAttempt, ContactAttemptWire::toDomain),
            map(troubleReport, t -> new ErpChanges.TroubleChange(t.reason())),
            map(cwc, w -> new ErpChanges.CwcChange(w.reason(), w.explanation())),
            part("transfer", transfer, TransferWire::toDomain),
            part("pickup", pickup, PickupWire::toDomain)),
        auditComment);
  }

  private static <T, R> R map(T value, Function<T, R> mapping) {
    return value == null ? null : mapping.apply(value);
  }

  private static <W, T> T part(String field, W wire, Function<W, T> mapping) {
    return wire == null ? null : Wire.at(field, () -> mapping.apply(wire));
  }
}
