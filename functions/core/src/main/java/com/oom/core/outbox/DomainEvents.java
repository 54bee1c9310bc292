package com.oom.core.outbox;

import com.oom.core.events.EventDetail;
import com.oom.core.order.DerivedId;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.OutboxMessage.DomainEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * The domain events OOM publishes, derived from what it records: an order event ({@link
 * #of(OpenOrder, OrderEvent)}), a text's fate in the SMS log ({@link #of(SmsLog.SmsRecord,
 * String)}), an opt-out ({@link #optedOut}). Every id is derived from its cause, so the same
 * command retried yields the same event id.
 */
public final class DomainEvents {
  private DomainEvents() {}

  /** The event an order event is published as, if it is one of those OOM publishes. */
  public static Optional<DomainEvent> of(OpenOrder after, OrderEvent event) {
    EventDetail detail =
        switch (event) {
          case OrderEvent.OrderEscalated e ->
              new EventDetail.OrderEscalated(e.reason(), e.handOffId(), e.actor().kind());
          case OrderEvent.ReturnedToOom e -> new EventDetail.OrderReturnedToOom(e.status());
          case OrderEvent.AppointmentBooked e ->
              new EventDetail.AppointmentBooked(
                  e.appointment(),
                  e.previous() == null ? null : e.previous().date(),
                  after.details().locationId(),
                  e.actor().kind());
          case OrderEvent.ContactAttemptRecorded e ->
              EventDetail.ContactAttemptRecorded.of(e.attempt(), e.actor());
          case OrderEvent.ConfirmationRecorded e ->
              new EventDetail.ConfirmationRecorded(
                  e.appointmentDate(),
                  e.result(),
                  e.channel(),
                  e.phone() == null ? null : e.phone().masked(),
                  e.occurredAt(),
                  e.applied(),
                  e.actor().kind());
          default -> null;
        };
    return Optional.ofNullable(detail)
        .map(
            d ->
                new DomainEvent(
                    DerivedId.of(event.eventId(), "event"),
                    event.orderId(),
                    event.at(),
                    after.details().storeId(),
                    d));
  }

  /**
   * A number opted out.
   *
   * @param cause what opted it out, unique per opt-out: the inbound message id of a STOP, or the
   *     dedupe key of the text the SMS API refused
   * @param orderId the order the opt-out came through (the guest's most recent open order of the
   *     number), or null
   */
  public static DomainEvent optedOut(
      String cause, PhoneNumber phone, String keyword, Instant at, String orderId, String storeId) {
    return new DomainEvent(
        DerivedId.of(cause, "GuestOptedOut"),
        orderId,
        at,
        storeId,
        new EventDetail.GuestOptedOut(phone.masked(), keyword));
  }
}
