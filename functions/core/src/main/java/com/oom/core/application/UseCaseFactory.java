package com.oom.core.application;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.sms.SmsSendPolicy;
import com.oom.core.sms.SmsTemplates;
import com.oom.core.sms.TimeFrameTiming;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.worklist.Listings;
import com.oom.core.worklist.WorkLists;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds use cases from the ports, the configuration and the clock, each only when first asked for
 * and then once: a function's wiring asks for the use cases it calls, and only the ports those take
 * are asked for (see {@link Ports}). Use cases that share a collaborator (the order transactions,
 * the outbox publisher) share one instance.
 */
public final class UseCaseFactory {
  private final Ports ports;
  private final OomConfig config;
  private final Clock clock;
  private final int sweepConcurrency;
  private final EscalationRules rules;
  private final Map<Class<?>, Object> built = new LinkedHashMap<>();

  /** Due orders worked one at a time (tests, the local runner: emulators and fakes). */
  public UseCaseFactory(Ports ports, OomConfig config, Clock clock) {
    this(ports, config, clock, 1);
  }

  /**
   * @param sweepConcurrency due orders the timer sweep works at once ({@link
   *     EscalateDueOrders#CONCURRENCY_ON_AWS} on DynamoDB)
   */
  public UseCaseFactory(Ports ports, OomConfig config, Clock clock, int sweepConcurrency) {
    this.ports = ports;
    this.config = config;
    this.clock = clock;
    this.rules = EscalationRules.from(config);
    this.sweepConcurrency = sweepConcurrency;
  }

  /** The classes built so far, in the order they were built (the wiring tests check them). */
  public synchronized List<Class<?>> built() {
    return List.copyOf(built.keySet());
  }

  private synchronized <T> T once(Class<T> type, Supplier<T> build) {
    Object existing = built.get(type);
    if (existing != null) {
      return type.cast(existing);
    }
    T made = build.get(); // may build collaborators first: no computeIfAbsent
    built.put(type, made);
    return made;
  }

  /** The thresholds every use case built here follows. */
  public OomConfig config() {
    return config;
  }

  /**
   * Each destination's port is asked for when a message first goes there: the SMS sender publishes
   * only events, so it builds no SQS client.
   */
  public PublishOutbox publishOutbox() {
    return once(
        PublishOutbox.class,
        () ->
            new PublishOutbox(
                ports.outbox(),
                messages -> ports.handOffs().publishHandOffs(messages),
                messages -> ports.erpUpdates().publishErpUpdates(messages),
                messages -> ports.smsRequests().publishSmsRequests(messages),
                events -> ports.events().publishEvents(events)));
  }

  private OrderTransactions transactions() {
    return once(
        OrderTransactions.class,
        () ->
            new OrderTransactions(
                ports.orders(),
                rules,
                echoDeadlines(),
                ports.calendars(),
                publishOutbox(),
                new Listings(workLists(), rules, echoDeadlines()),
                new TimeFrameTiming(
                    config.quietHours(), config.timeFrameLead(), EscalateDueOrders.SWEEP_EVERY)));
  }

  private EchoDeadlines echoDeadlines() {
    return once(EchoDeadlines.class, () -> new EchoDeadlines(config.erpEchoWithin()));
  }

  private CallSlots callSlots() {
    return new CallSlots(config.slotBoundaries(), ports.calendars());
  }

  public IngestSnapshot ingestSnapshot() {
    return once(
        IngestSnapshot.class, () -> new IngestSnapshot(transactions(), ports.calendars(), clock));
  }

  public RecordFulfilmentOutcome recordFulfilmentOutcome() {
    return once(
        RecordFulfilmentOutcome.class, () -> new RecordFulfilmentOutcome(transactions(), clock));
  }

  public RecordContactAttempt recordContactAttempt() {
    return once(
        RecordContactAttempt.class,
        () -> new RecordContactAttempt(transactions(), callSlots(), clock));
  }

  public SetContactStatus setContactStatus() {
    return once(SetContactStatus.class, () -> new SetContactStatus(transactions(), clock));
  }

  public BookAppointment bookAppointment() {
    return once(BookAppointment.class, () -> new BookAppointment(transactions(), clock));
  }

  public BookTransfer bookTransfer() {
    return once(BookTransfer.class, () -> new BookTransfer(transactions(), clock));
  }

  public ReportTrouble reportTrouble() {
    return once(ReportTrouble.class, () -> new ReportTrouble(transactions(), clock));
  }

  public AddComment addComment() {
    return once(AddComment.class, () -> new AddComment(transactions(), clock));
  }

  public RecordAgentConfirmation recordAgentConfirmation() {
    return once(
        RecordAgentConfirmation.class,
        () -> new RecordAgentConfirmation(transactions(), callSlots(), clock));
  }

  public RecordConfirmationResult recordConfirmationResult() {
    return once(
        RecordConfirmationResult.class,
        () -> new RecordConfirmationResult(transactions(), callSlots(), clock));
  }

  public EscalateDueOrders escalateDueOrders() {
    return once(
        EscalateDueOrders.class,
        () ->
            new EscalateDueOrders(
                ports.orders(),
                transactions(),
                ports.calendars(),
                echoDeadlines(),
                clock,
                sweepConcurrency));
  }

  public SendTouchPoint sendTouchPoint() {
    return once(
        SendTouchPoint.class,
        () ->
            new SendTouchPoint(
                ports.orders(),
                ports.smsLog(),
                ports.consent(),
                ports.smsGateway(),
                ports.calendars(),
                new SmsSendPolicy(config.quietHours(), config.smsDailyCap()),
                SmsTemplates.defaults(),
                clock,
                new CancelStaleTexts(this::transactions),
                this::publishOutbox));
  }

  public SendDeferredSms sendDeferredSms() {
    return once(
        SendDeferredSms.class, () -> new SendDeferredSms(ports.smsLog(), sendTouchPoint(), clock));
  }

  public HandleInboundSms handleInboundSms() {
    return once(
        HandleInboundSms.class,
        () ->
            new HandleInboundSms(
                ports.orders(),
                transactions(),
                ports.consent(),
                ports.smsGateway(),
                ports.smsLog(),
                SmsTemplates.defaults(),
                clock,
                this::publishOutbox));
  }

  public RedateOrder redateOrder() {
    return once(RedateOrder.class, () -> new RedateOrder(transactions(), clock));
  }

  public BackfillWorkLists backfillWorkLists() {
    return once(
        BackfillWorkLists.class,
        () ->
            new BackfillWorkLists(
                ports.orders(),
                ports.workListIndex(),
                transactions(),
                ports.calendars().storeIds(),
                clock));
  }

  public ListWorkList listWorkList() {
    return once(
        ListWorkList.class, () -> new ListWorkList(ports.workListIndex(), ports.calendars()));
  }

  private WorkLists workLists() {
    return once(WorkLists.class, () -> new WorkLists(config, rules));
  }

  public PlanTheDay planTheDay() {
    return once(
        PlanTheDay.class,
        () ->
            new PlanTheDay(
                ports.workListIndex(),
                transactions(),
                ports.calendars(),
                listWorkList(),
                config.reminderLeadBusinessDays(),
                clock));
  }

  public AuditConfirmations auditConfirmations() {
    return once(
        AuditConfirmations.class,
        () ->
            new AuditConfirmations(
                ports.orders(),
                ports.workListIndex(),
                ports.confirmationAudits(),
                ports.calendars(),
                config,
                clock));
  }

  public ReadConfirmationAudit readConfirmationAudit() {
    return once(
        ReadConfirmationAudit.class,
        () -> new ReadConfirmationAudit(ports.confirmationAudits(), ports.calendars(), clock));
  }

  public FindOrdersByPhone findOrdersByPhone() {
    return once(
        FindOrdersByPhone.class,
        () -> new FindOrdersByPhone(ports.orders(), ports.calendars(), workLists(), clock));
  }

  public ViewOrder viewOrder() {
    return once(
        ViewOrder.class,
        () ->
            new ViewOrder(
                ports.orders(),
                ports.smsLog(),
                rules,
                ports.calendars(),
                echoDeadlines(),
                workLists(),
                clock));
  }

  public RecordPickupEvent recordPickupEvent() {
    return once(RecordPickupEvent.class, () -> new RecordPickupEvent(transactions(), clock));
  }

  public ListPickupDesk listPickupDesk() {
    return once(ListPickupDesk.class, () -> new ListPickupDesk(ports.workListIndex(), clock));
  }

  public MeasureReservedStock measureReservedStock() {
    return once(
        MeasureReservedStock.class,
        () -> new MeasureReservedStock(ports.workListIndex(), ports.calendars(), clock));
  }

  public TextGuest textGuest() {
    return once(
        TextGuest.class,
        () ->
            new TextGuest(
                ports.orders(),
                transactions(),
                ports.consent(),
                ports.smsLog(),
                ports.calendars(),
                new SmsSendPolicy(config.quietHours(), config.smsDailyCap()),
                clock));
  }
}
