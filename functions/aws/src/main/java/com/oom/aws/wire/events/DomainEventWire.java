package com.oom.aws.wire.events;

import com.oom.aws.wire.AppointmentWire;
import com.oom.aws.wire.Wire;
import com.oom.core.events.DomainEventType;
import com.oom.core.events.EventDetail;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage.DomainEvent;
import com.oom.core.time.ContactSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The {@code detail} of a domain event on the event bus ({@code <detail-type>.schema.json}, one
 * schema per detail-type): the outbox id as {@code eventId} (consumers dedupe by it), the order,
 * its store and the instant, then the fields of its detail-type; absent fields are omitted. Phone
 * numbers are the masked ones of the core's detail, never in clear.
 */
public record DomainEventWire(
    String eventId,
    String orderId,
    String storeId,
    Instant occurredAt,
    Actor.Kind actor,
    String reason,
    String handOffId,
    FulfilmentStatus status,
    AppointmentWire appointment,
    LocalDate previousDate,
    String locationId,
    String channel,
    AttemptOutcome outcome,
    String phone,
    ContactSlot slot,
    LocalDate appointmentDate,
    ConfirmationResultKind result,
    Instant obtainedAt,
    Boolean applied,
    TouchPoint touchPoint,
    String dedupeKey,
    String messageId,
    Instant notBefore,
    String keyword) {
  public DomainEventWire {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  public static DomainEventWire of(DomainEvent event) {
    var b = new Builder(event.eventId(), event.orderId(), event.storeId(), event.at());
    switch (event.detail()) {
      case EventDetail.OrderEscalated d -> {
        b.reason = d.reason().name();
        b.handOffId = d.handOffId();
        b.actor = d.actor();
      }
      case EventDetail.OrderReturnedToOom d -> b.status = d.status();
      case EventDetail.AppointmentBooked d -> {
        b.appointment = AppointmentWire.of(d.appointment());
        b.previousDate = d.previousDate();
        b.locationId = d.locationId();
        b.actor = d.actor();
      }
      case EventDetail.ContactAttemptRecorded d -> {
        b.channel = d.channel().name();
        b.outcome = d.outcome();
        b.phone = d.phone();
        b.slot = d.slot();
        b.actor = d.actor();
      }
      case EventDetail.ConfirmationRecorded d -> {
        b.appointmentDate = d.appointmentDate();
        b.result = d.result();
        b.channel = d.channel() == null ? null : d.channel().name();
        b.phone = d.phone();
        b.obtainedAt = d.obtainedAt();
        b.applied = d.applied();
        b.actor = d.actor();
      }
      case EventDetail.TextSent d -> {
        b.touchPoint = d.touchPoint();
        b.dedupeKey = d.dedupeKey();
        b.phone = d.phone();
        b.messageId = d.messageId();
      }
      case EventDetail.TextDeferred d -> {
        b.touchPoint = d.touchPoint();
        b.dedupeKey = d.dedupeKey();
        b.phone = d.phone();
        b.notBefore = d.notBefore();
        b.reason = d.reason();
      }
      case EventDetail.TextBlocked d -> {
        b.touchPoint = d.touchPoint();
        b.dedupeKey = d.dedupeKey();
        b.phone = d.phone();
        b.reason = d.reason();
      }
      case EventDetail.GuestOptedOut d -> {
        b.phone = d.phone();
        b.keyword = d.keyword();
      }
    }
    return b.build();
  }

  /** The event of detail-type {@code type} this detail was written from (the outbox payload). */
  public DomainEvent toDomain(DomainEventType type) {
    EventDetail detail =
        Wire.at(
            "detail",
            () ->
                switch (type) {
                  case OrderEscalated ->
                      new EventDetail.OrderEscalated(
                          EscalationReason.valueOf(reason), handOffId, actor);
                  case OrderReturnedToOom -> new EventDetail.OrderReturnedToOom(status);
                  case AppointmentBooked ->
                      new EventDetail.AppointmentBooked(
                          AppointmentWire.toDomain(appointment), previousDate, locationId, actor);
                  case ContactAttemptRecorded ->
                      new EventDetail.ContactAttemptRecorded(
                          ContactChannel.valueOf(channel), outcome, phone, slot, actor);
                  case ConfirmationRecorded ->
                      new EventDetail.ConfirmationRecorded(
                          appointmentDate,
                          result,
                          channel == null ? null : ConfirmationChannel.valueOf(channel),
                          phone,
                          obtainedAt,
                          Boolean.TRUE.equals(applied),
                          actor);
                  case TextSent ->
                      new EventDetail.TextSent(touchPoint, dedupeKey, phone, messageId);
                  case TextDeferred ->
                      new EventDetail.TextDeferred(touchPoint, dedupeKey, phone, notBefore, reason);
                  case TextBlocked ->
                      new EventDetail.TextBlocked(touchPoint, dedupeKey, phone, reason);
                  case GuestOptedOut -> new EventDetail.GuestOptedOut(phone, keyword);
                });
    return new DomainEvent(eventId, orderId, occurredAt, storeId, detail);
  }

  /** Fills the fields a detail-type uses; the rest stay null (omitted). */
  private static final class Builder {
    private final String eventId;
    private final String orderId;
    private final String storeId;
    private final Instant occurredAt;
    Actor.Kind actor;
    String reason;
    String handOffId;
    FulfilmentStatus status;
    AppointmentWire appointment;
    LocalDate previousDate;
    String locationId;
    String channel;
    AttemptOutcome outcome;
    String phone;
    ContactSlot slot;
    LocalDate appointmentDate;
    ConfirmationResultKind result;
    Instant obtainedAt;
    Boolean applied;
    TouchPoint touchPoint;
    String dedupeKey;
    String messageId;
    Instant notBefore;
    String keyword;

    Builder(String eventId, String orderId, String storeId, Instant occurredAt) {
      this.eventId = eventId;
      this.orderId = orderId;
      this.storeId = storeId;
      this.occurredAt = occurredAt;
    }

    DomainEventWire build() {
      return new DomainEventWire(
          eventId,
          orderId,
          storeId,
          occurredAt,
          actor,
          reason,
          handOffId,
          status,
          appointment,
          previousDate,
          locationId,
          channel,
          outcome,
          phone,
          slot,
          appointmentDate,
          result,
          obtainedAt,
          applied,
          touchPoint,
          dedupeKey,
          messageId,
          notBefore,
          keyword);
    }
  }
}
