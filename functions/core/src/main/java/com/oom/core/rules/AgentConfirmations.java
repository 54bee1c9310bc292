package com.oom.core.rules;

import com.oom.core.order.Appointment;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.RuleViolation;
import com.oom.core.time.SlotBoundaries;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * An agent's confirmation call on the order's booked appointment (rule 4): the result is recorded
 * as a confirmation result ({@link ConfirmationResults}: CONFIRMED confirms the appointment, a
 * reschedule request or a decline puts the order on the follow-up list, a wrong number marks the
 * number), and — any result on a number counting as that number attempted — as a phone attempt on
 * that number ({@link ContactAttempts}), in the same update. The attempt comes first, so reaching
 * the guest clears an earlier follow-up request but not the one this result makes.
 */
public final class AgentConfirmations {
  private AgentConfirmations() {}

  /**
   * @param phone the guest's number the agent called
   * @param comment what the agent says about the call (required from people, see {@link Comments})
   */
  public static OrderUpdate record(
      OpenOrder order,
      PhoneNumber phone,
      ConfirmationResultKind result,
      String comment,
      ChangeContext ctx,
      SlotBoundaries slots,
      Predicate<LocalDate> isHoliday) {
    OrderGuards.requireWorkedByOom(order);
    if (result == null) {
      throw new InvalidCommand("result", "is required");
    }
    OrderUpdate attempt =
        ContactAttempts.record(
            order,
            phone,
            ContactChannel.PHONE,
            attemptOutcomeOf(result),
            comment,
            ctx,
            slots,
            isHoliday);
    Appointment booked =
        order
            .appointment()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "order " + order.orderId() + " has no booked appointment to confirm"));
    return attempt.then(
        ConfirmationResults.record(
            attempt.after(),
            new ConfirmationResults.Result(
                booked.date(), result, ConfirmationChannel.VOICE, phone, ctx.at()),
            ctx));
  }

  /**
   * The outcome of the call as a contact attempt: the guest answered (CONFIRMED,
   * RESCHEDULE_REQUESTED, DECLINED: REACHED), did not (NO_RESPONSE: NO_ANSWER), or the number
   * reaches someone else (WRONG_NUMBER).
   */
  static AttemptOutcome attemptOutcomeOf(ConfirmationResultKind result) {
    return switch (result) {
      case CONFIRMED, RESCHEDULE_REQUESTED, DECLINED -> AttemptOutcome.REACHED;
      case NO_RESPONSE -> AttemptOutcome.NO_ANSWER;
      case WRONG_NUMBER -> AttemptOutcome.WRONG_NUMBER;
    };
  }
}
