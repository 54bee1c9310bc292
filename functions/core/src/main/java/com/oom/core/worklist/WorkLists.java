package com.oom.core.worklist;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.OpenOrder;
import com.oom.core.sync.EchoDeadlines;
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
 * listed (CWC and closed orders never are), but for the sync list, which also shows CWC orders
 * whose escalation the ERP has not acknowledged. An order can be on several lists. "Today" is the
 * order's store's local date.
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
  private final SyncListRule sync;
  private final PhoneCorrectionListRule phoneCorrection;

  public WorkLists(OomConfig config, EscalationRules escalationRules) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(escalationRules, "escalationRules");
    scheduling = new SchedulingListRule();
    followUp = new FollowUpListRule();
    confirmation = new ConfirmationListRule(config.confirmationWindowBusinessDays());
    coded = new CodedListRule(escalationRules);
    pastDue = new PastDueListRule(config.pastDueAfterDays());
    missed = new MissedListRule();
    sync = new SyncListRule(new EchoDeadlines(config.erpEchoWithin()));
    phoneCorrection = new PhoneCorrectionListRule();
  }

  /**
   * The items of one list, in priority order. {@code calendars} gives each order's store calendar;
   * an order of a store not in the directory (stored before stores were checked) is left out, never
   * failing the list.
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
        .filter(order -> !kind.onlyWorkedByOom() || order.isWorkedByOom())
        .flatMap(
            order ->
                calendarOfStore
                    .computeIfAbsent(order.details().storeId(), calendars)
                    .flatMap(calendar -> itemFor(kind, order, calendar, now))
                    .stream())
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
    if (kind.onlyWorkedByOom() && !order.isWorkedByOom()) {
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
      case SYNC -> sync;
      case PHONE_CORRECTION -> phoneCorrection;
    };
  }
}
