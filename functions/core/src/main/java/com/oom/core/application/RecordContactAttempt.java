package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.PhoneNumber;
import com.oom.core.rules.ContactAttempts;
import java.time.Clock;

/**
 * Records an agent's attempt to reach the guest. If it completes the NO_CONTACT conditions after
 * the week has run, the order escalates in the same commit.
 */
public final class RecordContactAttempt {
  private final OrderTransactions transactions;
  private final CallSlots slots;
  private final Clock clock;

  RecordContactAttempt(OrderTransactions transactions, CallSlots slots, Clock clock) {
    this.transactions = transactions;
    this.slots = slots;
    this.clock = clock;
  }

  public record Command(
      String requestId,
      String orderId,
      Acting actor,
      PhoneNumber phone,
      ContactChannel channel,
      AttemptOutcome outcome,
      String comment) {}

  public CommandResult handle(Command command) {
    return transactions.run(
        command.orderId(),
        command.requestId(),
        command.actor(),
        clock.instant(),
        null,
        (order, ctx) ->
            ContactAttempts.record(
                order,
                command.phone(),
                command.channel(),
                command.outcome(),
                command.comment(),
                ctx,
                slots.boundaries(),
                slots.holidaysOf(order)));
  }
}
