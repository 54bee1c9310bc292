package com.oom.core.rules;

import com.oom.core.order.Confirmation;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import java.time.LocalDate;

/**
 * Records an appointment-confirmation result (from Jenny, or a guest texting C or R). A result for
 * another date than the booked appointment is kept in the audit trail but confirms nothing. A
 * reschedule request puts the order on an agent's follow-up list.
 */
public final class ConfirmationResults {
  private ConfirmationResults() {}

  public static OrderUpdate record(
      OpenOrder order,
      LocalDate appointmentDate,
      ConfirmationResultKind result,
      ConfirmationChannel channel,
      ChangeContext ctx) {
    if (result == null) {
      throw new InvalidCommand("result", "is required");
    }
    if (appointmentDate == null) {
      throw new InvalidCommand("appointmentDate", "is required");
    }
    if (!order.isWorkedByOom()) {
      return OrderUpdate.unchanged(order);
    }
    String id = order.orderId();
    OrderChangeBuilder change =
        new OrderChangeBuilder(order, ctx)
            .event(
                new OrderEvent.ConfirmationRecorded(
                    ctx.eventId(id, "confirmation"),
                    id,
                    ctx.at(),
                    ctx.actor(),
                    appointmentDate,
                    result,
                    channel));
    boolean forBookedAppointment =
        order.appointment().map(a -> a.date().equals(appointmentDate)).orElse(false);
    // A later "no response" or "wrong number" does not undo a confirmation already given.
    boolean inconclusive =
        result == ConfirmationResultKind.NO_RESPONSE
            || result == ConfirmationResultKind.WRONG_NUMBER;
    if (forBookedAppointment && !(inconclusive && order.isAppointmentConfirmed())) {
      change.change(
          b -> b.confirmation(new Confirmation(appointmentDate, result, channel, ctx.at())));
    }
    if (result == ConfirmationResultKind.RESCHEDULE_REQUESTED
        || result == ConfirmationResultKind.DECLINED) {
      change
          .change(
              b ->
                  b.followUp(
                      new FollowUpRequest(FollowUpRequest.Reason.RESCHEDULE_REQUESTED, ctx.at())))
          .event(
              new OrderEvent.RescheduleRequested(
                  ctx.eventId(id, "reschedule"), id, ctx.at(), ctx.actor()));
    }
    return change.build();
  }
}
