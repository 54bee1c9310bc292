package com.oom.core.worklist;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The agents' work lists, live: which orders are on a list at an instant, why, and in which order
 * to work them (rule 7: undelivered value first, then age). Only orders OOM works (EST, SCH) are
 * listed; CWC and closed orders never are. An order can be on several lists. "Today" is the order's
 * store's local date.
 */
public final class WorkLists {

  /**
   * Priority order: undelivered value descending, then older first (since ascending), then orderId,
   * then list: total and stable.
   */
  public static final Comparator<WorkItem> PRIORITY =
      Comparator.comparing(WorkItem::priority, Comparator.reverseOrder())
          .thenComparing(WorkItem::since)
          .thenComparing(WorkItem::orderId)
          .thenComparing(WorkItem::list);

  private final SchedulingListRule scheduling;
  private final FollowUpListRule followUp;
  private final ConfirmationListRule confirmation;
  private final CodedListRule coded;
  private final PastDueListRule pastDue;
  private final MissedListRule missed;

  public WorkLists(OomConfig config, EscalationRules escalationRules) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(escalationRules, "escalationRules");
    scheduling = new SchedulingListRule();
    followUp = new FollowUpListRule();
    confirmation = new ConfirmationListRule(config.confirmationWindowBusinessDays());
    coded = new CodedListRule(escalationRules);
    pastDue = new PastDueListRule(config.pastDueAfterDays());
    missed = new MissedListRule();
  }

  /** The items of one list, in priority order. calendars gives each order's store calendar. */
  public List<WorkItem> build(
      WorkListKind kind,
      Collection<OpenOrder> orders,
      Function<String, BusinessCalendar> calendars,
      Instant now) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(calendars, "calendars");
    Objects.requireNonNull(now, "now");
    Map<String, BusinessCalendar> calendarOfStore = new HashMap<>();
    return orders.stream()
        .filter(OpenOrder::isWorkedByOom)
        .map(
            order ->
                itemFor(
                    kind,
                    order,
                    calendarOfStore.computeIfAbsent(
                        order.details().storeId(), storeId -> calendarOf(storeId, calendars)),
                    now))
        .flatMap(Optional::stream)
        .sorted(PRIORITY)
        .toList();
  }

  /** The item putting {@code order} on the {@code kind} list at {@code now}, if it is there. */
  public Optional<WorkItem> itemFor(
      WorkListKind kind, OpenOrder order, BusinessCalendar calendar, Instant now) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(now, "now");
    if (!order.isWorkedByOom()) {
      return Optional.empty();
    }
    return ruleFor(kind).itemFor(order, calendar, now);
  }

  private WorkListRule ruleFor(WorkListKind kind) {
    return switch (kind) {
      case SCHEDULING -> scheduling;
      case FOLLOW_UP -> followUp;
      case CONFIRMATION -> confirmation;
      case CODED -> coded;
      case PAST_DUE -> pastDue;
      case MISSED -> missed;
    };
  }

  private static BusinessCalendar calendarOf(
      String storeId, Function<String, BusinessCalendar> calendars) {
    return Objects.requireNonNull(
        calendars.apply(storeId), () -> "no business calendar for store " + storeId);
  }
}
