package com.oom.core.application;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.sms.SmsSendPolicy;
import com.oom.core.sms.SmsTemplates;
import com.oom.core.worklist.WorkLists;
import java.time.Clock;

/**
 * Every use case, wired once from the ports, the configuration and the clock. Handlers build one of
 * these in their no-argument constructor and call the use case they need.
 */
public final class OomServices {
  private final PublishOutbox publishOutbox;
  private final IngestSnapshot ingestSnapshot;
  private final RecordFulfilmentOutcome recordFulfilmentOutcome;
  private final RecordContactAttempt recordContactAttempt;
  private final SetContactStatus setContactStatus;
  private final BookAppointment bookAppointment;
  private final ReportTrouble reportTrouble;
  private final AddComment addComment;
  private final RecordConfirmationResult recordConfirmationResult;
  private final EscalateDueOrders escalateDueOrders;
  private final SendTouchPoint sendTouchPoint;
  private final SendDeferredSms sendDeferredSms;
  private final HandleInboundSms handleInboundSms;
  private final PlanTheDay planTheDay;
  private final AuditConfirmations auditConfirmations;
  private final ViewOrder viewOrder;
  private final ListWorkList listWorkList;

  public OomServices(Ports ports, OomConfig config, Clock clock) {
    EscalationRules rules = EscalationRules.from(config);
    SmsTemplates templates = SmsTemplates.defaults();
    publishOutbox =
        new PublishOutbox(
            ports.outbox(), ports.handOffs(), ports.erpUpdates(), ports.smsRequests());
    OrderTransactions transactions = new OrderTransactions(ports.orders(), rules, publishOutbox);
    ingestSnapshot = new IngestSnapshot(transactions, clock);
    recordFulfilmentOutcome = new RecordFulfilmentOutcome(transactions, clock);
    recordContactAttempt = new RecordContactAttempt(transactions, ports.calendars(), config, clock);
    setContactStatus = new SetContactStatus(transactions, clock);
    bookAppointment = new BookAppointment(transactions, clock);
    reportTrouble = new ReportTrouble(transactions, clock);
    addComment = new AddComment(transactions, clock);
    recordConfirmationResult = new RecordConfirmationResult(transactions, clock);
    escalateDueOrders = new EscalateDueOrders(ports.orders(), transactions, clock);
    sendTouchPoint =
        new SendTouchPoint(
            ports.orders(),
            ports.smsLog(),
            ports.consent(),
            ports.smsGateway(),
            ports.calendars(),
            new SmsSendPolicy(config.quietHours(), config.smsDailyCap()),
            templates,
            clock);
    sendDeferredSms = new SendDeferredSms(ports.smsLog(), sendTouchPoint, clock);
    handleInboundSms =
        new HandleInboundSms(
            ports.orders(),
            transactions,
            ports.consent(),
            ports.smsGateway(),
            ports.smsLog(),
            templates,
            clock);
    listWorkList =
        new ListWorkList(ports.orders(), ports.calendars(), new WorkLists(config, rules), clock);
    planTheDay =
        new PlanTheDay(
            ports.orders(),
            transactions,
            ports.calendars(),
            listWorkList,
            config.reminderLeadBusinessDays(),
            clock);
    auditConfirmations = new AuditConfirmations(ports.orders(), ports.calendars(), config, clock);
    viewOrder = new ViewOrder(ports.orders(), ports.smsLog(), rules, clock);
  }

  public PlanTheDay planTheDay() {
    return planTheDay;
  }

  public AuditConfirmations auditConfirmations() {
    return auditConfirmations;
  }

  public ViewOrder viewOrder() {
    return viewOrder;
  }

  public ListWorkList listWorkList() {
    return listWorkList;
  }

  public PublishOutbox publishOutbox() {
    return publishOutbox;
  }

  public IngestSnapshot ingestSnapshot() {
    return ingestSnapshot;
  }

  public RecordFulfilmentOutcome recordFulfilmentOutcome() {
    return recordFulfilmentOutcome;
  }

  public RecordContactAttempt recordContactAttempt() {
    return recordContactAttempt;
  }

  public SetContactStatus setContactStatus() {
    return setContactStatus;
  }

  public BookAppointment bookAppointment() {
    return bookAppointment;
  }

  public ReportTrouble reportTrouble() {
    return reportTrouble;
  }

  public AddComment addComment() {
    return addComment;
  }

  public RecordConfirmationResult recordConfirmationResult() {
    return recordConfirmationResult;
  }

  public EscalateDueOrders escalateDueOrders() {
    return escalateDueOrders;
  }

  public SendTouchPoint sendTouchPoint() {
    return sendTouchPoint;
  }

  public SendDeferredSms sendDeferredSms() {
    return sendDeferredSms;
  }

  public HandleInboundSms handleInboundSms() {
    return handleInboundSms;
  }
}
