package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.rules.AppointmentBookings;
import com.oom.core.rules.ChangeContext;
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
      String requestId, String orderId, Actor actor, Appointment appointment, String comment) {}

  public CommandResult handle(Command command) {
    ChangeContext ctx = new ChangeContext(command.requestId(), command.actor(), clock.instant());
    return transactions.run(
        command.orderId(),
        ctx,
        order -> AppointmentBookings.book(order, command.appointment(), command.comment(), ctx));
  }
}
