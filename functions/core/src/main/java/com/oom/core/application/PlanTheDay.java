package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.OpenOrders;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.PlannedTouchPoints;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.WorkListKind;
import com.oom.core.worklist.WorkLists;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Start of a store's business day: fires the appointment reminders (appointments the configured
 * number of business days ahead) and today's time-frame texts, sizes every work list, and counts
 * the open orders without a next step (the safety net: there should be none). Each touch point
 * fires once per appointment, so a retried plan sends nothing twice.
 */
public final class PlanTheDay {
  private final OpenOrders orders;
  private final OrderTransactions transactions;
  private final BusinessCalendars calendars;
  private final ListWorkList workLists;
  private final int reminderLeadBusinessDays;
  private final Clock clock;

  public PlanTheDay(
      OpenOrders orders,
      OrderTransactions transactions,
      BusinessCalendars calendars,
      ListWorkList workLists,
      int reminderLeadBusinessDays,
      Clock clock) {
    this.orders = orders;
    this.transactions = transactions;
    this.calendars = calendars;
    this.workLists = workLists;
    this.reminderLeadBusinessDays = reminderLeadBusinessDays;
    this.clock = clock;
  }

  /**
   * @param withoutNextStep open orders with no next step (should be none; ids only, no personal
   *     data)
   */
  public record DayPlan(
      String storeId,
      LocalDate day,
      Map<WorkListKind, Integer> workListSizes,
      int remindersRequested,
      int timeFramesRequested,
      List<String> withoutNextStep) {
    public DayPlan {
      withoutNextStep = List.copyOf(withoutNextStep);
    }
  }

  /**
   * @param scheduleId the schedule invocation id (idempotency of the plan's changes)
   */
  public DayPlan handle(String scheduleId, String storeId) {
    Instant now = clock.instant();
    BusinessCalendar calendar = calendars.forStore(storeId);
    LocalDate today = calendar.today(now);
    LocalDate reminderDay = today;
    for (int i = 0; i < reminderLeadBusinessDays; i++) {
      reminderDay = calendar.nextBusinessDay(reminderDay);
    }
    ChangeContext ctx = new ChangeContext(scheduleId, Actor.SYSTEM, now);
    int reminders = 0;
    int timeFrames = 0;
    for (OpenOrder order : orders.openOrders(storeId)) {
      if (!order.isWorkedByOom() || order.details().appointment() == null) {
        continue;
      }
      LocalDate date = order.details().appointment().date();
      // Reminders cover the closed days before the reminder day too (e.g. a Monday after a Sunday).
      if (date.isAfter(today) && !date.isAfter(reminderDay)) {
        reminders +=
            fired(transactions.run(order.orderId(), ctx, o -> PlannedTouchPoints.reminder(o, ctx)));
      } else if (date.equals(today)) {
        timeFrames +=
            fired(
                transactions.run(order.orderId(), ctx, o -> PlannedTouchPoints.timeFrame(o, ctx)));
      }
    }
    // Read again: the sizes after the reminders just sent.
    WorkLists.Census census = workLists.census(orders.openOrders(storeId), now);
    return new DayPlan(
        storeId, today, census.sizes(), reminders, timeFrames, census.withoutNextStep());
  }

  private static int fired(CommandResult result) {
    return (int)
        result.events().stream().filter(OrderEvent.TouchPointTriggered.class::isInstance).count();
  }
}
