package com.oom.core.worklist;

import com.oom.core.escalation.EscalationRules;
import com.oom.core.escalation.PendingTimer;
import com.oom.core.order.Appointment;
import com.oom.core.order.OpenOrder;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An order's {@link Listing}: its lines on every list now, and the first instant after now at which
 * they change with no change to the order. The rules read the clock only through the store's local
 * date and a few instants of the order (its visit's window, the morning after it, the ERP's echo
 * deadlines, its escalation timers), so the listing can only change at a local midnight or at one
 * of those instants: each is tried in turn, up to {@link #HORIZON_DAYS} ahead (an order that sits
 * unchanged longer is simply re-listed then).
 */
public final class Listings {
  /** How far ahead a change is looked for; a quiet order is re-listed this often. */
  public static final int HORIZON_DAYS = 35;

  private final WorkLists workLists;
  private final EscalationRules escalationRules;
  private final EchoDeadlines echoDeadlines;

  public Listings(
      WorkLists workLists, EscalationRules escalationRules, EchoDeadlines echoDeadlines) {
    this.workLists = Objects.requireNonNull(workLists, "workLists");
    this.escalationRules = Objects.requireNonNull(escalationRules, "escalationRules");
    this.echoDeadlines = Objects.requireNonNull(echoDeadlines, "echoDeadlines");
  }

  public Listing of(OpenOrder order, BusinessCalendar calendar, Instant now) {
    if (order.isClosed()) {
      return Listing.none(order.orderId(), order.details().storeId());
    }
    WorkLists.OrderLines current = workLists.linesOf(order, calendar, now);
    Instant refreshAt = null;
    NavigableSet<Instant> candidates = candidates(order, calendar, now);
    for (Instant candidate : candidates) {
      if (!workLists.linesOf(order, calendar, candidate).equals(current)) {
        refreshAt = candidate;
        break;
      }
    }
    if (refreshAt == null) {
      refreshAt = candidates.last();
    }
    return new Listing(
        order.orderId(),
        order.details().storeId(),
        current.items().stream().map(ListEntry::of).toList(),
        appointmentDay(order),
        current.withoutNextStep(),
        refreshAt,
        PickupDeskItem.of(order).orElse(null),
        ReservedStock.of(order).orElse(null));
  }

  /** The day the daily plan and the confirmation audit look at the order: its visit's. */
  private static LocalDate appointmentDay(OpenOrder order) {
    return order.isWorkedByOom() ? order.appointment().map(Appointment::date).orElse(null) : null;
  }

  /**
   * Every instant after {@code now} at which a rule's answer can change, up to and including the
   * horizon (the last element).
   */
  NavigableSet<Instant> candidates(OpenOrder order, BusinessCalendar calendar, Instant now) {
    ZoneId zone = calendar.zone();
    LocalDate today = calendar.today(now);
    TreeSet<Instant> at = new TreeSet<>();
    for (int day = 1; day <= HORIZON_DAYS; day++) {
      at.add(today.plusDays(day).atStartOfDay(zone).toInstant());
    }
    Instant horizon = at.last();
    ZoneId orderZone = order.details().timeZone();
    order
        .appointment()
        .ifPresent(
            visit -> {
              at.add(ZonedDateTime.of(visit.date(), visit.windowStart(), orderZone).toInstant());
              at.add(ZonedDateTime.of(visit.date(), visit.windowEnd(), orderZone).toInstant());
            });
    MissedListRule.noOutcomeDueAt(order, calendar).ifPresent(at::add);
    echoDeadlines.waiting(order, calendar).forEach(waiting -> at.add(waiting.dueAt()));
    escalationRules.pendingTimers(order, now).stream().map(PendingTimer::dueAt).forEach(at::add);
    return at.subSet(now, false, horizon, true);
  }
}
