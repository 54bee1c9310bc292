package com.oom.core.rules;

import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TextMessage;
import com.oom.core.order.TextRefused;
import com.oom.core.sms.SendDecision;
import com.oom.core.sms.SmsSendPolicy;
import java.util.Optional;
import java.util.Set;

/**
 * An agent's text to the guest, under the touch points' policy: the order open and not CWC, the
 * number the guest's, mobile, with consent, not opted out and not reported wrong, or the text is
 * refused with the reason. Accepted, the text is kept on the order and an AGENT_TEXT SMS request is
 * queued (the sender defers it in quiet hours or over the daily cap, never drops it); it answers
 * the guest's text, so a GUEST_REPLY follow-up is done.
 */
public final class AgentTexts {
  /**
   * The most characters an agent may write: with the French opt-out line the text sent stays within
   * 612 characters, four concatenated GSM segments.
   */
  public static final int MAX_BODY_CHARS = 570;

  private AgentTexts() {}

  /**
   * @param to one of the guest's numbers, or null for the number touch points use
   */
  public record Request(PhoneNumber to, String body, String comment) {}

  /**
   * The number the text goes to: the one asked for, else the number touch points use (the first
   * mobile with consent not reported wrong), else the guest's first number (so a refusal says why
   * it cannot be texted); empty when the guest has none.
   */
  public static Optional<PhoneNumber> recipient(OpenOrder order, PhoneNumber requested) {
    if (requested != null) {
      return Optional.of(requested);
    }
    return TouchPointTriggers.recipient(order)
        .or(() -> order.details().guest().phones().stream().map(GuestPhone::number).findFirst());
  }

  /** Why the text may not go to {@code to}, if it may not. */
  public static Optional<TextRefused.Reason> refusal(
      OpenOrder order, Optional<PhoneNumber> to, Set<PhoneNumber> optedOut) {
    if (to.isEmpty()) {
      return order.isClosed()
          ? Optional.of(TextRefused.Reason.ORDER_CLOSED)
          : order.isCwc()
              ? Optional.of(TextRefused.Reason.ORDER_IN_CWC)
              : Optional.of(TextRefused.Reason.NUMBER_NOT_ON_FILE);
    }
    PhoneNumber number = to.get();
    Optional<SendDecision.BlockReason> blocked =
        SmsSendPolicy.eligibility(Optional.of(order), number, optedOut.contains(number));
    if (blocked.isPresent()) {
      return Optional.of(reason(blocked.get()));
    }
    return order.isWrongNumber(number)
        ? Optional.of(TextRefused.Reason.WRONG_NUMBER)
        : Optional.empty();
  }

  /**
   * Keeps the agent's text on the order and queues it.
   *
   * @param optedOut the guest's numbers that opted out, as the consent ledger said just before
   * @throws InvalidCommand naming {@code body} or {@code comment}
   * @throws TextRefused when the policy forbids the text
   */
  public static OrderUpdate send(
      OpenOrder order, Request request, Set<PhoneNumber> optedOut, ChangeContext ctx) {
    String body = validBody(request.body());
    String comment = Comments.requireFrom(ctx.actor(), request.comment());
    Optional<PhoneNumber> to = recipient(order, request.to());
    refusal(order, to, optedOut)
        .ifPresent(
            reason -> {
              throw new TextRefused(reason);
            });
    String id = order.orderId();
    String textId = ctx.eventId(id, "agent-text");
    TextMessage text =
        new TextMessage(
            textId, TextMessage.Direction.OUTBOUND, to.get(), body, ctx.at(), ctx.actor(), comment);
    boolean answersGuest =
        order.followUp() != null && order.followUp().reason() == FollowUpRequest.Reason.GUEST_REPLY;
    return new OrderChangeBuilder(order, ctx)
        .change(b -> answersGuest ? b.addText(text).followUp(null) : b.addText(text))
        .event(
            new OrderEvent.AgentTexted(
                ctx.eventId(id, "agent-texted"),
                id,
                ctx.at(),
                ctx.actor(),
                textId,
                TextMessage.dedupeKey(id, textId),
                to.get(),
                comment))
        .build();
  }

  /** The body as sent: required, not blank, at most {@link #MAX_BODY_CHARS} once stripped. */
  public static String validBody(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidCommand("body", "the text to send is required and must not be blank");
    }
    String stripped = body.strip();
    if (stripped.length() > MAX_BODY_CHARS) {
      throw new InvalidCommand("body", "at most " + MAX_BODY_CHARS + " characters");
    }
    return stripped;
  }

  private static TextRefused.Reason reason(SendDecision.BlockReason blocked) {
    return switch (blocked) {
      case ORDER_IN_CWC -> TextRefused.Reason.ORDER_IN_CWC;
      case NUMBER_NOT_ON_FILE -> TextRefused.Reason.NUMBER_NOT_ON_FILE;
      case NOT_MOBILE -> TextRefused.Reason.NOT_MOBILE;
      case NO_CONSENT -> TextRefused.Reason.NO_CONSENT;
      case OPTED_OUT -> TextRefused.Reason.OPTED_OUT;
      default -> TextRefused.Reason.ORDER_CLOSED; // unknown or closed order
    };
  }
}
