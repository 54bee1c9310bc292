package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.TextCancellations;
import com.oom.core.sms.AppointmentTexts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sender's check that a booking, reminder or time-frame text is still true when it would go out
 * (see {@link AppointmentTexts#cancellation}), and the audit entry of one that is not: written
 * through the order's transaction under a command id derived from the text's dedupe key, so a
 * redelivered request adds no second entry. The sender writes it after its claim, which says it
 * will not call the gateway: a sender that dies between the entry and the log leaves a claim the
 * next delivery takes over, and that delivery's entry is the same one (nothing added, never sent).
 */
public final class CancelStaleTexts {
  private final Supplier<OrderTransactions> transactions;

  /**
   * @param transactions asked for only when a text is cancelled: the sender takes no publisher
   *     until then (its cold start stays as light as before)
   */
  public CancelStaleTexts(Supplier<OrderTransactions> transactions) {
    this.transactions = transactions;
  }

  /** Why the request's text is no longer true at {@code now}, if it is not. */
  public Optional<AppointmentTexts.Cancellation> check(
      SmsRequest request, Optional<OpenOrder> order, Instant now) {
    return order.flatMap(
        o ->
            AppointmentTexts.cancellation(
                request.orderId(), request.touchPoint(), request.dedupeKey(), o, now));
  }

  /** Adds the cancellation to the order's audit trail (and so to the ERP's). */
  public void record(SmsRequest request, AppointmentTexts.Cancellation cancellation, Instant now) {
    ChangeContext ctx =
        new ChangeContext(TextCancellations.commandId(request.dedupeKey()), Actor.SYSTEM, now);
    transactions
        .get()
        .run(
            request.orderId(),
            ctx,
            order ->
                TextCancellations.cancelled(
                    order, request.touchPoint(), request.dedupeKey(), cancellation, ctx));
  }
}
