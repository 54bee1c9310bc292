package com.oom.core.application;

import com.oom.core.audit.AuditEntry;
import com.oom.core.escalation.EscalationDecision;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Acting;
import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderUpdate;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessages;
import com.oom.core.port.AlreadyApplied;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.ConcurrentUpdate;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.OrderChange;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.Escalations;
import com.oom.core.rules.TimeFrames;
import com.oom.core.sms.TimeFrameTiming;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.worklist.Listing;
import com.oom.core.worklist.Listings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one way an order changes: read it, apply a rule, let any escalation that is now due fire,
 * derive audit entries, outbox messages and the next timer, and commit all of it at once under
 * optimistic locking. A concurrent change is retried on a fresh read; a redelivered command is a
 * no-op. Outbox messages are published right after the commit; what fails to publish stays in the
 * outbox for the sweep.
 */
public final class OrderTransactions {
  static final int MAX_ATTEMPTS = 5;

  private final OpenOrders orders;
  private final EscalationRules escalationRules;
  private final EchoDeadlines echoDeadlines;
  private final BusinessCalendars calendars;
  private final PublishOutbox publisher;
  private final Listings listings;
  private final TimeFrameTiming timeFrameTiming;

  public OrderTransactions(
      OpenOrders orders,
      EscalationRules escalationRules,
      EchoDeadlines echoDeadlines,
      BusinessCalendars calendars,
      PublishOutbox publisher,
      Listings listings,
      TimeFrameTiming timeFrameTiming) {
    this.orders = orders;
    this.timeFrameTiming = timeFrameTiming;
    this.listings = listings;
    this.escalationRules = escalationRules;
    this.echoDeadlines = echoDeadlines;
    this.calendars = calendars;
    this.publisher = publisher;
  }

  /** Applies {@code rule} to an existing order. */
  public CommandResult run(
      String orderId, ChangeContext ctx, Function<OpenOrder, OrderUpdate> rule) {
    return runOnOptional(
        orderId, ctx.commandId(), current -> ctx, existing(orderId, rule), VersionCheck.NONE);
  }

  /**
   * Applies {@code rule} to an existing order on behalf of {@code acting}, who is decided from the
   * order this transaction reads: before a replay is answered, a version checked or anything
   * applied, a party that may not touch the order gets {@link UnknownOrder}. With {@code
   * expectedVersion} (may be null), failing with {@link ConcurrentUpdate} if the order is not at
   * that version.
   */
  public CommandResult run(
      String orderId,
      String commandId,
      Acting acting,
      Instant at,
      Long expectedVersion,
      BiFunction<OpenOrder, ChangeContext, OrderUpdate> rule) {
    return runOnOptional(
        orderId,
        commandId,
        current -> new ChangeContext(commandId, actorOn(orderId, acting, current), at),
        (current, ctx) -> rule.apply(current.orElseThrow(() -> new UnknownOrder(orderId)), ctx),
        expectedVersion == null ? VersionCheck.NONE : new VersionCheck(expectedVersion));
  }

  /**
   * The actor {@code acting} is recorded under on this order: refused, or there is no such order,
   * is {@link UnknownOrder} (another store's order is answered exactly like an unknown one).
   */
  static Actor actorOn(String orderId, Acting acting, Optional<OpenOrder> order) {
    return acting
        .on(order.map(o -> o.details().storeId()).orElse(null))
        .orElseThrow(() -> new UnknownOrder(orderId));
  }

  /** Applies {@code rule} to an order that may not exist yet (the first snapshot creates it). */
  public CommandResult runOnOptional(
      String orderId, ChangeContext ctx, Function<Optional<OpenOrder>, OrderUpdate> rule) {
    return runOnOptional(
        orderId,
        ctx.commandId(),
        current -> ctx,
        (current, c) -> rule.apply(current),
        VersionCheck.NONE);
  }

  private static Rule existing(String orderId, Function<OpenOrder, OrderUpdate> rule) {
    return (current, ctx) -> rule.apply(current.orElseThrow(() -> new UnknownOrder(orderId)));
  }

  /** A rule given the order read (if any) and the context of the party it was decided for. */
  private interface Rule extends BiFunction<Optional<OpenOrder>, ChangeContext, OrderUpdate> {}

  private CommandResult runOnOptional(
      String orderId,
      String commandId,
      Function<Optional<OpenOrder>, ChangeContext> who,
      Rule rule,
      VersionCheck expectedVersion) {
    String key = idempotencyKey(commandId, orderId);
    for (int attempt = 1; ; attempt++) {
      OpenOrders.Loaded loaded = orders.load(orderId, key);
      Optional<OpenOrder> current = loaded.order();
      ChangeContext ctx = who.apply(current);
      if (loaded.alreadyApplied()) {
        return new CommandResult(current.orElse(null), List.of(), CommandResult.Outcome.DUPLICATE);
      }
      if (expectedVersion.present
          && current.isPresent()
          && current.get().version() != expectedVersion.value) {
        throw new ConcurrentUpdate(orderId);
      }
      OrderUpdate update =
          withDueTimeFrame(withDueEscalation(rule.apply(current, ctx), ctx.at(), ctx), ctx);
      if (update.after() == null) {
        return new CommandResult(null, List.of(), CommandResult.Outcome.UNCHANGED);
      }
      Listing listing = listingOf(update.after(), ctx.at());
      boolean relist = listing.needsWriteOver(loaded.listed(), ctx.at());
      if (!update.changed() && !relist) {
        return new CommandResult(update.after(), List.of(), CommandResult.Outcome.UNCHANGED);
      }
      try {
        // The earlier audit trail is read only when a hand-off needs the full story.
        Supplier<List<AuditEntry>> earlier =
            () -> current.isPresent() ? orders.auditTrail(orderId) : List.of();
        List<OutboxMessage> outbox = OutboxMessages.from(update, earlier);
        OpenOrder saved =
            orders.save(
                new OrderChange(
                    current.orElse(null),
                    update.after(),
                    current.map(OpenOrder::version).orElse(0L),
                    OutboxMessages.auditEntries(update),
                    outbox,
                    key,
                    earliest(nextTimerAt(update.after(), ctx.at()), listing.refreshAt()),
                    loaded.listed(),
                    listing));
        publisher.publishQuietly(outbox);
        return new CommandResult(
            saved,
            update.events(),
            update.changed() ? CommandResult.Outcome.APPLIED : CommandResult.Outcome.UNCHANGED);
      } catch (AlreadyApplied duplicate) {
        return new CommandResult(
            orders.find(orderId).orElse(null), List.of(), CommandResult.Outcome.DUPLICATE);
      } catch (ConcurrentUpdate conflict) {
        if (expectedVersion.present || attempt >= MAX_ATTEMPTS) {
          throw conflict;
        }
      }
    }
  }

  /**
   * When the sweep must look at the order next: its next escalation timer, the deadline of a change
   * the ERP has not shown yet (reported once), or the instant its time-frame text is requested
   * ({@link TimeFrames#nextAt}), whichever comes first; null for none.
   */
  Instant nextTimerAt(OpenOrder order, Instant now) {
    Optional<Instant> escalation = escalationRules.nextDueAt(order, now);
    Optional<Instant> echo =
        calendars
            .find(order.details().storeId())
            .flatMap(calendar -> echoDeadlines.nextReport(order, calendar));
    Optional<Instant> timeFrame = TimeFrames.nextAt(order, timeFrameTiming, holidaysOf(order), now);
    return earliest(earliest(escalation.orElse(null), echo.orElse(null)), timeFrame.orElse(null));
  }

  /** A time-frame text that is due once the rule applied fires in the same commit. */
  OrderUpdate withDueTimeFrame(OrderUpdate update, ChangeContext ctx) {
    OpenOrder after = update.after();
    if (after == null || !after.isWorkedByOom()) {
      return update;
    }
    OrderUpdate fired =
        TimeFrames.fireIfDue(after, timeFrameTiming, holidaysOf(after), ctx.as(Actor.SYSTEM));
    return fired.changed() ? update.then(fired) : update;
  }

  /** The holidays of the order's store (none for a store not in the directory). */
  private Predicate<LocalDate> holidaysOf(OpenOrder order) {
    return calendars
        .find(order.details().storeId())
        .<Predicate<LocalDate>>map(calendar -> calendar::isHoliday)
        .orElse(date -> false);
  }

  /**
   * The order's lines on the work lists at {@code now} (none for an order of a store not in the
   * directory).
   */
  Listing listingOf(OpenOrder order, Instant now) {
    return calendars
        .find(order.details().storeId())
        .map(calendar -> listings.of(order, calendar, now))
        .orElseGet(() -> Listing.none(order.orderId(), order.details().storeId()));
  }

  private static Instant earliest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  /** An escalation that is due once the rule applied fires in the same commit. */
  OrderUpdate withDueEscalation(OrderUpdate update, Instant now, ChangeContext ctx) {
    OpenOrder after = update.after();
    if (!after.isWorkedByOom()) {
      return update;
    }
    Optional<EscalationDecision.Escalate> due = escalationRules.dueNow(after, now);
    if (due.isEmpty()) {
      return update;
    }
    return update.then(Escalations.escalate(after, due.get(), ctx.as(Actor.SYSTEM)));
  }

  public static String idempotencyKey(String commandId, String orderId) {
    return commandId + "#" + orderId;
  }

  private record VersionCheck(boolean present, long value) {
    static final VersionCheck NONE = new VersionCheck(false, 0);

    VersionCheck(long value) {
      this(true, value);
    }
  }
}
