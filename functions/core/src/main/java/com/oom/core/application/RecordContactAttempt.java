package com.oom.core.application;

import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.PhoneNumber;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.ContactAttempts;
import java.time.Clock;

/**
 * Records an agent's attempt to reach the guest. If it completes the NO_CONTACT conditions after
 * the week has run, the order escalates in the same commit.
 */
public final class RecordContactAttempt {
  private final OrderTransactions transactions;
  private final BusinessCalendars calendars;
  private final OomConfig config;
  private final Clock clock;

  public RecordContactAttempt(
      OrderTransactions transactions, BusinessCalendars calendars, OomConfig config, Clock clock) {
    this.transactions = transactions;
    this.calendars = calendars;
    this.config = config;
    this.clock = clock;
  }

  public record Command(
      String requestId,
      String orderId,
      Actor actor,
      PhoneNumber phone,
      ContactChannel channel,
      AttemptOutcome outcome,
      String comment) {}

  public CommandResult handle(Command command) {
    ChangeContext ctx = new ChangeContext(command.requestId(), command.actor(), clock.instant());
    return transactions.run(
        command.orderId(),
        ctx,
        order ->
            ContactAttempts.record(
                order,
                command.phone(),
                command.channel(),
                command.outcome(),
                command.comment(),
                ctx,
                config.slotBoundaries(),
                calendars.forStore(order.details().storeId())::isHoliday));
  }
}
