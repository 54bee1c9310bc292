package com.oom.core.rules;

import com.oom.core.order.Appointment;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.sms.AppointmentTexts;
import java.time.LocalDate;

/**
 * Books (or re-books) a delivery, pick-up or technician visit. It clears a missed visit, a pending
 * follow-up request and a contact date that came due (the booking meets it), and fires the
 * APPOINTMENT_BOOKED touch point once per booking.
 */
public final class AppointmentBookings {
  private AppointmentBookings() {}

  public static OrderUpdate book(
      OpenOrder order, Appointment appointment, String comment, ChangeContext ctx) {
    OrderGuards.requireWorkedByOom(order);
    if (appointment == null) {
      throw new InvalidCommand("date", "an appointment needs a date, a window and a kind");
    }
    LocalDate today = ctx.at().atZone(order.details().timeZone()).toLocalDate();
    if (appointment.date().isBefore(today)) {
      throw new InvalidCommand("date", "must not be before today (" + today + ")");
    }
    if (!ctx.at()
        .isBefore(
            appointment
                .date()
                .atTime(appointment.windowEnd())
                .atZone(order.details().timeZone())
                .toInstant())) {
      throw new InvalidCommand("windowEnd", "has already passed today");
    }
    String why = Comments.requireFrom(ctx.actor(), comment);
    // The same appointment again changes nothing, unless it rebooks a failed visit or answers the
    // guest's request: then it is a booking like any other.
    if (appointment.equals(order.details().appointment())
        && order.missed() == null
        && order.followUp() == null) {
      return OrderUpdate.unchanged(order);
    }
    return new OrderChangeBuilder(order, ctx)
        .change(
            b ->
                b.details(order.details().withAppointment(appointment))
                    .missed(null)
                    .followUp(null)
                    .contactDate(contactDateAfterBooking(order, today)))
        .event(
            new OrderEvent.AppointmentBooked(
                ctx.eventId(order.orderId(), "appointment"),
                order.orderId(),
                ctx.at(),
                ctx.actor(),
                order.details().appointment(),
                appointment,
                why))
        .touchPoint(TouchPoint.APPOINTMENT_BOOKED, bookingTrigger(appointment, ctx))
        .build();
  }

  /** A contact date that came due is met by the booking; one still ahead is kept. */
  private static LocalDate contactDateAfterBooking(OpenOrder order, LocalDate today) {
    LocalDate contactDate = order.contactDate();
    return contactDate != null && contactDate.isAfter(today) ? contactDate : null;
  }

  /**
   * Each booking is its own trigger, even back to an appointment booked before (10th, then 11th,
   * then the 10th again: the guest's last text said the 11th). The command id keeps it stable when
   * the same booking command is redelivered.
   */
  static String bookingTrigger(Appointment appointment, ChangeContext ctx) {
    return AppointmentTexts.trigger(TouchPoint.APPOINTMENT_BOOKED, appointment)
        + "@"
        + ctx.commandId();
  }
}
