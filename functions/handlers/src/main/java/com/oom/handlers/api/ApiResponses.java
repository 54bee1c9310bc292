package com.oom.handlers.api;

import com.oom.core.application.CommandResult;
import com.oom.core.application.Conversation;
import com.oom.core.application.TextGuest;
import com.oom.core.application.ViewOrder;
import com.oom.core.audit.AuditEntry;
import com.oom.core.escalation.EscalationDecision;
import com.oom.core.escalation.PendingTimer;
import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.Confirmation;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.Escalation;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PendingKind;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PickupDesk;
import com.oom.core.order.TextMessage;
import com.oom.core.order.TouchPoint;
import com.oom.core.order.Transfer;
import com.oom.core.order.WrongNumber;
import com.oom.core.port.SmsLog;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.worklist.ConfirmationAuditReport;
import com.oom.core.worklist.ConfirmationMiss;
import com.oom.core.worklist.NextAction;
import com.oom.core.worklist.WorkItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The agent API's response bodies (written by {@code ApiJson}; absent values are left out). */
public final class ApiResponses {
  private ApiResponses() {}

  /**
   * {@code GET /worklists/{kind}}: one page of the list, in priority order.
   *
   * @param total how many items the list holds in the stores asked for (every page, not this one)
   * @param nextCursor what to pass as {@code cursor} for the next page; absent on the last page
   */
  public record WorkList(String kind, long total, List<WorkListItem> items, String nextCursor) {
    public static WorkList of(String kind, long total, List<WorkItem> items, String nextCursor) {
      return new WorkList(kind, total, items.stream().map(WorkListItem::of).toList(), nextCursor);
    }
  }

  /**
   * @param action what this list asks of the agent
   * @param priority value of the undelivered merchandise (a decimal string)
   * @param promoted the starvation guard: waiting longer than the configured business days, so the
   *     item goes before every item that is not
   * @param dueAt when the work is due (on the cwc list: when the order went to the store)
   * @param since when the order started waiting (merchandise available, else first seen; on the cwc
   *     list, when it was handed to the store)
   * @param nextStep the order's one next step, which may be from another list
   * @param handOffId on the cwc list, the id of the hand-off message the store received; absent on
   *     every other list (and for an order the ERP set CWC itself)
   * @param guestText on the follow-up list, the words of the guest's latest text when the guest's
   *     reply is why the order is there; absent otherwise
   */
  public record WorkListItem(
      String orderId,
      String storeId,
      NextAction action,
      String reason,
      BigDecimal priority,
      boolean promoted,
      List<String> missing,
      Instant dueAt,
      Instant since,
      NextStep nextStep,
      String handOffId,
      String guestText) {
    public static WorkListItem of(WorkItem item) {
      return new WorkListItem(
          item.orderId(),
          item.storeId(),
          item.action(),
          item.reason(),
          item.priority(),
          item.promoted(),
          item.missing(),
          item.dueAt(),
          item.since(),
          NextStep.of(item.nextStep()),
          item.handOffId(),
          item.guestText());
    }
  }

  /**
   * The one thing that has to happen next on an open order, and by when.
   *
   * @param dueAt when it is due (for a wait: when OOM looks again); absent only for an order the
   *     ERP set CWC itself
   * @param reason why, in words for an agent (for CWC it names the store)
   * @param list the slug of the work list the step is worked from; absent for a wait
   */
  public record NextStep(NextAction action, Instant dueAt, String reason, String list) {
    /** The step as the API writes it, or null for none (a closed order). */
    static NextStep of(com.oom.core.worklist.NextStep step) {
      if (step == null) {
        return null;
      }
      return new NextStep(
          step.action(),
          step.dueAt(),
          step.reason(),
          step.list() == null ? null : step.list().slug());
    }
  }

  /**
   * {@code GET /orders/{orderId}}: everything about the order for an agent's screen.
   *
   * @param erpSync OOM's changes to fields shared with the ERP that no snapshot has shown yet
   * @param wrongNumbers the guest's numbers reported to reach someone else, until the ERP corrects
   *     them (phones are shown as everywhere in the view)
   * @param nextStep the one thing that has to happen next; absent for a closed order
   * @param transfer the order's last transfer (pending, or arrived with {@code arrivedAt}); absent
   *     when none was booked
   * @param pickupDesk what a distribution centre's pick-up desk recorded about the booked pick-up
   *     (arrivedAt, releasedAt, noShowAt, for the appointmentDate it names); absent when nothing
   * @param conversation the texts exchanged with the guest, oldest first: the guest's free-text
   *     replies and agents' texts, each agent's text with where it stands (also kept on the order
   *     as {@code order.texts})
   */
  public record OrderView(
      String orderId,
      String storeId,
      FulfilmentStatus status,
      long version,
      ContactStatus contactStatus,
      LocalDate contactDate,
      OpenOrder order,
      List<ContactAttempt> attempts,
      List<AuditEntry> audit,
      List<PendingTimer> timers,
      List<EscalationDecision.NotYet> waitingOn,
      List<Text> texts,
      List<PendingChange> erpSync,
      List<WrongNumber> wrongNumbers,
      NextStep nextStep,
      Transfer transfer,
      PickupDesk pickupDesk,
      List<ConversationText> conversation) {
    public static OrderView of(ViewOrder.OrderView view) {
      OpenOrder order = view.order();
      return new OrderView(
          order.orderId(),
          order.details().storeId(),
          order.status(),
          order.version(),
          order.contactStatus(),
          order.contactDate(),
          order,
          order.attempts(),
          view.audit(),
          view.timers(),
          view.waitingOn(),
          view.texts().stream().map(Text::of).toList(),
          PendingChange.of(view.erpSync(), view.at()),
          order.wrongNumbers(),
          NextStep.of(view.nextStep()),
          order.transfer(),
          order.pickupDesk(),
          Conversation.of(order, view.texts()).stream().map(ConversationText::of).toList());
    }
  }

  /**
   * One text of the conversation with the guest.
   *
   * @param direction INBOUND (the guest's) or OUTBOUND (an agent's)
   * @param number the guest's number it came from or went to
   * @param by who wrote it: the guest, or the agent
   * @param comment an agent's comment on why they texted; absent for the guest's texts
   * @param state RECEIVED for the guest's; for an agent's: QUEUED, SENT, DEFERRED, BLOCKED or
   *     FAILED
   * @param notBefore for a deferred text: when it may go out
   * @param detail why a text is deferred, blocked or failed
   */
  public record ConversationText(
      String textId,
      TextMessage.Direction direction,
      PhoneNumber number,
      String body,
      Instant at,
      Actor by,
      String comment,
      Conversation.State state,
      Instant notBefore,
      String detail) {
    static ConversationText of(Conversation.Entry e) {
      return new ConversationText(
          e.textId(),
          e.direction(),
          e.number(),
          e.body(),
          e.at(),
          e.by(),
          e.comment(),
          e.state(),
          e.notBefore(),
          e.detail());
    }
  }

  /**
   * {@code POST /orders/{orderId}/texts}: the agent's text as kept on the order, and what happens
   * to it next as known when it was accepted: QUEUED (the sender sends it when it takes the
   * request) or DEFERRED until {@code notBefore} (quiet hours, the daily cap; the sweep sends it
   * then).
   *
   * @param outcome APPLIED, or DUPLICATE when this request was accepted before
   */
  public record TextOutcome(
      String orderId,
      long version,
      FulfilmentStatus status,
      CommandResult.Outcome outcome,
      ConversationText text) {
    public static TextOutcome of(TextGuest.Result result) {
      OpenOrder order = result.result().order();
      TextMessage t = result.text();
      ConversationText text =
          t == null
              ? null
              : new ConversationText(
                  t.textId(),
                  t.direction(),
                  t.number(),
                  t.body(),
                  t.at(),
                  t.by(),
                  t.comment(),
                  result.expected() == TextGuest.Expected.DEFERRED
                      ? Conversation.State.DEFERRED
                      : Conversation.State.QUEUED,
                  result.notBefore(),
                  result.deferReason() == null ? null : result.deferReason().name());
      return new TextOutcome(
          order.orderId(), order.version(), order.status(), result.result().outcome(), text);
    }
  }

  /**
   * A change OOM made to a field it shares with the ERP, waiting for a snapshot to show it
   * (docs/erp-contract.md).
   *
   * @param value the pending value in words, e.g. {@code DELIVERY 2026-12-03 09:00-12:00}
   * @param since when OOM made the change
   * @param dueAt when the ERP should have shown it by (the configured business hours after {@code
   *     since}, 4 by default)
   * @param overdue whether {@code dueAt} has passed: the order is on the sync list
   * @param reportedAt when the sweep reported it overdue (and stated it to the ERP again)
   */
  public record PendingChange(
      PendingKind kind,
      String value,
      Instant since,
      Instant dueAt,
      boolean overdue,
      Instant reportedAt) {
    static List<PendingChange> of(List<EchoDeadlines.Waiting> waiting, Instant now) {
      return waiting.stream()
          .map(
              w ->
                  new PendingChange(
                      w.kind(), w.value(), w.since(), w.dueAt(), w.overdueAt(now), w.reportedAt()))
          .toList();
    }
  }

  /**
   * A touch point's fate in the SMS log.
   *
   * @param notBefore for a deferred text: when it may go out
   * @param detail the gateway's message id when sent, or why it was blocked or failed
   * @param body the guest-facing text, when one was rendered
   */
  public record Text(
      TouchPoint touchPoint,
      SmsLog.Status status,
      Instant at,
      Instant notBefore,
      PhoneNumber to,
      String detail,
      String body) {
    public static Text of(SmsLog.SmsRecord record) {
      return new Text(
          record.touchPoint(),
          record.status(),
          record.at(),
          record.notBefore(),
          record.request() == null ? null : record.request().to(),
          record.detail(),
          record.body());
    }
  }

  /**
   * What a command did: the order's state after it and the outcome ({@code APPLIED}, {@code
   * UNCHANGED} when there was nothing to change, {@code DUPLICATE} when this request was applied
   * before). The route's own result (the attempt, the appointment, the escalation, the fulfilment
   * date, the confirmation) is added.
   *
   * @param confirmation for a confirmation call: the order's confirmation result now
   * @param transfer for a transfer: the order's transfer now
   */
  public record CommandOutcome(
      String orderId,
      long version,
      FulfilmentStatus status,
      ContactStatus contactStatus,
      LocalDate contactDate,
      CommandResult.Outcome outcome,
      ContactAttempt attempt,
      Appointment appointment,
      Escalation escalation,
      LocalDate fulfilmentDate,
      Confirmation confirmation,
      Transfer transfer) {
    public static CommandOutcome of(CommandResult result) {
      return of(result, null, null, null, null);
    }

    /**
     * @param fulfilmentDate for the re-date: the order's fulfilment date after it
     */
    public static CommandOutcome of(
        CommandResult result,
        ContactAttempt attempt,
        Appointment appointment,
        Escalation escalation,
        LocalDate fulfilmentDate) {
      OpenOrder order = result.order();
      return new CommandOutcome(
          order.orderId(),
          order.version(),
          order.status(),
          order.contactStatus(),
          order.contactDate(),
          result.outcome(),
          attempt,
          appointment,
          escalation,
          fulfilmentDate,
          null,
          null);
    }

    /** The same outcome with the order's confirmation result now. */
    public CommandOutcome withConfirmation(Confirmation now) {
      return new CommandOutcome(
          orderId,
          version,
          status,
          contactStatus,
          contactDate,
          outcome,
          attempt,
          appointment,
          escalation,
          fulfilmentDate,
          now,
          transfer);
    }

    /** The same outcome with the order's transfer now. */
    public CommandOutcome withTransfer(Transfer now) {
      return new CommandOutcome(
          orderId,
          version,
          status,
          contactStatus,
          contactDate,
          outcome,
          attempt,
          appointment,
          escalation,
          fulfilmentDate,
          confirmation,
          now);
    }
  }

  /**
   * {@code GET /reports/confirmation-audit}: a store's stored end-of-day confirmation audit. The
   * numbers not attempted are given in full, as the order view gives the guest's numbers to the
   * same callers: the agent must know which number to try. They are never logged.
   *
   * @param date the store's business day audited
   */
  public record ConfirmationAudit(
      String storeId,
      LocalDate date,
      int appointmentsChecked,
      List<ConfirmationAuditMiss> misses,
      Instant auditedAt) {
    public static ConfirmationAudit of(ConfirmationAuditReport report) {
      return new ConfirmationAudit(
          report.storeId(),
          report.day(),
          report.appointmentsChecked(),
          report.misses().stream().map(ConfirmationAuditMiss::of).toList(),
          report.auditedAt());
    }
  }

  /**
   * An unconfirmed appointment in the confirmation window whose guest was not tried on every
   * number.
   *
   * @param phones the guest's numbers with no attempt that day
   */
  public record ConfirmationAuditMiss(
      String orderId, LocalDate appointmentDate, List<PhoneNumber> phones) {
    static ConfirmationAuditMiss of(ConfirmationMiss miss) {
      return new ConfirmationAuditMiss(
          miss.orderId(), miss.appointmentDate(), miss.phonesNotAttempted());
    }
  }
}
