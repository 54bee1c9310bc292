package com.oom.aws.usecases;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.aws.wire.MessageJson;
import com.oom.catalogue.Queues;
import com.oom.core.application.CommandResult;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.ReportTrouble;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.audit.AuditEntry;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TroubleReason;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** The use cases on the real adapters and moto: effects, request budgets, races, redelivery. */
@ExtendWith(EmulatorExtension.class)
class UseCasesOnAwsIT {
  private static final Actor AGENT = Actor.agent("agent-7");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T16:00:00Z"));
  private AwsStack aws;
  private UseCaseFactory oom;
  private int requestIds;

  @BeforeEach
  void stack() {
    aws = new AwsStack(clock);
    oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
  }

  private CommandResult ingest(Orders.Builder order, long sequence) {
    return oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-" + order.details().orderId() + "-" + sequence,
                new ErpSnapshot(order.details(), sequence, clock.instant(), null)));
  }

  private CommandResult attempt(String orderId, PhoneNumber phone, AttemptOutcome outcome) {
    return oom.recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                "req-" + (++requestIds),
                orderId,
                AGENT,
                phone,
                ContactChannel.PHONE,
                outcome,
                "called"));
  }

  private void hold(String orderId) {
    oom.setContactStatus()
        .handle(
            new SetContactStatus.Command(
                "req-" + (++requestIds),
                orderId,
                AGENT,
                ContactStatus.HOLD,
                null,
                "guest away",
                null));
  }

  private void at(String instant) {
    clock.set(Instant.parse(instant));
  }

  @Test
  void week_of_hold_attempts_ends_in_one_no_contact_hand_off_on_the_stores_fifo_queue()
      throws Exception {
    ingest(Orders.defaultOrder(), 1);
    hold("SO-1001");
    at("2026-11-30T16:00:00Z");
    attempt("SO-1001", MOBILE, AttemptOutcome.NO_ANSWER);
    at("2026-12-01T01:30:00Z");
    attempt("SO-1001", HOME, AttemptOutcome.VOICEMAIL);
    at("2026-12-02T16:00:00Z");
    attempt("SO-1001", MOBILE, AttemptOutcome.BUSY);
    at("2026-12-05T17:00:00Z");
    attempt("SO-1001", MOBILE, AttemptOutcome.NO_ANSWER);
    at("2026-12-06T18:00:00Z");
    attempt("SO-1001", HOME, AttemptOutcome.NO_ANSWER);
    aws.drain(Queues.defaultHandOff("101"));

    at("2026-12-07T16:05:00Z");
    aws.requests.reset();
    assertThat(oom.escalateDueOrders().handle("sweep-1", 100).escalated()).isEqualTo(1);
    Map<String, Long> sweepRequests = aws.requests.snapshot();
    assertThat(oom.escalateDueOrders().handle("sweep-1", 100).escalated()).isZero();

    List<Message> handOffs = aws.drain(Queues.defaultHandOff("101"));
    assertThat(handOffs).hasSize(1);
    Message handOff = handOffs.getFirst();
    JsonNode body = MessageJson.mapper().readTree(handOff.body());
    assertThat(body.get("reason").asText()).isEqualTo("NO_CONTACT");
    assertThat(body.get("attempts")).hasSize(5);
    assertThat(body.get("audit").toString()).contains("ESCALATED");
    assertThat(handOff.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID))
        .isEqualTo("SO-1001");
    assertThat(handOff.attributes().get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID))
        .isEqualTo(body.get("handoffId").asText());
    assertThat(aws.drain(Queues.defaultHandOff("202"))).isEmpty();
    assertThat(aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().status())
        .isEqualTo(FulfilmentStatus.CWC);
    assertThat(aws.drain(OomQueues.ERP_UPDATES))
        .anySatisfy(m -> assertThat(m.body()).contains("\"fulfilmentStatus\":\"CWC\""));

    // The escalation's request budget: one Query per timer shard, one read of the order, the
    // audit trail for the hand-off, one transaction, one batch per queue, one outbox delete.
    assertThat(sweepRequests)
        .containsEntry("DynamoDb.Query", 8L + 1L)
        .containsEntry("DynamoDb.BatchGetItem", 1L)
        .containsEntry("DynamoDb.TransactWriteItems", 1L)
        .containsEntry("DynamoDb.BatchWriteItem", 1L)
        .containsEntry("Sqs.SendMessageBatch", 2L)
        .doesNotContainKey("DynamoDb.Scan");
  }

  @Test
  void
      recording_an_attempt_costs_one_read_one_transaction_one_send_one_event_and_one_outbox_delete() {
    ingest(Orders.defaultOrder(), 1);
    attempt("SO-1001", MOBILE, AttemptOutcome.NO_ANSWER); // warms the queue-URL cache
    aws.requests.reset();

    attempt("SO-1001", MOBILE, AttemptOutcome.NO_ANSWER);

    assertThat(aws.requests.snapshot())
        .isEqualTo(
            Map.of(
                "DynamoDb.BatchGetItem", 1L,
                "DynamoDb.TransactWriteItems", 1L,
                "EventBridge.PutEvents", 1L, // ContactAttemptRecorded
                "Sqs.SendMessageBatch", 1L,
                "DynamoDb.BatchWriteItem", 1L));
  }

  @Test
  void ingesting_a_snapshot_costs_at_most_one_read_and_one_transaction() {
    ingest(Orders.defaultOrder().orderId("SO-WARM"), 1);
    aws.requests.reset();

    ingest(Orders.defaultOrder(), 1);

    Map<String, Long> requests = aws.requests.snapshot();
    assertThat(requests.get("DynamoDb.BatchGetItem")).isEqualTo(1L);
    assertThat(requests.get("DynamoDb.TransactWriteItems")).isEqualTo(1L);
    assertThat(requests.get("Sqs.SendMessageBatch")).isEqualTo(1L); // the touch point's SMS request
    aws.requests.reset();
    ingest(Orders.defaultOrder(), 1); // redelivered
    assertThat(aws.requests.snapshot()).isEqualTo(Map.of("DynamoDb.BatchGetItem", 1L));
  }

  @Test
  void sweep_reads_the_same_items_with_ten_times_more_orders_that_are_not_due() {
    ingest(Orders.defaultOrder().orderId("SO-DUE"), 1);
    oom.setContactStatus()
        .handle(
            new SetContactStatus.Command(
                "r-due", "SO-DUE", AGENT, ContactStatus.CANCEL, null, "cancel asked", null));
    quietOrders(0, 10);
    long withTen = itemsTheSweepReads();

    quietOrders(10, 100);
    long withHundred = itemsTheSweepReads();

    assertThat(withTen).isPositive();
    assertThat(withHundred).isEqualTo(withTen);
  }

  /** Orders whose timer runs but is not due, written straight to the table. */
  private void quietOrders(int from, int to) {
    for (int i = from; i < to; i++) {
      var order = Orders.defaultOrder().orderId("SO-QUIET-" + i).build();
      aws.dynamoAdapters
          .orders()
          .save(
              new com.oom.core.port.OrderChange(
                  null,
                  order,
                  0,
                  List.of(),
                  List.of(),
                  "quiet-" + i,
                  Instant.parse("2026-12-10T16:00:00Z")));
    }
  }

  /** Items the sweep's reads return, 73 h after the due order was coded, without escalating. */
  private long itemsTheSweepReads() {
    Instant before = clock.instant();
    clock.set(Instant.parse("2026-12-03T17:30:00Z"));
    aws.requests.reset();
    aws.dynamoAdapters.orders().dueForTimers(clock.instant(), 100);
    long items = aws.requests.itemsRead();
    assertThat(aws.requests.count("DynamoDb.Scan")).isZero();
    clock.set(before);
    return items;
  }

  @Test
  void two_agents_writing_one_order_at_once_lose_nothing_and_each_change_is_audited_once()
      throws Exception {
    ingest(Orders.defaultOrder(), 1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<CommandResult>> writers =
        List.of(
            () -> {
              start.await();
              return attempt("SO-1001", MOBILE, AttemptOutcome.NO_ANSWER);
            },
            () -> {
              start.await();
              return oom.addComment()
                  .handle(
                      new com.oom.core.application.AddComment.Command(
                          "req-c", "SO-1001", Actor.agent("agent-8"), "guest emailed"));
            });
    List<Future<CommandResult>> results = writers.stream().map(pool::submit).toList();
    start.countDown();
    for (Future<CommandResult> result : results) {
      assertThat(result.get().outcome()).isEqualTo(CommandResult.Outcome.APPLIED);
    }
    pool.shutdown();

    var order = aws.dynamoAdapters.orders().find("SO-1001").orElseThrow();
    assertThat(order.attempts()).hasSize(1);
    assertThat(aws.dynamoAdapters.orders().auditTrail("SO-1001"))
        .extracting(a -> a.action())
        .containsOnlyOnce("CONTACT_ATTEMPT", "COMMENT");
  }

  @Test
  void the_same_message_applied_three_times_has_one_effect() {
    var command =
        new RecordContactAttempt.Command(
            "req-same",
            "SO-1001",
            AGENT,
            MOBILE,
            ContactChannel.PHONE,
            AttemptOutcome.BUSY,
            "busy");
    ingest(Orders.defaultOrder(), 1);

    List<CommandResult.Outcome> outcomes =
        List.of(
            oom.recordContactAttempt().handle(command).outcome(),
            oom.recordContactAttempt().handle(command).outcome(),
            oom.recordContactAttempt().handle(command).outcome());

    assertThat(outcomes)
        .containsExactly(
            CommandResult.Outcome.APPLIED,
            CommandResult.Outcome.DUPLICATE,
            CommandResult.Outcome.DUPLICATE);
    assertThat(aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().attempts()).hasSize(1);
    assertThat(aws.drain(OomQueues.ERP_UPDATES))
        .filteredOn(m -> m.body().contains("CONTACT_ATTEMPT") || m.body().contains("BUSY"))
        .hasSize(1);
  }

  @Test
  void the_erps_cwc_acknowledgement_is_stored_and_a_later_est_snapshot_returns_the_order_to_oom() {
    ingest(Orders.defaultOrder(), 1);
    oom.reportTrouble()
        .handle(
            new ReportTrouble.Command(
                "req-trouble", "SO-1001", AGENT, TroubleReason.FAULTY, "door dented"));

    // the ERP's CWC snapshot: nothing changes but the acknowledgement
    CommandResult acknowledged = ingest(Orders.defaultOrder().status(FulfilmentStatus.CWC), 2);

    assertThat(acknowledged.outcome()).isEqualTo(CommandResult.Outcome.APPLIED);
    var stored = aws.dynamoAdapters.orders().find("SO-1001").orElseThrow();
    assertThat(stored.escalation().acknowledgedByErp()).isTrue();
    assertThat(stored.sequence()).isEqualTo(2);
    assertThat(aws.dynamoAdapters.orders().auditTrail("SO-1001"))
        .extracting(AuditEntry::action)
        .contains("ESCALATION_ACKNOWLEDGED");

    ingest(Orders.defaultOrder().status(FulfilmentStatus.EST), 3);

    var returned = aws.dynamoAdapters.orders().find("SO-1001").orElseThrow();
    assertThat(returned.status()).isEqualTo(FulfilmentStatus.EST);
    assertThat(returned.escalation()).isNull();
    assertThat(returned.isWorkedByOom()).isTrue();
  }
}
