package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.outbox.DomainEvents;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.port.ConsentLedger;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.SmsGateway;
import com.oom.core.port.SmsLog;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.ConfirmationResults;
import com.oom.core.rules.GuestReplies;
import com.oom.core.rules.GuestTexts;
import com.oom.core.sms.InboundReply;
import com.oom.core.sms.SmsTemplates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A guest's text reply. STOP and the other opt-out keywords opt the number out at once (End User
 * Messaging sends the carrier's own confirmation); HELP gets the help text; C confirms and R asks
 * to reschedule the guest's next appointment; anything else puts the order in front of an agent,
 * its words kept with the order (once per inbound message id) for the agent to read. Keywords are
 * acted on, not kept. The words are never logged.
 */
public final class HandleInboundSms {
  /**
   * How long a HELP answer is remembered per inbound message id: SQS keeps (and may redeliver) a
   * message for at most 14 days, so a redelivery long after the send lease still finds the claim.
   */
  static final Duration HELP_DEDUPE_WINDOW = Duration.ofDays(14);

  private final OpenOrders orders;
  private final OrderTransactions transactions;
  private final ConsentLedger consent;
  private final SmsGateway gateway;
  private final SmsLog log;
  private final SmsTemplates templates;
  private final Clock clock;
  private final Supplier<PublishOutbox> outbox;

  public HandleInboundSms(
      OpenOrders orders,
      OrderTransactions transactions,
      ConsentLedger consent,
      SmsGateway gateway,
      SmsLog log,
      SmsTemplates templates,
      Clock clock,
      Supplier<PublishOutbox> outbox) {
    this.orders = orders;
    this.transactions = transactions;
    this.consent = consent;
    this.gateway = gateway;
    this.log = log;
    this.templates = templates;
    this.clock = clock;
    this.outbox = outbox;
  }

  public record Command(String messageId, PhoneNumber from, String text) {}

  /** What the reply led to. */
  public enum Outcome {
    OPTED_OUT,
    OPTED_IN,
    HELP_SENT,
    CONFIRMED,
    RESCHEDULE_REQUESTED,
    SENT_TO_AGENT,
    NO_MATCHING_ORDER,
    DUPLICATE
  }

  public Outcome handle(Command command) {
    Instant now = clock.instant();
    InboundReply reply = InboundReply.classify(command.text());
    ChangeContext ctx = new ChangeContext(command.messageId(), Actor.GUEST, now);
    List<OpenOrder> candidates = orders.openOrdersByPhone(command.from());
    return switch (reply) {
      case InboundReply.OptOut optOut -> {
        // GuestOptedOut goes into the outbox with the opt-out itself, then out on the bus
        Optional<OpenOrder> through = mostRecent(candidates);
        OutboxMessage event =
            DomainEvents.optedOut(
                command.messageId(),
                command.from(),
                optOut.keyword(),
                now,
                through.map(OpenOrder::orderId).orElse(null),
                through.map(o -> o.details().storeId()).orElse(null));
        consent.optOut(command.from(), now, optOut.keyword(), List.of(event));
        outbox.get().publishQuietly(List.of(event));
        yield Outcome.OPTED_OUT;
      }
      case InboundReply.OptIn optIn -> {
        consent.optIn(command.from(), now, optIn.keyword());
        yield Outcome.OPTED_IN;
      }
      case InboundReply.Help help -> sendHelp(command, candidates, now);
      case InboundReply.Confirm confirm ->
          nextAppointment(candidates, now)
              .map(
                  order ->
                      changed(
                          transactions.run(
                              order.orderId(),
                              ctx,
                              o ->
                                  ConfirmationResults.record(
                                      o,
                                      new ConfirmationResults.Result(
                                          o.details().appointment().date(),
                                          ConfirmationResultKind.CONFIRMED,
                                          ConfirmationChannel.SMS,
                                          command.from(),
                                          now),
                                      ctx)),
                          Outcome.CONFIRMED))
              .orElse(Outcome.NO_MATCHING_ORDER);
      case InboundReply.Reschedule reschedule ->
          mostRecent(candidates)
              .map(
                  order ->
                      changed(
                          transactions.run(
                              order.orderId(), ctx, o -> GuestReplies.rescheduleRequested(o, ctx)),
                          Outcome.RESCHEDULE_REQUESTED))
              .orElse(Outcome.NO_MATCHING_ORDER);
      case InboundReply.FreeText freeText ->
          mostRecent(candidates)
              .map(
                  order ->
                      changed(
                          transactions.run(
                              order.orderId(),
                              ctx,
                              o -> GuestTexts.received(o, command.from(), command.text(), ctx)),
                          Outcome.SENT_TO_AGENT))
              .orElse(Outcome.NO_MATCHING_ORDER);
    };
  }

  private Outcome sendHelp(Command command, List<OpenOrder> candidates, Instant now) {
    String key = "help#" + command.messageId();
    if (!log.claim(key, now, now.plus(HELP_DEDUPE_WINDOW))) {
      return Outcome.DUPLICATE;
    }
    GuestLanguage language =
        mostRecent(candidates).map(o -> o.details().language()).orElse(GuestLanguage.ENGLISH);
    String orderId = mostRecent(candidates).map(OpenOrder::orderId).orElse("");
    gateway.send(command.from(), templates.helpText(language), orderId, "HELP");
    return Outcome.HELP_SENT;
  }

  private static Outcome changed(CommandResult result, Outcome outcome) {
    return result.outcome() == CommandResult.Outcome.DUPLICATE ? Outcome.DUPLICATE : outcome;
  }

  /** The guest's soonest upcoming appointment not yet confirmed. */
  private static Optional<OpenOrder> nextAppointment(List<OpenOrder> candidates, Instant now) {
    return candidates.stream()
        .filter(OpenOrder::isWorkedByOom)
        .filter(o -> o.details().appointment() != null)
        .filter(
            o ->
                !o.details()
                    .appointment()
                    .date()
                    .isBefore(LocalDate.ofInstant(now, o.details().timeZone())))
        .min(Comparator.comparing((OpenOrder o) -> o.details().appointment().date()));
  }

  private static Optional<OpenOrder> mostRecent(List<OpenOrder> candidates) {
    return candidates.stream().filter(o -> !o.isClosed()).findFirst();
  }
}
