package com.oom.aws.usecases;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.oom.aws.dynamo.DynamoAdapters;
import com.oom.aws.dynamo.DynamoReplayGuard;
import com.oom.aws.sms.SmsAdapters;
import com.oom.aws.sms.SmsSettings;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.sqs.SqsQueueSender;
import com.oom.aws.testing.AwsStack;
import com.oom.aws.testing.CapacityMeter;
import com.oom.aws.usecases.BudgetTable.Measured;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.sms.SmsRequestWire;
import com.oom.catalogue.Queues;
import com.oom.core.application.AddComment;
import com.oom.core.application.BookAppointment;
import com.oom.core.application.CommandResult;
import com.oom.core.application.HandleInboundSms;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordAgentConfirmation;
import com.oom.core.application.RecordConfirmationResult;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.RecordFulfilmentOutcome;
import com.oom.core.application.ReportTrouble;
import com.oom.core.application.SendTouchPoint;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.UnknownOrder;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Acting;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.order.TroubleReason;
import com.oom.core.outbox.ErpChanges;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.port.OrderChange;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.WorkListKind;
import com.oom.tooling.emulator.EmulatorExtension;
import com.oom.tooling.stubs.SmsApiStub;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request budget of every use case, counted by the adapters' {@code RequestCounter} on the real
 * adapters over moto (and WireMock for End User Messaging), with the DynamoDB read and write
 * request units each consumes ({@code CapacityMeter}: computed from the items' sizes, because
 * moto's consumed capacity is a constant). A use case that makes one more request fails here.
 *
 * <p>Steady state: queue URLs are resolved once per function instance (one {@code GetQueueUrl} per
 * queue on the first publish), so each test warms the publishers first. The orders are {@link
 * Orders#defaultOrder()} (2 lines, 2 phone numbers).
 *
 * <p>The table in {@code functions/aws/README.md} (between the {@code request-budgets} markers) is
 * this test's output: after all tests ran, it must equal what they measured. To regenerate it after
 * a deliberate change, run this IT with {@code -Doom.budgets.write=true}. The work lists' pages and
 * the sweep's re-listing have a table of their own ({@link WorkListBudgetIT}).
 */
@ExtendWith(EmulatorExtension.class)
class RequestBudgetIT {
  @RegisterExtension
  static final WireMockExtension SMS =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Every row in table order: the test that measures it fills it in. */
  private static final BudgetTable TABLE =
      new BudgetTable(
          "request-budgets",
          "RequestBudgetIT",
          List.of(
              "ingest snapshot: new order (available, one touch point)",
              "ingest snapshot: changed (new ATP date, no message)",
              "ingest snapshot: redelivered",
              "ingest snapshot: older sequence",
              "fulfilment outcome: delivered (order closes)",
              "record contact attempt",
              "change contact status (HOLD)",
              "book appointment",
              "confirmation result (Jenny)",
              "agent confirmation call (attempt and result in one change)",
              "chat result (Jenny: CHAT attempt and result in one change)",
              "add comment",
              "report trouble (escalates at once)",
              "record contact attempt, by store staff",
              "add comment, by store staff",
              "store staff on another store's order (refused as unknown)",
              "work list read, per list, store with 10 open orders",
              "order read (agent view)",
              "order read (store staff view)",
              "orders by phone (caller lookup, 10 open orders of the number)",
              "SMS send: sent",
              "SMS send: deferred (quiet hours)",
              "SMS send: redelivered after sending",
              "inbound SMS: STOP",
              "inbound SMS: HELP",
              "inbound SMS: C (confirms)",
              "sweep: nothing due",
              "sweep: one escalation",
              "sweep: one deferred text now allowed",
              "sweep: outbox re-publish (one message)",
              "daily plan, start of day, store with 10 open orders, one reminder",
              "daily plan, end of day (confirmation audit), store with 10 open orders",
              "confirmation audit read (a stored day)",
              "Jenny webhook: new event"));

  private static final Actor AGENT = Actor.agent("agent-7");
  private static final Acting STAFF_OF_101 = Acting.staffOf(Set.of("101"));
  private static final Acting STAFF_OF_202 = Acting.staffOf(Set.of("202"));
  private static final PhoneNumber OTHER_MOBILE = PhoneNumber.parse("204-555-0111");

  private final MutableClock clock = new MutableClock(Orders.MONDAY_10_AM_WINNIPEG);
  private AwsStack aws;
  private UseCaseFactory oom;
  private int ids;

  @BeforeEach
  void stack() {
    SmsApiStub.acceptEveryText(SMS);
    aws = new AwsStack(clock);
    var gateway =
        SmsAdapters.endUserMessaging(
            aws.clients,
            new SmsSettings(
                "pool-budget",
                "oom-budget",
                SmsSettings.DEFAULT_TIME_TO_LIVE,
                Optional.of(URI.create(SMS.baseUrl()))));
    oom = aws.services(gateway, OomConfig.defaults(), clock);
    aws.capacity.enabled(true);
  }

  // ---- the use cases ------------------------------------------------------------------------

  @Test
  void snapshots() {
    warmUp();
    Orders.Builder order = Orders.defaultOrder();
    expect(
        "ingest snapshot: new order (available, one touch point)",
        () -> ingest(order, 1, "erp-1"),
        Map.of(
            "DynamoDb.BatchGetItem", 1L,
            "DynamoDb.TransactWriteItems", 1L,
            "DynamoDb.BatchWriteItem", 1L,
            "Sqs.SendMessageBatch", 1L));
    Orders.Builder changed = Orders.defaultOrder().atpDate(LocalDate.of(2026, 12, 4));
    expect(
        "ingest snapshot: changed (new ATP date, no message)",
        () -> ingest(changed, 2, "erp-2"),
        Map.of("DynamoDb.BatchGetItem", 1L, "DynamoDb.TransactWriteItems", 1L));
    expect(
        "ingest snapshot: redelivered",
        () -> ingest(changed, 2, "erp-2"),
        Map.of("DynamoDb.BatchGetItem", 1L));
    expect(
        "ingest snapshot: older sequence",
        () -> ingest(order, 1, "erp-1-late"),
        Map.of("DynamoDb.BatchGetItem", 1L));
    printStateSize("SO-1001");
  }

  @Test
  void erp_agent_and_jenny_changes() {
    warmUp();
    ingest(Orders.defaultOrder(), 1, "erp-1");
    ingest(Orders.defaultOrder().orderId("SO-CLOSE"), 1, "erp-close");
    ingest(Orders.defaultOrder().orderId("SO-TROUBLE"), 1, "erp-trouble");
    Map<String, Long> oneChange =
        Map.of(
            "DynamoDb.BatchGetItem", 1L,
            "DynamoDb.TransactWriteItems", 1L,
            "DynamoDb.BatchWriteItem", 1L,
            "Sqs.SendMessageBatch", 1L);
    // a change that publishes a domain event (issue 21) adds one PutEvents
    Map<String, Long> oneChangeAndAnEvent =
        BudgetTable.plus(oneChange, Map.of("EventBridge.PutEvents", 1L));
    Map<String, Long> oneChangeTwoQueues =
        Map.of(
            "DynamoDb.BatchGetItem", 1L,
            "DynamoDb.TransactWriteItems", 1L,
            "DynamoDb.BatchWriteItem", 1L,
            "EventBridge.PutEvents", 1L,
            "Sqs.SendMessageBatch", 2L);
    expect(
        "fulfilment outcome: delivered (order closes)",
        () ->
            oom.recordFulfilmentOutcome()
                .handle(
                    new RecordFulfilmentOutcome.Command(
                        "erp-out", "SO-CLOSE", FulfilmentOutcomeKind.DELIVERED, clock.instant())),
        Map.of("DynamoDb.BatchGetItem", 1L, "DynamoDb.TransactWriteItems", 1L));
    expect(
        "record contact attempt",
        () ->
            oom.recordContactAttempt()
                .handle(
                    new RecordContactAttempt.Command(
                        id(),
                        "SO-1001",
                        AGENT,
                        Orders.MOBILE,
                        ContactChannel.PHONE,
                        AttemptOutcome.NO_ANSWER,
                        "called")),
        oneChangeAndAnEvent);
    expect(
        "change contact status (HOLD)",
        () ->
            oom.setContactStatus()
                .handle(
                    new SetContactStatus.Command(
                        id(), "SO-1001", AGENT, ContactStatus.HOLD, null, "guest away", null)),
        oneChange);
    LocalDate wednesday = LocalDate.of(2026, 12, 2);
    expect(
        "book appointment",
        () ->
            oom.bookAppointment()
                .handle(
                    new BookAppointment.Command(
                        id(), "SO-1001", AGENT, Orders.appointment(wednesday), "booked")),
        oneChangeTwoQueues);
    expect(
        "confirmation result (Jenny)",
        () ->
            oom.recordConfirmationResult()
                .handle(
                    new RecordConfirmationResult.Command(
                        "jenny-1",
                        "SO-1001",
                        wednesday,
                        ConfirmationResultKind.CONFIRMED,
                        ConfirmationChannel.VOICE,
                        Orders.MOBILE,
                        clock.instant())),
        oneChangeAndAnEvent);
    expect(
        "agent confirmation call (attempt and result in one change)",
        () ->
            oom.recordAgentConfirmation()
                .handle(
                    new RecordAgentConfirmation.Command(
                        id(),
                        "SO-1001",
                        AGENT,
                        Orders.HOME,
                        ConfirmationResultKind.CONFIRMED,
                        "confirmed on the home phone",
                        null)),
        oneChangeAndAnEvent);
    expect(
        "chat result (Jenny: CHAT attempt and result in one change)",
        () ->
            oom.recordConfirmationResult()
                .handle(
                    new RecordConfirmationResult.Command(
                        "jenny-chat-1",
                        "SO-1001",
                        wednesday,
                        ConfirmationResultKind.NO_RESPONSE,
                        ConfirmationChannel.CHAT,
                        Orders.MOBILE,
                        clock.instant(),
                        "https://chat.package.ai/transcripts/c-5f2e91")),
        oneChangeAndAnEvent);
    expect(
        "add comment",
        () ->
            oom.addComment()
                .handle(new AddComment.Command(id(), "SO-1001", AGENT, "guest emailed")),
        oneChange);
    expect(
        "report trouble (escalates at once)",
        () ->
            oom.reportTrouble()
                .handle(
                    new ReportTrouble.Command(
                        id(), "SO-TROUBLE", AGENT, TroubleReason.FAULTY, "scratched")),
        Map.of(
            "DynamoDb.BatchGetItem", 1L,
            "DynamoDb.Query", 1L,
            "DynamoDb.TransactWriteItems", 1L,
            "DynamoDb.BatchWriteItem", 1L,
            "EventBridge.PutEvents", 1L,
            "Sqs.SendMessageBatch", 2L));
    printStateSize("SO-1001");
  }

  @Test
  void reads_for_agents() {
    for (int i = 0; i < 10; i++) {
      ingest(Orders.defaultOrder().orderId("SO-" + i), 1, "erp-" + i);
    }
    // Since issue 18 a list is read from the work-list index, a page at a time (the 10 orders
    // fit on one): 1 Query for the page's entries (at most limit + 1 of the store's list
    // partition) and 1 Query for the store's list counters (the list's total). Until then it was
    // 1 Query reading every open order of the store. The 10 orders are on the scheduling list
    // and every other list is empty: each list makes the same 2 Queries, the row is scheduling's.
    for (WorkListKind kind : WorkListKind.values()) {
      Measured list = measure(() -> oom.listWorkList().handle(kind, "101"));
      assertThat(list.requests()).as(kind.slug()).isEqualTo(Map.of("DynamoDb.Query", 2L));
      if (kind == WorkListKind.SCHEDULING) {
        TABLE.record("work list read, per list, store with 10 open orders", list);
      }
    }
    Map<String, Long> orderRead = Map.of("DynamoDb.GetItem", 1L, "DynamoDb.Query", 2L);
    expect("order read (agent view)", () -> oom.viewOrder().handle("SO-1", AGENT), orderRead);
    expect(
        "order read (store staff view)",
        () -> oom.viewOrder().handle("SO-1", STAFF_OF_101),
        orderRead);
    // A caller's lookup reads the number's index (1 Query of PHONE#<number>) and the orders it
    // lists (1 BatchGetItem of their state items, up to 100): the same for an agent and a store.
    expect(
        "orders by phone (caller lookup, 10 open orders of the number)",
        () -> assertThat(oom.findOrdersByPhone().handle(Orders.MOBILE, AGENT).orders()).hasSize(10),
        Map.of("DynamoDb.Query", 1L, "DynamoDb.BatchGetItem", 1L));
  }

  /**
   * A store's staff are authorised from the order the command reads anyway: their commands cost
   * exactly an agent's, and another store's order is refused after that one read, writing nothing.
   */
  @Test
  void store_staff_changes() {
    warmUp();
    ingest(Orders.defaultOrder(), 1, "erp-1");
    Map<String, Long> oneChange =
        Map.of(
            "DynamoDb.BatchGetItem", 1L,
            "DynamoDb.TransactWriteItems", 1L,
            "DynamoDb.BatchWriteItem", 1L,
            "Sqs.SendMessageBatch", 1L);
    Measured byAgent = measure(() -> attempt(AGENT));
    expect(
        "record contact attempt, by store staff",
        () -> attempt(STAFF_OF_101),
        BudgetTable.plus(oneChange, Map.of("EventBridge.PutEvents", 1L)));
    assertThat(TABLE.measured("record contact attempt, by store staff").requests())
        .as("a store's staff make the requests an agent makes")
        .isEqualTo(byAgent.requests());
    expect(
        "add comment, by store staff",
        () ->
            oom.addComment()
                .handle(new AddComment.Command(id(), "SO-1001", STAFF_OF_101, "guest emailed")),
        oneChange);
    long version = aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().version();
    expect(
        "store staff on another store's order (refused as unknown)",
        () ->
            assertThatThrownBy(
                    () ->
                        oom.addComment()
                            .handle(
                                new AddComment.Command(id(), "SO-1001", STAFF_OF_202, "not mine")))
                .isInstanceOf(UnknownOrder.class),
        Map.of("DynamoDb.BatchGetItem", 1L));
    assertThat(
            TABLE
                .measured("store staff on another store's order (refused as unknown)")
                .writeUnits())
        .isZero();
    assertThat(aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().version())
        .isEqualTo(version);
  }

  private CommandResult attempt(Acting acting) {
    return oom.recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                id(),
                "SO-1001",
                acting,
                Orders.MOBILE,
                ContactChannel.PHONE,
                AttemptOutcome.NO_ANSWER,
                "called"));
  }

  @Test
  void texts_out() {
    warmUp();
    ingest(Orders.defaultOrder(), 1, "erp-1");
    OutboxMessage.SmsRequest available = smsRequests().getFirst();
    Map<String, Long> sendBudget =
        Map.of(
            "DynamoDb.GetItem", 3L,
            "DynamoDb.UpdateItem", 1L,
            "DynamoDb.Query", 1L,
            "DynamoDb.TransactWriteItems", 1L,
            "PinpointSmsVoiceV2.SendTextMessage", 1L,
            // TextSent: written with the log, published, then deleted from the outbox
            "EventBridge.PutEvents", 1L,
            "DynamoDb.BatchWriteItem", 1L);
    expect(
        "SMS send: sent",
        () ->
            assertThat(oom.sendTouchPoint().handle(available))
                .isInstanceOf(SendTouchPoint.Result.Sent.class),
        sendBudget);
    expect(
        "SMS send: redelivered after sending",
        () ->
            assertThat(oom.sendTouchPoint().handle(available))
                .isInstanceOf(SendTouchPoint.Result.Duplicate.class),
        Map.of("DynamoDb.GetItem", 1L));

    oom.bookAppointment()
        .handle(
            new BookAppointment.Command(
                id(), "SO-1001", AGENT, Orders.appointment(LocalDate.of(2026, 12, 2)), "booked"));
    OutboxMessage.SmsRequest booked = smsRequests().getFirst();
    // the ERP shows the booking: nothing is pending for the sweep but the deferred text
    ingest(
        Orders.defaultOrder().appointment(Orders.appointment(LocalDate.of(2026, 12, 2))),
        2,
        "erp-2");
    assertThat(aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().sync().isEmpty()).isTrue();
    clock.set(Instant.parse("2026-12-01T04:00:00Z")); // 22:00 in Winnipeg
    expect(
        "SMS send: deferred (quiet hours)",
        () ->
            assertThat(oom.sendTouchPoint().handle(booked))
                .isInstanceOf(SendTouchPoint.Result.Deferred.class),
        Map.of(
            "DynamoDb.GetItem", 3L,
            "DynamoDb.UpdateItem", 1L,
            "DynamoDb.Query", 1L,
            "DynamoDb.TransactWriteItems", 1L,
            "EventBridge.PutEvents", 1L, // TextDeferred
            "DynamoDb.BatchWriteItem", 1L));

    clock.set(Instant.parse("2026-12-01T15:05:00Z")); // 09:05 in Winnipeg
    // Since issue 18 the sweep also re-lists the order: at midnight its visit of Wednesday came
    // into the confirmation window, a change of its lines with no change to the order, so its
    // timer was set for then (1 BatchGetItem + 1 TransactWriteItems, WorkListBudgetIT).
    expect(
        "sweep: one deferred text now allowed",
        () -> assertThat(sweep().textsSent()).isEqualTo(1),
        BudgetTable.plus(
            SWEEP_READS,
            Map.of(
                "DynamoDb.Query", 1L,
                "DynamoDb.GetItem", 3L,
                "DynamoDb.UpdateItem", 1L,
                "DynamoDb.TransactWriteItems", 2L,
                "DynamoDb.BatchGetItem", 1L,
                "PinpointSmsVoiceV2.SendTextMessage", 1L,
                "EventBridge.PutEvents", 1L, // TextSent
                "DynamoDb.BatchWriteItem", 1L)));
  }

  @Test
  void texts_in() {
    warmUp();
    ingest(
        Orders.defaultOrder()
            .phones(new GuestPhone(OTHER_MOBILE, PhoneType.MOBILE, true))
            .appointment(Orders.appointment(LocalDate.of(2026, 12, 2))),
        1,
        "erp-1");
    Map<String, Long> findTheOrder = Map.of("DynamoDb.Query", 1L, "DynamoDb.BatchGetItem", 1L);
    expect(
        "inbound SMS: HELP",
        () -> assertThat(inbound("HELP")).isEqualTo(HandleInboundSms.Outcome.HELP_SENT),
        BudgetTable.plus(
            findTheOrder,
            Map.of("DynamoDb.UpdateItem", 1L, "PinpointSmsVoiceV2.SendTextMessage", 1L)));
    expect(
        "inbound SMS: C (confirms)",
        () -> assertThat(inbound("C")).isEqualTo(HandleInboundSms.Outcome.CONFIRMED),
        BudgetTable.plus(
            findTheOrder,
            Map.of(
                "DynamoDb.BatchGetItem", 1L,
                "DynamoDb.TransactWriteItems", 1L,
                "DynamoDb.BatchWriteItem", 1L,
                "EventBridge.PutEvents", 1L, // ConfirmationRecorded
                "Sqs.SendMessageBatch", 1L)));
    // the opt-out and its GuestOptedOut event in one TransactWriteItems (a PutItem before issue 21)
    expect(
        "inbound SMS: STOP",
        () -> assertThat(inbound("STOP")).isEqualTo(HandleInboundSms.Outcome.OPTED_OUT),
        BudgetTable.plus(
            findTheOrder,
            Map.of(
                "DynamoDb.TransactWriteItems", 1L,
                "EventBridge.PutEvents", 1L,
                "DynamoDb.BatchWriteItem", 1L)));
  }

  @Test
  void sweeps() {
    warmUp();
    quietOrders(10);
    expect("sweep: nothing due", () -> assertThat(sweep().ordersExamined()).isZero(), SWEEP_READS);

    ingest(Orders.defaultOrder().orderId("SO-DUE"), 1, "erp-due");
    oom.setContactStatus()
        .handle(
            new SetContactStatus.Command(
                id(), "SO-DUE", AGENT, ContactStatus.CANCEL, null, "cancel asked", null));
    // the ERP shows the code: only the escalation is left for the sweep
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-due-2",
                new ErpSnapshot(
                    Orders.defaultOrder().orderId("SO-DUE").sequence(2).details(),
                    2,
                    clock.instant(),
                    new ErpContactCode(ContactStatus.CANCEL, null, clock.instant()))));
    assertThat(aws.dynamoAdapters.orders().find("SO-DUE").orElseThrow().sync().isEmpty()).isTrue();
    clock.set(Instant.parse("2026-12-03T16:05:00Z")); // 72 h and 5 min later
    expect(
        "sweep: one escalation",
        () -> assertThat(sweep().escalated()).isEqualTo(1),
        BudgetTable.plus(
            SWEEP_READS,
            Map.of(
                "DynamoDb.BatchGetItem", 1L,
                "DynamoDb.Query", 1L,
                "DynamoDb.TransactWriteItems", 1L,
                "DynamoDb.BatchWriteItem", 1L,
                "EventBridge.PutEvents", 1L, // OrderEscalated
                "Sqs.SendMessageBatch", 2L)));

    // A committed change whose publishing failed: its message is still in the outbox (with a
    // contact status: erp-update.schema.json requires one, and its wire record refuses none).
    var order = aws.dynamoAdapters.orders().find("SO-1").orElseThrow();
    OutboxMessage.ErpUpdate pending =
        new OutboxMessage.ErpUpdate(
            "upd-pending",
            "SO-1",
            clock.instant(),
            Actor.SYSTEM,
            "COMMENT",
            order.contactStatus(),
            null,
            null,
            ErpChanges.NONE,
            "re-published by the sweep");
    aws.dynamoAdapters
        .orders()
        .save(
            new OrderChange(
                order,
                order,
                order.version(),
                List.of(),
                List.of(pending),
                "pending-1",
                Instant.parse("2026-12-20T16:00:00Z")));
    expect(
        "sweep: outbox re-publish (one message)",
        () -> assertThat(sweep().republished()).isEqualTo(1),
        BudgetTable.plus(
            SWEEP_READS, Map.of("DynamoDb.BatchWriteItem", 1L, "Sqs.SendMessageBatch", 1L)));
  }

  @Test
  void daily_plan() {
    warmUp();
    for (int i = 0; i < 9; i++) {
      ingest(Orders.defaultOrder().orderId("SO-" + i), 1, "erp-" + i);
    }
    ingest(
        Orders.defaultOrder()
            .orderId("SO-TOMORROW")
            .appointment(Orders.appointment(LocalDate.of(2026, 12, 1))),
        1,
        "erp-t");
    clock.set(Instant.parse("2026-11-30T14:00:00Z")); // 08:00 in Winnipeg
    expect(
        "daily plan, start of day, store with 10 open orders, one reminder",
        () -> assertThat(oom.planTheDay().handle("plan-1#101", "101").remindersRequested()).isOne(),
        Map.of(
            // Since issue 18, from the work-list index: the visits of today to the reminder day,
            // the store's list counters (the sizes), its orders without a next step. Until then
            // the store's open orders, read twice.
            "DynamoDb.Query", 3L,
            "DynamoDb.BatchGetItem", 1L,
            "DynamoDb.TransactWriteItems", 1L,
            "DynamoDb.BatchWriteItem", 1L,
            "Sqs.SendMessageBatch", 2L)); // SMS request and ERP write-back
    clock.set(Instant.parse("2026-11-30T23:30:00Z")); // 17:30 in Winnipeg
    expect(
        "daily plan, end of day (confirmation audit), store with 10 open orders",
        () -> oom.auditConfirmations().handle("101"),
        // Since issue 18: the visits of the audited day from the work-list index (1 Query) and
        // those orders (1 BatchGetItem), not every open order of the store; the report is stored.
        Map.of("DynamoDb.Query", 1L, "DynamoDb.BatchGetItem", 1L, "DynamoDb.PutItem", 1L));
    expect(
        "confirmation audit read (a stored day)",
        () -> assertThat(oom.readConfirmationAudit().handle("101", null)).isPresent(),
        Map.of("DynamoDb.GetItem", 1L));
  }

  @Test
  void jenny_webhook() {
    DynamoReplayGuard guard = DynamoAdapters.replayGuard(aws.dynamo, AwsStack.TABLE);
    SqsQueueSender confirmations = SqsQueueSender.resolve(aws.sqs, OomQueues.CONFIRMATIONS);
    aws.requests.reset();
    aws.capacity.reset();
    expect(
        "Jenny webhook: new event",
        () -> {
          assertThat(guard.claim("evt-1", clock.instant()))
              .isEqualTo(DynamoReplayGuard.Claim.CLAIMED);
          confirmations.send("{\"eventId\":\"evt-1\"}");
          guard.accepted("evt-1", clock.instant());
        },
        Map.of("DynamoDb.PutItem", 1L, "Sqs.SendMessage", 1L, "DynamoDb.UpdateItem", 1L));
  }

  // ---- the table --------------------------------------------------------------------------

  @AfterAll
  static void theReadmeShowsWhatWasMeasured() throws IOException {
    TABLE.checkReadme();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private void expect(String row, Runnable useCase, Map<String, Long> budget) {
    Measured measured = measure(useCase);
    assertThat(measured.requests()).as(row).isEqualTo(budget);
    TABLE.record(row, measured);
  }

  private Measured measure(Runnable useCase) {
    return BudgetTable.measure(aws, useCase);
  }

  /**
   * What every sweep run reads when nothing is due: one Query per {@code timers} (8), {@code
   * deferredSms} (4) and {@code outbox} (4) shard, and the work-list backfill's position (done: one
   * consistent GetItem; {@link #warmUp} finishes the backfill).
   */
  static final Map<String, Long> SWEEP_READS =
      Map.of("DynamoDb.Query", 8L + 4L + 4L, "DynamoDb.GetItem", 1L);

  /** The timer sweep's four steps, as {@code TimerSweepHandler.sweep} runs them. */
  private record SweepRun(int ordersExamined, int escalated, int textsSent, int republished) {}

  private SweepRun sweep() {
    String sweepId = "sweep-" + id();
    var escalations = oom.escalateDueOrders().handle(sweepId, 200);
    var texts = oom.sendDeferredSms().handle(200);
    int republished = oom.publishOutbox().republishPending(200);
    assertThat(oom.backfillWorkLists().step(sweepId, 200).done()).isTrue();
    return new SweepRun(escalations.examined(), escalations.escalated(), texts.sent(), republished);
  }

  /**
   * Resolves every queue URL the publishers cache (SMS requests, ERP updates, store 101's hand-off
   * queue) on an order of its own, then empties the queues.
   */
  private void warmUp() {
    ingest(Orders.defaultOrder().orderId("SO-WARM"), 1, "erp-warm");
    oom.reportTrouble()
        .handle(new ReportTrouble.Command(id(), "SO-WARM", AGENT, TroubleReason.NO_FIT, "warm-up"));
    // the ERP acknowledges the hand-off: nothing of the warm-up order is left for the sweep
    ingest(
        Orders.defaultOrder().orderId("SO-WARM").status(FulfilmentStatus.CWC), 2, "erp-warm-cwc");
    assertThat(aws.dynamoAdapters.orders().find("SO-WARM").orElseThrow().escalation())
        .extracting(e -> e.acknowledgedByErp())
        .isEqualTo(true);
    for (String queue :
        List.of(OomQueues.SMS_REQUESTS, OomQueues.ERP_UPDATES, Queues.defaultHandOff("101"))) {
      aws.drain(queue);
    }
    // the work-list backfill has nothing to list here: its one walk of the stores is done
    assertThat(oom.backfillWorkLists().step("warm-up", 200).done()).isTrue();
  }

  private CommandResult ingest(Orders.Builder order, long sequence, String eventId) {
    return oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                eventId,
                new ErpSnapshot(
                    order.sequence(sequence).details(), sequence, clock.instant(), null)));
  }

  private HandleInboundSms.Outcome inbound(String text) {
    return oom.handleInboundSms()
        .handle(new HandleInboundSms.Command("sms-in-" + id(), OTHER_MOBILE, text));
  }

  /** SMS requests waiting on their queue, newest first. */
  private List<OutboxMessage.SmsRequest> smsRequests() {
    List<OutboxMessage.SmsRequest> requests = new ArrayList<>();
    aws.drain(OomQueues.SMS_REQUESTS)
        .forEach(
            m -> requests.addFirst(MessageJson.read(m.body(), SmsRequestWire.class).toDomain()));
    return requests;
  }

  /** Orders whose timer runs but is not due, written straight to the table. */
  private void quietOrders(int count) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < count; i++) {
      var order = Orders.defaultOrder().orderId("SO-" + i).build();
      ids.add(order.orderId());
      aws.dynamoAdapters
          .orders()
          .save(
              new OrderChange(
                  null,
                  order,
                  0,
                  List.of(),
                  List.of(),
                  "quiet-" + i,
                  Instant.parse("2026-12-20T16:00:00Z")));
    }
    assertThat(ids).hasSize(count);
  }

  private void printStateSize(String orderId) {
    var item = aws.orderStateItem(orderId);
    var index = new HashMap<>(item);
    index.keySet().retainAll(List.of("listed", "listRefreshAt"));
    System.out.printf(
        "BUDGET state item of %s: %d bytes, of which the work-list index's keys %d%n",
        orderId, CapacityMeter.size(item), CapacityMeter.size(index));
  }

  private String id() {
    return "req-" + (++ids);
  }
}
