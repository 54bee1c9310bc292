package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.order.Appointment;
import com.oom.core.rules.AppointmentBookings;
import java.time.Clock;

/** Books a delivery, pick-up or technician visit for the guest. */
public final class BookAppointment {
  private final OrderTransactions transactions;
  private final Clock clock;

  public BookAppointment(OrderTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public record Command(
      String requestId, String orderId, Acting actor, Appointment appointment, String comment) {}

  public CommandResult handle(Command command) {
    return transactions.run(
        command.orderId(),
        command.requestId(),
        command.actor(),
        clock.instant(),
        null,
        (order, ctx) ->
            AppointmentBookings.book(order, command.appointment(), command.comment(), ctx));
  }
}
