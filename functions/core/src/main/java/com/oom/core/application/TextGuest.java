package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.order.DerivedId;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TextMessage;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.ConsentLedger;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.SmsLog;
import com.oom.core.rules.AgentTexts;
import com.oom.core.sms.SendDecision;
import com.oom.core.sms.SmsSendPolicy;
import com.oom.core.time.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An agent texts the guest ({@code POST /orders/{orderId}/texts}): the policy is checked now, so a
 * refused text is refused to the agent ({@link com.oom.core.order.TextRefused}); an accepted one is
 * kept on the order and queued for the SMS sender in the same transaction, and the answer says
 * whether it goes out now or is deferred (quiet hours, the daily cap) and until when.
 */
public final class TextGuest {
  private final OpenOrders orders;
  private final OrderTransactions transactions;
  private final ConsentLedger consent;
  private final SmsLog smsLog;
  private final BusinessCalendars calendars;
  private final SmsSendPolicy policy;
  private final Clock clock;

  public TextGuest(
      OpenOrders orders,
      OrderTransactions transactions,
      ConsentLedger consent,
      SmsLog smsLog,
      BusinessCalendars calendars,
      SmsSendPolicy policy,
      Clock clock) {
    this.orders = orders;
    this.transactions = transactions;
    this.consent = consent;
    this.smsLog = smsLog;
    this.calendars = calendars;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * @param to one of the guest's numbers, or null for the number touch points use
   */
  public record Command(
      String requestId,
      String orderId,
      Acting actor,
      PhoneNumber to,
      String body,
      String comment) {}

  /** What happens to the text next, as far as it is known when it is accepted. */
  public enum Expected {
    /** Queued: the sender sends it as soon as it takes the request. */
    QUEUED,
    /** Quiet hours or the daily cap: the sender defers it and the sweep sends it at notBefore. */
    DEFERRED
  }

  /**
   * @param text the text kept on the order (null only if the order no longer holds it)
   * @param notBefore for a deferred text: when it may go out
   * @param deferReason for a deferred text: why
   */
  public record Result(
      CommandResult result,
      TextMessage text,
      Expected expected,
      Instant notBefore,
      SendDecision.DeferReason deferReason) {}

  public Result handle(Command command) {
    Instant now = clock.instant();
    // The consent ledger is read before the transaction: the rule itself reads nothing.
    Set<PhoneNumber> optedOut = optedOut(orders.find(command.orderId()), command.to());
    CommandResult result =
        transactions.run(
            command.orderId(),
            command.requestId(),
            command.actor(),
            now,
            null,
            (order, ctx) ->
                AgentTexts.send(
                    order,
                    new AgentTexts.Request(command.to(), command.body(), command.comment()),
                    optedOut,
                    ctx));
    String textId = DerivedId.of(command.requestId(), command.orderId(), "agent-text");
    OpenOrder order = result.order();
    TextMessage text =
        order == null
            ? null
            : order.texts().stream()
                .filter(t -> t.textId().equals(textId))
                .findFirst()
                .orElse(null);
    if (text == null) {
      return new Result(result, null, Expected.QUEUED, null, null);
    }
    return switch (expectation(order, text.number(), now)) {
      case SendDecision.Defer defer ->
          new Result(result, text, Expected.DEFERRED, defer.notBefore(), defer.reason());
      default -> new Result(result, text, Expected.QUEUED, null, null);
    };
  }

  /** The numbers the text may go to that opted out (the asked one, else the guest's mobiles). */
  private Set<PhoneNumber> optedOut(Optional<OpenOrder> order, PhoneNumber asked) {
    Set<PhoneNumber> candidates = new HashSet<>();
    if (asked != null) {
      candidates.add(asked);
    } else {
      order.ifPresent(
          o ->
              o.details().guest().phones().stream()
                  .map(GuestPhone::number)
                  .forEach(candidates::add));
    }
    Set<PhoneNumber> out = new HashSet<>();
    for (PhoneNumber number : candidates) {
      if (consent.isOptedOut(number)) {
        out.add(number);
      }
    }
    return out;
  }

  /** What the sender will decide when it takes the request now (quiet hours, daily cap). */
  private SendDecision expectation(OpenOrder order, PhoneNumber to, Instant now) {
    Optional<BusinessCalendar> calendar = calendars.find(order.details().storeId());
    SmsSendPolicy.GuestDay day = SmsSendPolicy.guestDay(now, order.details().timeZone());
    return policy.decide(
        Optional.of(order),
        to,
        false,
        smsLog.sentBetween(to, day.start(), day.end()),
        now,
        date -> calendar.map(c -> c.isHoliday(date)).orElse(false));
  }
}
