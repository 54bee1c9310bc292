package com.oom.core.application;

import com.oom.core.order.Acting;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.PhoneNumber;
import com.oom.core.rules.AgentConfirmations;
import java.time.Clock;

/**
 * Records an agent's confirmation call on the order's booked appointment: the result, and the call
 * as an attempt on that number, in one change.
 */
public final class RecordAgentConfirmation {
  private final OrderTransactions transactions;
  private final CallSlots slots;
  private final Clock clock;

  RecordAgentConfirmation(OrderTransactions transactions, CallSlots slots, Clock clock) {
    this.transactions = transactions;
    this.slots = slots;
    this.clock = clock;
  }

  /**
   * @param expectedVersion apply only to this version of the order (may be null)
   */
  public record Command(
      String requestId,
      String orderId,
      Acting actor,
      PhoneNumber phone,
      ConfirmationResultKind result,
      String comment,
      Long expectedVersion) {}

  public CommandResult handle(Command command) {
    return transactions.run(
        command.orderId(),
        command.requestId(),
        command.actor(),
        clock.instant(),
        command.expectedVersion(),
        (order, ctx) ->
            AgentConfirmations.record(
                order,
                command.phone(),
                command.result(),
                command.comment(),
                ctx,
                slots.boundaries(),
                slots.holidaysOf(order)));
  }
}
