package com.oom.core.application;

import com.oom.core.order.OpenOrder;
import com.oom.core.outbox.DomainEvents;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.ConsentLedger;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.SmsGateway;
import com.oom.core.port.SmsLog;
import com.oom.core.sms.AppointmentTexts;
import com.oom.core.sms.SendDecision;
import com.oom.core.sms.SmsSendPolicy;
import com.oom.core.sms.SmsTemplates;
import com.oom.core.sms.TouchPointMessages;
import com.oom.core.time.BusinessCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The SMS sender: re-checks at send time everything that may have changed since the touch point
 * fired (order state, consent, opt-out, quiet hours, the daily cap), then sends through the
 * gateway, defers, or blocks, and logs which. Each dedupe key is sent at most once, even when the
 * request is delivered twice at the same moment or its sender fails between the gateway's answer
 * and the log (the text is then taken as sent). A request another sender is handling is {@link
 * Result.InFlight}: its delivery must be retried later, not dropped. A booking, reminder or
 * time-frame text whose appointment was rebooked, cancelled or has passed is cancelled (blocked,
 * SUPERSEDED or APPOINTMENT_PASSED, with an audit entry on the order), never sent: {@link
 * CancelStaleTexts}.
 */
public final class SendTouchPoint {
  static final Duration CLAIM_LEASE = Duration.ofMinutes(2);
  static final Duration GATEWAY_RETRY_DELAY = Duration.ofMinutes(5);

  /** The detail of a text taken as sent because its sender was interrupted after the call. */
  public static final String UNCONFIRMED = "unconfirmed: the sender was interrupted";

  private final OpenOrders orders;
  private final SmsLog log;
  private final ConsentLedger consent;
  private final SmsGateway gateway;
  private final BusinessCalendars calendars;
  private final SmsSendPolicy policy;
  private final SmsTemplates templates;
  private final Clock clock;
  private final CancelStaleTexts staleTexts;
  private final Supplier<PublishOutbox> outbox;

  public SendTouchPoint(
      OpenOrders orders,
      SmsLog log,
      ConsentLedger consent,
      SmsGateway gateway,
      BusinessCalendars calendars,
      SmsSendPolicy policy,
      SmsTemplates templates,
      Clock clock,
      CancelStaleTexts staleTexts,
      Supplier<PublishOutbox> outbox) {
    this.orders = orders;
    this.log = log;
    this.consent = consent;
    this.gateway = gateway;
    this.calendars = calendars;
    this.policy = policy;
    this.templates = templates;
    this.clock = clock;
    this.staleTexts = staleTexts;
    this.outbox = outbox;
  }

  /** What happened to the request. */
  public sealed interface Result {
    record Sent(String messageId) implements Result {}

    record Deferred(Instant notBefore, SendDecision.DeferReason reason) implements Result {}

    record Blocked(SendDecision.BlockReason reason) implements Result {}

    /** Sent before (or taken as sent after an interrupted send). */
    record Duplicate() implements Result {}

    /** Another sender is handling it right now: ask again later, its outcome decides. */
    record InFlight() implements Result {}

    record Failed(String reason) implements Result {}
  }

  public Result handle(SmsRequest request) {
    Instant now = clock.instant();
    Optional<SmsLog.SmsRecord> previous = log.find(request.dedupeKey());
    if (previous.isPresent() && previous.get().status() == SmsLog.Status.SENT) {
      return new Result.Duplicate();
    }
    Optional<OpenOrder> order = orders.find(request.orderId());
    BusinessCalendar calendar =
        order.map(o -> calendars.forStore(o.details().storeId())).orElse(null);
    int sentToday =
        order
            .map(
                o -> {
                  var day = SmsSendPolicy.guestDay(now, o.details().timeZone());
                  return log.sentBetween(request.to(), day.start(), day.end());
                })
            .orElse(0);
    SendDecision decision =
        policy.decide(
            order,
            request.to(),
            consent.isOptedOut(request.to()),
            sentToday,
            now,
            date -> calendar != null && calendar.isHoliday(date));
    // A text about an appointment that was rebooked, cancelled or has passed is cancelled, never
    // sent (or deferred): its audit entry is written after the claim, without calling the gateway.
    Optional<AppointmentTexts.Cancellation> cancellation =
        decision instanceof SendDecision.Block
            ? Optional.empty()
            : staleTexts.check(request, order, now);
    // Everything is read before the claim: a sender that claimed to call the gateway does nothing
    // else before the call, so a claim that ran out without an outcome means the text may be out.
    boolean callsGateway = decision instanceof SendDecision.Send && cancellation.isEmpty();
    switch (log.claimToSend(request.dedupeKey(), now, now.plus(CLAIM_LEASE), callsGateway)) {
      case CLAIMED -> {}
      case SENT -> {
        return new Result.Duplicate();
      }
      case HELD -> {
        return new Result.InFlight();
      }
      case INTERRUPTED -> {
        return interrupted(request, order, now);
      }
    }
    if (cancellation.isPresent()) {
      staleTexts.record(request, cancellation.get(), now);
      return blocked(request, cancellation.get().reason(), order, now);
    }
    return switch (decision) {
      case SendDecision.Block block -> blocked(request, block.reason(), order, now);
      case SendDecision.Defer defer -> {
        record(
            order,
            new SmsLog.SmsRecord(
                request,
                request.touchPoint(),
                SmsLog.Status.DEFERRED,
                now,
                defer.notBefore(),
                defer.reason().name(),
                null));
        yield new Result.Deferred(defer.notBefore(), defer.reason());
      }
      case SendDecision.Send send -> send(request, order.orElseThrow(), now);
    };
  }

  /**
   * An earlier sender called the gateway and could not record the outcome (its store or its process
   * failed): the text is taken as sent, never sent again.
   */
  private Result interrupted(SmsRequest request, Optional<OpenOrder> order, Instant now) {
    record(
        order,
        new SmsLog.SmsRecord(
            request, request.touchPoint(), SmsLog.Status.SENT, now, null, UNCONFIRMED, null));
    return new Result.Duplicate();
  }

  private Result send(SmsRequest request, OpenOrder order, Instant now) {
    Optional<String> body =
        TouchPointMessages.render(templates, request.touchPoint(), request.dedupeKey(), order);
    if (body.isEmpty()) {
      return blocked(request, SendDecision.BlockReason.SUPERSEDED, Optional.of(order), now);
    }
    SmsGateway.SendResult result =
        gateway.send(request.to(), body.get(), order.orderId(), request.touchPoint().name());
    return switch (result) {
      case SmsGateway.SendResult.Sent sent -> {
        record(
            Optional.of(order),
            new SmsLog.SmsRecord(
                request,
                request.touchPoint(),
                SmsLog.Status.SENT,
                now,
                null,
                sent.messageId(),
                body.get()));
        yield new Result.Sent(sent.messageId());
      }
      case SmsGateway.SendResult.OptedOut optedOut -> {
        OutboxMessage.DomainEvent optOut =
            DomainEvents.optedOut(
                request.dedupeKey(),
                request.to(),
                "carrier",
                now,
                order.orderId(),
                order.details().storeId());
        consent.optOut(request.to(), now, "carrier", List.of(optOut));
        outbox.get().publishQuietly(List.of(optOut));
        yield blocked(request, SendDecision.BlockReason.OPTED_OUT, Optional.of(order), now);
      }
      case SmsGateway.SendResult.Rejected rejected -> {
        record(
            Optional.of(order),
            new SmsLog.SmsRecord(
                request,
                request.touchPoint(),
                SmsLog.Status.FAILED,
                now,
                null,
                rejected.reason(),
                null));
        yield new Result.Failed(rejected.reason());
      }
      case SmsGateway.SendResult.Retryable retryable -> {
        // Throttled or failing: deferred, so the sweep sends it again; nothing is lost.
        Instant retryAt = now.plus(GATEWAY_RETRY_DELAY);
        record(
            Optional.of(order),
            new SmsLog.SmsRecord(
                request,
                request.touchPoint(),
                SmsLog.Status.DEFERRED,
                now,
                retryAt,
                retryable.reason(),
                null));
        yield new Result.Deferred(retryAt, SendDecision.DeferReason.GATEWAY_BUSY);
      }
    };
  }

  private Result blocked(
      SmsRequest request, SendDecision.BlockReason reason, Optional<OpenOrder> order, Instant now) {
    record(
        order,
        new SmsLog.SmsRecord(
            request, request.touchPoint(), SmsLog.Status.BLOCKED, now, null, reason.name(), null));
    return new Result.Blocked(reason);
  }

  /**
   * Logs the fate with its event (TextSent, TextDeferred, TextBlocked) in one write, then publishes
   * the event; if that fails the sweep publishes it from the outbox.
   */
  private void record(Optional<OpenOrder> order, SmsLog.SmsRecord record) {
    List<OutboxMessage.DomainEvent> events =
        TextEvents.of(record, order.map(o -> o.details().storeId()).orElse(null));
    log.record(record, events);
    if (!events.isEmpty()) {
      outbox.get().publishQuietly(List.copyOf(events));
    }
  }
}
