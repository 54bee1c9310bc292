package com.oom.core.application;

import com.oom.core.audit.AuditEntry;
import com.oom.core.escalation.EscalationDecision;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.escalation.PendingTimer;
import com.oom.core.order.Acting;
import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.port.OpenOrders;
import com.oom.core.port.SmsLog;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.NextStep;
import com.oom.core.worklist.WorkLists;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything about one order for an agent's screen: its state, attempts, audit trail, the timers
 * running (what happens next and when), what each escalation still needs, the texts sent, and what
 * the ERP has not shown yet.
 */
public final class ViewOrder {
  private final OpenOrders orders;
  private final SmsLog smsLog;
  private final EscalationRules rules;
  private final BusinessCalendars calendars;
  private final EchoDeadlines echoDeadlines;
  private final WorkLists workLists;
  private final Clock clock;

  public ViewOrder(
      OpenOrders orders,
      SmsLog smsLog,
      EscalationRules rules,
      BusinessCalendars calendars,
      EchoDeadlines echoDeadlines,
      WorkLists workLists,
      Clock clock) {
    this.orders = orders;
    this.smsLog = smsLog;
    this.rules = rules;
    this.calendars = calendars;
    this.echoDeadlines = echoDeadlines;
    this.workLists = workLists;
    this.clock = clock;
  }

  /**
   * @param erpSync OOM's changes the ERP has not shown yet, each with its deadline
   * @param nextStep the one thing that has to happen next, or null for a closed order (or one of a
   *     store no longer in the directory)
   * @param at when the view was taken (what is overdue is overdue at this instant)
   */
  public record OrderView(
      OpenOrder order,
      List<AuditEntry> audit,
      List<PendingTimer> timers,
      List<EscalationDecision.NotYet> waitingOn,
      List<SmsLog.SmsRecord> texts,
      List<EchoDeadlines.Waiting> erpSync,
      NextStep nextStep,
      Instant at) {}

  /** The view for the system's own use (every order). */
  public OrderView handle(String orderId) {
    return handle(orderId, Actor.SYSTEM);
  }

  /**
   * The view for {@code acting}, decided from the one read of the order: an order it may not touch
   * is {@link UnknownOrder}, and nothing more is read.
   */
  public OrderView handle(String orderId, Acting acting) {
    Optional<OpenOrder> found = orders.find(orderId);
    OrderTransactions.actorOn(orderId, acting, found);
    OpenOrder order = found.orElseThrow(() -> new UnknownOrder(orderId));
    Instant now = clock.instant();
    List<EscalationDecision.NotYet> waiting =
        rules.evaluate(order, now).stream()
            .filter(EscalationDecision.NotYet.class::isInstance)
            .map(EscalationDecision.NotYet.class::cast)
            .toList();
    Optional<BusinessCalendar> calendar = calendars.find(order.details().storeId());
    return new OrderView(
        order,
        orders.auditTrail(orderId),
        rules.pendingTimers(order, now),
        waiting,
        smsLog.forOrder(orderId),
        calendar.map(c -> echoDeadlines.waiting(order, c)).orElse(List.of()),
        calendar.flatMap(c -> workLists.nextStep(order, c, now)).orElse(null),
        now);
  }
}
