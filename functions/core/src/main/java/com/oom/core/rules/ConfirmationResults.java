package com.oom.core.rules;

import com.oom.core.order.Confirmation;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.WrongNumber;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Records an appointment-confirmation result (from Jenny, or a guest texting C or R). A result for
 * another date than the booked appointment is kept in the audit trail but confirms nothing. A
 * result obtained before the one already applied is kept in the audit trail only: an older
 * CONFIRMED never overwrites a newer DECLINED. A reschedule request puts the order on an agent's
 * follow-up list; a WRONG_NUMBER marks that phone (not the order) for correction in the ERP.
 */
public final class ConfirmationResults {
  private ConfirmationResults() {}

  /** One result: for which appointment, what, how, on which number (may be null) and when. */
  public record Result(
      LocalDate appointmentDate,
      ConfirmationResultKind result,
      ConfirmationChannel channel,
      PhoneNumber phone,
      Instant occurredAt) {}

  public static OrderUpdate record(OpenOrder order, Result r, ChangeContext ctx) {
    if (r.result() == null) {
      throw new InvalidCommand("result", "is required");
    }
    if (r.appointmentDate() == null) {
      throw new InvalidCommand("appointmentDate", "is required");
    }
    if (r.result() == ConfirmationResultKind.WRONG_NUMBER && r.phone() == null) {
      throw new InvalidCommand("phone", "is required for WRONG_NUMBER");
    }
    if (!order.isWorkedByOom()) {
      return OrderUpdate.unchanged(order);
    }
    Instant occurredAt = r.occurredAt() == null ? ctx.at() : r.occurredAt();
    boolean older = order.confirmation() != null && occurredAt.isBefore(order.confirmation().at());
    String id = order.orderId();
    OrderChangeBuilder change =
        new OrderChangeBuilder(order, ctx)
            .event(
                new OrderEvent.ConfirmationRecorded(
                    ctx.eventId(id, "confirmation"),
                    id,
                    ctx.at(),
                    ctx.actor(),
                    r.appointmentDate(),
                    r.result(),
                    r.channel(),
                    r.phone(),
                    occurredAt,
                    !older));
    if (older) {
      return change.build();
    }
    boolean forBookedAppointment =
        order.appointment().map(a -> a.date().equals(r.appointmentDate())).orElse(false);
    // A later "no response" or "wrong number" does not undo a confirmation already given.
    boolean inconclusive =
        r.result() == ConfirmationResultKind.NO_RESPONSE
            || r.result() == ConfirmationResultKind.WRONG_NUMBER;
    if (forBookedAppointment && !(inconclusive && order.isAppointmentConfirmed())) {
      change.change(
          b ->
              b.confirmation(
                  new Confirmation(
                      r.appointmentDate(), r.result(), r.channel(), occurredAt, r.phone())));
    }
    if (r.result() == ConfirmationResultKind.WRONG_NUMBER
        && order.details().guest().hasPhone(r.phone())) {
      change.change(b -> b.addWrongNumber(new WrongNumber(r.phone(), occurredAt)));
    }
    if (r.result() == ConfirmationResultKind.RESCHEDULE_REQUESTED
        || r.result() == ConfirmationResultKind.DECLINED) {
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
