package com.oom.core.worklist;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.OpenOrder;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The agents' work lists, live: which orders are on a list at an instant, why, by when, and in
 * which order to work them ({@link Priority}); and every open order's one next step. Only orders
 * OOM works (EST, SCH) are on the agents' lists; the sync list also shows CWC orders whose
 * escalation the ERP has not acknowledged, and the CWC list only CWC orders. An order can be on
 * several lists. "Today" is the order's store's local date.
 */
public final class WorkLists {

  /** The order of the work lists when choosing an order's next step: the first list wins. */
  static final List<WorkListKind> NEXT_STEP_PRECEDENCE =
      List.of(
          WorkListKind.MISSED,
          WorkListKind.FOLLOW_UP,
          WorkListKind.CONFIRMATION,
          WorkListKind.CODED,
          WorkListKind.SCHEDULING,
          WorkListKind.PAST_DUE);

  /** Priority order (see {@link Priority}); total and stable. */
  public static final Comparator<WorkItem> PRIORITY = Priority.ORDER;

  private final Map<WorkListKind, WorkListRule> rules = new EnumMap<>(WorkListKind.class);
  private final int starvationAfterBusinessDays;

  public WorkLists(OomConfig config, EscalationRules escalationRules) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(escalationRules, "escalationRules");
    for (WorkListKind kind : WorkListKind.values()) {
      rules.put(
          kind,
          switch (kind) {
            case SCHEDULING -> new SchedulingListRule();
            case FOLLOW_UP -> new FollowUpListRule();
            case CONFIRMATION -> new ConfirmationListRule(config.confirmationWindowBusinessDays());
            case CODED -> new CodedListRule(escalationRules, config);
            case PAST_DUE -> new PastDueListRule(config.pastDueAfterDays());
            case MISSED -> new MissedListRule();
            case SYNC -> new SyncListRule(new EchoDeadlines(config.erpEchoWithin()));
            case PHONE_CORRECTION -> new PhoneCorrectionListRule();
            case CWC -> new CwcListRule();
          });
    }
    starvationAfterBusinessDays = config.starvationAfterBusinessDays();
  }

  /**
   * The items of one list, in priority order, each with its order's next step. {@code calendars}
   * gives each order's store calendar; an order of a store not in the directory (stored before
   * stores were checked) is left out, never failing the list.
   */
  public List<WorkItem> build(
      WorkListKind kind,
      Collection<OpenOrder> orders,
      Function<String, Optional<BusinessCalendar>> calendars,
      Instant now) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(calendars, "calendars");
    Objects.requireNonNull(now, "now");
    Map<String, Optional<BusinessCalendar>> calendarOfStore = new HashMap<>();
    return orders.stream()
        .flatMap(
            order ->
                calendarOfStore
                    .computeIfAbsent(order.details().storeId(), calendars)
                    .flatMap(calendar -> rankedItemFor(kind, order, calendar, now))
                    .stream())
        .sorted(PRIORITY)
        .toList();
  }

  /**
   * The item putting {@code order} on the {@code kind} list at {@code now}, if it is there, without
   * its rank (promotion, next step): {@link #build} adds them.
   */
  public Optional<WorkItem> itemFor(
      WorkListKind kind, OpenOrder order, BusinessCalendar calendar, Instant now) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(now, "now");
    if (order.isClosed() || (kind.onlyWorkedByOom() && !order.isWorkedByOom())) {
      return Optional.empty();
    }
    return rules.get(kind).itemFor(order, calendar, now);
  }

  /**
   * The one thing that has to happen next on {@code order}: the item of the first list in {@link
   * #NEXT_STEP_PRECEDENCE} it is on, else what it waits for; a CWC order's is with its store. Empty
   * for a closed order, and for an order OOM works that no rule covers (which the daily plan counts
   * and alarms on: it should never happen).
   */
  public Optional<NextStep> nextStep(OpenOrder order, BusinessCalendar calendar, Instant now) {
    return nextStep(order, calendar, now, kind -> itemFor(kind, order, calendar, now));
  }

  /** The next step, from {@code order}'s item on each list (computed or already at hand). */
  private Optional<NextStep> nextStep(
      OpenOrder order,
      BusinessCalendar calendar,
      Instant now,
      Function<WorkListKind, Optional<WorkItem>> itemOn) {
    if (order.isClosed()) {
      return Optional.empty();
    }
    if (order.isCwc()) {
      return itemOn.apply(WorkListKind.CWC).map(NextStep::of);
    }
    if (!order.isWorkedByOom()) {
      return Optional.empty();
    }
    for (WorkListKind kind : NEXT_STEP_PRECEDENCE) {
      Optional<WorkItem> item = itemOn.apply(kind);
      if (item.isPresent()) {
        return item.map(NextStep::of);
      }
    }
    return Waits.of(order, calendar, now);
  }

  /**
   * Every list {@code order} is on at {@code now}, each item ranked (promotion and the order's next
   * step attached, exactly as {@link #build} shows it), and whether it lacks a next step: what the
   * index keeps for the order. None for a closed order.
   */
  public OrderLines linesOf(OpenOrder order, BusinessCalendar calendar, Instant now) {
    Map<WorkListKind, WorkItem> items = new EnumMap<>(WorkListKind.class);
    for (WorkListKind kind : WorkListKind.values()) {
      itemFor(kind, order, calendar, now).ifPresent(item -> items.put(kind, item));
    }
    NextStep step =
        nextStep(order, calendar, now, kind -> Optional.ofNullable(items.get(kind))).orElse(null);
    List<WorkItem> ranked =
        items.values().stream()
            .map(item -> item.ranked(promoted(item, calendar, now), step))
            .toList();
    return new OrderLines(ranked, !order.isClosed() && step == null);
  }

  /** One order's items on every list it is on, and whether it lacks a next step. */
  public record OrderLines(List<WorkItem> items, boolean withoutNextStep) {
    public OrderLines {
      items = List.copyOf(items);
    }
  }

  private Optional<WorkItem> rankedItemFor(
      WorkListKind kind, OpenOrder order, BusinessCalendar calendar, Instant now) {
    return itemFor(kind, order, calendar, now)
        .map(
            item ->
                item.ranked(
                    promoted(item, calendar, now),
                    nextStep(
                            order,
                            calendar,
                            now,
                            other ->
                                other == kind
                                    ? Optional.of(item)
                                    : itemFor(other, order, calendar, now))
                        .orElse(null)));
  }

  /** The starvation guard: waiting more than the configured business days since available. */
  private boolean promoted(WorkItem item, BusinessCalendar calendar, Instant now) {
    return calendar.businessDaysBetween(calendar.today(item.since()), calendar.today(now))
        > starvationAfterBusinessDays;
  }
}
