package com.oom.core.rules;

import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PhoneNumber;
import com.oom.core.time.SlotBoundaries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Jenny's results, by channel. A result obtained in an online chat ({@code CHAT}) is a contact with
 * the guest on the number it names: besides the confirmation result ({@link ConfirmationResults})
 * it is recorded, in the same update, as a contact attempt on the channel CHAT on that number, made
 * when the result was obtained, with the chat's transcript reference, its outcome mapped as for an
 * agent's confirmation call (CONFIRMED, RESCHEDULE_REQUESTED, DECLINED: REACHED; NO_RESPONSE:
 * NO_ANSWER; WRONG_NUMBER: WRONG_NUMBER). So the number counts as attempted that day for the
 * confirmation list and the end-of-day audit. The attempt comes first, so reaching the guest clears
 * an earlier follow-up request but not the one this result makes.
 *
 * <p>An attempt is always on one of the guest's numbers: a chat result naming no number, or one not
 * on the guest's file, is recorded as a result only, and a comment by Jenny in the audit trail says
 * why no attempt was recorded. SMS and VOICE results are results only, as before (an SMS result is
 * the guest's reply to a text, which is no attempt to reach them; Jenny's VOICE results are
 * unchanged by this rule). An order OOM does not work (CWC or closed) records nothing, as for every
 * Jenny result.
 */
public final class ChatResults {
  private ChatResults() {}

  /** The comment on a chat attempt. */
  static String attemptComment(ConfirmationResults.Result r) {
    return "Chat with Jenny: " + r.result() + ".";
  }

  /**
   * @param transcriptRef the chat's transcript reference (null: none); read only for a CHAT result
   */
  public static OrderUpdate record(
      OpenOrder order,
      ConfirmationResults.Result r,
      String transcriptRef,
      ChangeContext ctx,
      SlotBoundaries slots,
      Predicate<LocalDate> isHoliday) {
    if (r.channel() != ConfirmationChannel.CHAT || !order.isWorkedByOom()) {
      return ConfirmationResults.record(order, r, ctx);
    }
    if (r.result() == null) {
      throw new InvalidCommand("result", "is required");
    }
    if (r.appointmentDate() == null) {
      throw new InvalidCommand("appointmentDate", "is required");
    }
    if (transcriptRef != null
        && !transcriptRef.isBlank()
        && !ContactAttempt.isTranscriptRef(transcriptRef.strip())) {
      throw new InvalidCommand(
          "transcriptRef",
          "must be 1 to "
              + ContactAttempt.MAX_TRANSCRIPT_REF_CHARS
              + " visible ASCII characters (no spaces)");
    }
    PhoneNumber phone = r.phone();
    if (phone == null || !order.details().guest().hasPhone(phone)) {
      OrderUpdate result = ConfirmationResults.record(order, r, ctx);
      return result.then(Comments.add(result.after(), noAttemptBecause(phone), ctx));
    }
    Instant madeAt =
        r.occurredAt() == null || r.occurredAt().isAfter(ctx.at()) ? ctx.at() : r.occurredAt();
    OrderUpdate attempt =
        ContactAttempts.record(
            order,
            phone,
            ContactChannel.CHAT,
            AgentConfirmations.attemptOutcomeOf(r.result()),
            attemptComment(r),
            ctx,
            slots,
            isHoliday,
            madeAt,
            transcriptRef);
    return attempt.then(ConfirmationResults.record(attempt.after(), r, ctx));
  }

  /** Why a chat result is no attempt, in words for the audit trail (the number masked). */
  static String noAttemptBecause(PhoneNumber phone) {
    return phone == null
        ? "Chat result recorded without a contact attempt: it names no telephone number."
        : "Chat result recorded without a contact attempt: "
            + phone.masked()
            + " is not one of the guest's telephone numbers.";
  }
}
