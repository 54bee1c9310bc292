package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.PhoneNumber;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.ChatResults;
import com.oom.core.rules.ConfirmationResults;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Records a Package AI (Jenny) confirmation result for an appointment, with the number it reached
 * and when it was obtained (an older result never overwrites a newer one). A chat result is also a
 * contact attempt on the channel CHAT on that number ({@link ChatResults}).
 */
public final class RecordConfirmationResult {
  private final OrderTransactions transactions;
  private final CallSlots slots;
  private final Clock clock;

  RecordConfirmationResult(OrderTransactions transactions, CallSlots slots, Clock clock) {
    this.transactions = transactions;
    this.slots = slots;
    this.clock = clock;
  }

  /**
   * @param transcriptRef for a CHAT result, the chat transcript's reference Jenny gave (null: none)
   */
  public record Command(
      String eventId,
      String orderId,
      LocalDate appointmentDate,
      ConfirmationResultKind result,
      ConfirmationChannel channel,
      PhoneNumber phone,
      Instant occurredAt,
      String transcriptRef) {

    /** A result with no transcript reference. */
    public Command(
        String eventId,
        String orderId,
        LocalDate appointmentDate,
        ConfirmationResultKind result,
        ConfirmationChannel channel,
        PhoneNumber phone,
        Instant occurredAt) {
      this(eventId, orderId, appointmentDate, result, channel, phone, occurredAt, null);
    }
  }

  public CommandResult handle(Command command) {
    ChangeContext ctx = new ChangeContext(command.eventId(), Actor.JENNY, clock.instant());
    return transactions.run(
        command.orderId(),
        ctx,
        order ->
            ChatResults.record(
                order,
                new ConfirmationResults.Result(
                    command.appointmentDate(),
                    command.result(),
                    command.channel(),
                    command.phone(),
                    command.occurredAt()),
                command.transcriptRef(),
                ctx,
                slots.boundaries(),
                slots.holidaysOf(order)));
  }
}
