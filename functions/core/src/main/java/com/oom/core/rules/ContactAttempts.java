package com.oom.core.rules;

import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PhoneNumber;
import com.oom.core.time.SlotBoundaries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Records an attempt to reach the guest. The phone must be one of the guest's; the attempt's slot
 * is classified in the order's time zone (public holidays count as weekend). A CHAT attempt is
 * Jenny's ({@link ChatResults}): people record PHONE and SMS attempts. Reaching the guest clears a
 * pending follow-up request.
 */
public final class ContactAttempts {
  private ContactAttempts() {}

  public static OrderUpdate record(
      OpenOrder order,
      PhoneNumber phone,
      ContactChannel channel,
      AttemptOutcome outcome,
      String comment,
      ChangeContext ctx,
      SlotBoundaries slots,
      Predicate<LocalDate> isHoliday) {
    return record(order, phone, channel, outcome, comment, ctx, slots, isHoliday, ctx.at(), null);
  }

  /**
   * As {@link #record(OpenOrder, PhoneNumber, ContactChannel, AttemptOutcome, String,
   * ChangeContext, SlotBoundaries, Predicate)}, for an attempt made at {@code madeAt} (classified
   * in its slot then) and carrying a chat transcript reference (null: none).
   */
  public static OrderUpdate record(
      OpenOrder order,
      PhoneNumber phone,
      ContactChannel channel,
      AttemptOutcome outcome,
      String comment,
      ChangeContext ctx,
      SlotBoundaries slots,
      Predicate<LocalDate> isHoliday,
      Instant madeAt,
      String transcriptRef) {
    OrderGuards.requireOpen(order);
    if (phone == null || !order.details().guest().hasPhone(phone)) {
      throw new InvalidCommand("phone", "is not one of the guest's telephone numbers");
    }
    if (channel == null) {
      throw new InvalidCommand("channel", "is required");
    }
    if (channel == ContactChannel.CHAT && ctx.actor().isPerson()) {
      throw new InvalidCommand(
          "channel", "CHAT attempts are recorded from Jenny's chat results, not by people");
    }
    if (outcome == null) {
      throw new InvalidCommand("outcome", "is required");
    }
    String why = Comments.requireFrom(ctx.actor(), comment);
    ContactAttempt attempt =
        new ContactAttempt(
            ctx.eventId(order.orderId(), "attempt"),
            phone,
            channel,
            outcome,
            ctx.actor().id(),
            why,
            madeAt,
            slots.classify(madeAt, order.details().timeZone(), isHoliday),
            transcriptRef);
    OrderChangeBuilder change =
        new OrderChangeBuilder(order, ctx)
            .change(b -> b.addAttempt(attempt))
            .event(
                new OrderEvent.ContactAttemptRecorded(
                    attempt.attemptId(), order.orderId(), ctx.at(), ctx.actor(), attempt));
    if (outcome.isSuccessful() && order.followUp() != null) {
      change.change(b -> b.followUp(null));
    }
    return change.build();
  }
}
