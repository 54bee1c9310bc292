package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.WorkListIndex;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.PlannedTouchPoints;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.WorkListKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Start of a store's business day: fires the appointment reminders (appointments the configured
 * number of business days ahead), sizes every work list, and counts the open orders without a next
 * step (the safety net: there should be none). Each touch point fires once per appointment, so a
 * retried plan sends nothing twice. Time-frame texts are not the plan's: each order's timer fires
 * its own at the instant {@link com.oom.core.sms.TimeFrameTiming} computes (often the evening
 * before); the plan counts only a time frame that one of its own commits happened to fire.
 */
public final class PlanTheDay {
  private final WorkListIndex index;
  private final OrderTransactions transactions;
  private final BusinessCalendars calendars;
  private final ListWorkList workLists;
  private final int reminderLeadBusinessDays;
  private final Clock clock;

  public PlanTheDay(
      WorkListIndex index,
      OrderTransactions transactions,
      BusinessCalendars calendars,
      ListWorkList workLists,
      int reminderLeadBusinessDays,
      Clock clock) {
    this.index = index;
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
    LocalDate reminderDay = reminderDay(calendar, today);
    ChangeContext ctx = new ChangeContext(scheduleId, Actor.SYSTEM, now);
    int reminders = 0;
    int timeFrames = 0;
    // Only the orders with a visit after today up to the reminder day: the index has them by day.
    // Reminders cover the closed days before the reminder day too (e.g. a Monday after a Sunday).
    LocalDate reminderFrom = today.plusDays(1);
    for (String orderId : index.appointmentsBetween(storeId, reminderFrom, reminderDay)) {
      CommandResult result =
          transactions.run(
              orderId,
              ctx,
              order -> {
                LocalDate date = appointmentDay(order);
                if (date != null && !date.isBefore(reminderFrom) && !date.isAfter(reminderDay)) {
                  return PlannedTouchPoints.reminder(order, ctx);
                }
                return OrderUpdate.unchanged(order);
              });
      reminders += fired(result, TouchPoint.APPOINTMENT_REMINDER);
      timeFrames += fired(result, TouchPoint.TIME_FRAME);
    }
    return new DayPlan(
        storeId,
        today,
        workLists.sizes(List.of(storeId)),
        reminders,
        timeFrames,
        workLists.withoutNextStep(storeId));
  }

  private LocalDate reminderDay(BusinessCalendar calendar, LocalDate today) {
    LocalDate day = today;
    for (int i = 0; i < reminderLeadBusinessDays; i++) {
      day = calendar.nextBusinessDay(day);
    }
    return day;
  }

  private static LocalDate appointmentDay(OpenOrder order) {
    return order.isWorkedByOom() && order.details().appointment() != null
        ? order.details().appointment().date()
        : null;
  }

  private static int fired(CommandResult result, TouchPoint touchPoint) {
    return (int)
        result.events().stream()
            .filter(
                e ->
                    e instanceof OrderEvent.TouchPointTriggered fired
                        && fired.touchPoint() == touchPoint)
            .count();
  }
}
