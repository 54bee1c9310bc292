package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.PhoneNumber;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.ConfirmationResults;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Records a Package AI (Jenny) confirmation result for an appointment, with the number it reached
 * and when it was obtained (an older result never overwrites a newer one).
 */
public final class RecordConfirmationResult {
  private final OrderTransactions transactions;
  private final Clock clock;

  public RecordConfirmationResult(OrderTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public record Command(
      String eventId,
      String orderId,
      LocalDate appointmentDate,
      ConfirmationResultKind result,
      ConfirmationChannel channel,
      PhoneNumber phone,
      Instant occurredAt) {}

  public CommandResult handle(Command command) {
    ChangeContext ctx = new ChangeContext(command.eventId(), Actor.JENNY, clock.instant());
    return transactions.run(
        command.orderId(),
        ctx,
        order ->
            ConfirmationResults.record(
                order,
                new ConfirmationResults.Result(
                    command.appointmentDate(),
                    command.result(),
                    command.channel(),
                    command.phone(),
                    command.occurredAt()),
                ctx));
  }
}
