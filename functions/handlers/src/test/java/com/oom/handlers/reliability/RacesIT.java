package com.oom.handlers.reliability;

import static com.oom.handlers.testing.FeedMessages.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.json.ApiJson;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.catalogue.Queues;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.audit.AuditEntry;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.AgentApiHandler;
import com.oom.handlers.api.AgentApiWiring;
import com.oom.handlers.api.ApiTestbed;
import com.oom.handlers.orderfeed.OrderFeedHandler;
import com.oom.handlers.orderfeed.OrderFeedWiring;
import com.oom.handlers.schedule.TimerSweepHandler;
import com.oom.handlers.schedule.TimerSweepWiring;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.HttpEvents;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writers racing on one order at one instant, released together by a latch from threads, through
 * the real handlers on two "containers" (two wirings) on moto (whose requests are serialized like
 * DynamoDB's conditional writes, see {@code MotoServer}): agents' API calls against the timer sweep
 * at the very instant an escalation falls due, two agents at once, and the ERP's snapshot arriving
 * during an escalation. Each race is repeated on a fresh order. Whatever the interleaving: no
 * accepted change is lost (it is in the final state and once in the audit trail), a refused one is
 * a clear 409 problem that wrote nothing, and each escalation hands off exactly once (the store's
 * FIFO queue is drained and counted).
 */
@ExtendWith(EmulatorExtension.class)
class RacesIT {
  private static final Tally TALLY = new Tally("races");
  private static final int REPETITIONS = 8;
  private static final Instant START = Instant.parse("2026-11-30T16:00:00Z");
  private static final Duration GRACE = Duration.ofHours(72);
  private static final LocalDate NEW_DATE = LocalDate.of(2026, 12, 18);

  private final MutableClock clock = new MutableClock(START);
  private AwsStack aws;
  private UseCaseFactory containerA;
  private AgentApiHandler apiA;
  private AgentApiHandler apiB;
  private OrderFeedHandler feed;
  private TimerSweepHandler sweep;

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    FakeSmsGateway gateway = new FakeSmsGateway(clock);
    containerA = aws.services(gateway, OomConfig.defaults(), clock);
    UseCaseFactory containerB = aws.services(gateway, OomConfig.defaults(), clock);
    apiA = AgentApiWiring.over(containerA, ApiTestbed.CURSOR_KEY);
    apiB = AgentApiWiring.over(containerB, ApiTestbed.CURSOR_KEY);
    feed = OrderFeedWiring.over(containerA);
    sweep = TimerSweepWiring.over(containerB, clock);
  }

  @AfterAll
  static void report() {
    TALLY.report();
  }

  // ---- set-up ----------------------------------------------------------------------------------

  private static String orderId(String race, int repetition) {
    return "SO-" + race + "-" + repetition;
  }

  /** Orders for each repetition, coded {@code code} a minute apart: due one after the other. */
  private void orders(String race, ContactStatus code) {
    for (int i = 0; i < REPETITIONS; i++) {
      clock.set(START.plus(Duration.ofMinutes(i)));
      String orderId = orderId(race, i);
      containerA
          .ingestSnapshot()
          .handle(
              new IngestSnapshot.Command(
                  "erp-" + orderId,
                  new ErpSnapshot(order(orderId).details(), 1, clock.instant(), null)));
      if (code != null) {
        containerA
            .setContactStatus()
            .handle(
                new SetContactStatus.Command(
                    "code-" + orderId,
                    orderId,
                    Actor.agent("agent-0"),
                    code,
                    null,
                    "guest asked",
                    null));
      }
    }
  }

  private static Orders.Builder order(String orderId) {
    return Orders.defaultOrder().orderId(orderId).notAvailable().balanceDue("300.00");
  }

  /** 0, 40, …, 280 ms: how long repetition {@code i} holds back one racer. */
  private static int stagger(int i) {
    return 40 * i;
  }

  /** The instant repetition {@code i}'s grace period runs out. */
  private static Instant due(int i) {
    return START.plus(Duration.ofMinutes(i)).plus(GRACE);
  }

  // ---- the racers ------------------------------------------------------------------------------

  /** Runs every task at once (released by one latch) and returns their results in order. */
  private static List<Object> atOnce(List<Callable<Object>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
      List<Future<Object>> running = new ArrayList<>();
      for (Callable<Object> task : tasks) {
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> result : running) {
        results.add(result.get());
      }
      return results;
    }
  }

  private static Callable<Object> attempt(AgentApiHandler api, String orderId, String agent) {
    return () ->
        api.handleRequest(
            HttpEvents.route("POST /orders/{orderId}/contact-attempts", "orderId", orderId)
                .as(agent, "oom-agent")
                .body(
                    "{\"phone\":\"+12045550142\",\"channel\":\"PHONE\",\"outcome\":\"NO_ANSWER\","
                        + "\"comment\":\"rang out, by "
                        + agent
                        + "\"}")
                .build(),
            new FakeContext("agent-api"));
  }

  private static Callable<Object> comment(AgentApiHandler api, String orderId, String agent) {
    return () ->
        api.handleRequest(
            HttpEvents.route("POST /orders/{orderId}/comments", "orderId", orderId)
                .as(agent, "oom-agent")
                .body("{\"comment\":\"guest emailed, noted by " + agent + "\"}")
                .build(),
            new FakeContext("agent-api"));
  }

  private static Callable<Object> status(
      AgentApiHandler api, String orderId, String agent, String status, Long expectedVersion) {
    String body =
        "{\"status\":\""
            + status
            + "\",\"comment\":\"set by "
            + agent
            + "\""
            + (expectedVersion == null ? "" : ",\"expectedVersion\":" + expectedVersion)
            + "}";
    return () ->
        api.handleRequest(
            HttpEvents.route("PUT /orders/{orderId}/contact-status", "orderId", orderId)
                .as(agent, "oom-agent")
                .body(body)
                .build(),
            new FakeContext("agent-api"));
  }

  private Callable<Object> sweep(String sweepId) {
    return () -> sweep.sweep(sweepId);
  }

  /**
   * The task started {@code millis} after the others: repetitions stagger one racer so that each
   * side sometimes commits first (the sweep reads its eight timer shards before it writes).
   */
  private static Callable<Object> after(int millis, Callable<Object> task) {
    return () -> {
      Thread.sleep(millis);
      return task.call();
    };
  }

  /** The ERP's next snapshot: re-dated, balance still owing. */
  private Callable<Object> redated(String orderId) {
    String body = snapshot("erp-redate-" + orderId, 2, order(orderId).fulfilmentDate(NEW_DATE));
    return () -> delivered(body);
  }

  /** Delivers until the handler reports no failure (SQS redelivers a reported one). */
  private SQSBatchResponse delivered(String body) {
    SQSBatchResponse response = null;
    for (int delivery = 0; delivery < 5; delivery++) {
      response =
          feed.handleRequest(
              SqsEvents.of(OomQueues.ORDER_FEED, body), new FakeContext("order-feed"));
      if (response.getBatchItemFailures().isEmpty()) {
        return response;
      }
    }
    return response;
  }

  // ---- what is checked -------------------------------------------------------------------------

  private OpenOrder stored(String orderId) {
    return aws.dynamoAdapters.orders().find(orderId).orElseThrow();
  }

  /** Audit entries of the order by action. */
  private Map<String, Integer> audit(String orderId) {
    Map<String, Integer> actions = new TreeMap<>();
    for (AuditEntry entry : aws.dynamoAdapters.orders().auditTrail(orderId)) {
      actions.merge(entry.action(), 1, Integer::sum);
    }
    return actions;
  }

  private Map<String, Integer> handOffs() {
    return Tally.perOrder(aws.drain(Queues.defaultHandOff("101")));
  }

  /** Every repetition's order was handed off exactly once, whoever escalated it. */
  private void handedOffOnceEach(String race, Map<String, Integer> escalatedBy) throws Exception {
    System.out.println("races: " + race + " escalated by " + escalatedBy);
    TALLY.check(
        () ->
            assertThat(handOffs())
                .hasSize(REPETITIONS)
                .allSatisfy((id, n) -> assertThat(n).isOne()));
  }

  private static JsonNode body(APIGatewayV2HTTPResponse response) {
    try {
      return ApiJson.mapper().readTree(response.getBody());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A refusal is a 409 problem of one of these kinds. */
  private static void assertConflict(APIGatewayV2HTTPResponse response, String... kinds) {
    assertThat(response.getStatusCode()).isEqualTo(409);
    assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
    JsonNode problem = body(response);
    assertThat(problem.path("status").asInt()).isEqualTo(409);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("type").asText().replace("https://oom.example/problems/", ""))
        .isIn((Object[]) kinds);
  }

  private void tallyOutcome(Map<String, Integer> outcome, String which) {
    outcome.merge(which, 1, Integer::sum);
  }

  /** Which racer committed the escalation: the sweep (its report says so) or another writer. */
  private static String escalatedBy(Object sweepReport) {
    return ((TimerSweepHandler.SweepReport) sweepReport).escalated() == 1 ? "sweep" : "other";
  }

  private static int count(Map<String, Integer> actions, String action) {
    return actions.getOrDefault(action, 0);
  }

  // ---- the races -------------------------------------------------------------------------------

  @Test
  void an_agents_attempt_and_the_sweep_at_the_due_instant_keep_the_attempt_and_hand_off_once()
      throws Exception {
    orders("ATT", ContactStatus.CANCEL);
    Map<String, Integer> outcome = new TreeMap<>();
    for (int i = 0; i < REPETITIONS; i++) {
      int rep = i;
      String orderId = orderId("ATT", i);
      Instant due = due(i);
      clock.set(due);
      TALLY.check(
          () -> {
            List<Object> results =
                atOnce(
                    List.of(
                        after(stagger(rep), attempt(apiA, orderId, "ana")),
                        sweep("sweep-att-" + due)));
            APIGatewayV2HTTPResponse answer = (APIGatewayV2HTTPResponse) results.get(0);
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(201);
            String attemptId = body(answer).path("attempt").path("attemptId").asText();
            tallyOutcome(outcome, escalatedBy(results.get(1)));
            OpenOrder order = stored(orderId);
            assertThat(order.attempts()).extracting(a -> a.attemptId()).containsExactly(attemptId);
            assertThat(order.status()).isEqualTo(FulfilmentStatus.CWC);
            assertThat(order.escalation().at()).isEqualTo(due);
            Map<String, Integer> audit = audit(orderId);
            assertThat(count(audit, "CONTACT_ATTEMPT")).isOne();
            assertThat(count(audit, "ESCALATED")).isOne();
          });
    }
    handedOffOnceEach("ATT", outcome);
  }

  @Test
  void an_agents_status_change_and_the_sweep_at_the_due_instant_either_resolve_or_escalate_cleanly()
      throws Exception {
    orders("STS", ContactStatus.CANCEL);
    Map<String, Integer> outcome = new TreeMap<>();
    Map<String, Integer> expectedHandOffs = new TreeMap<>();
    for (int i = 0; i < REPETITIONS; i++) {
      int rep = i;
      String orderId = orderId("STS", i);
      Instant due = due(i);
      clock.set(due);
      // half the agents send the version their screen shows
      Long expectedVersion = i % 2 == 0 ? null : stored(orderId).version();
      TALLY.check(
          () -> {
            List<Object> results =
                atOnce(
                    List.of(
                        after(stagger(rep), status(apiA, orderId, "ana", "HOLD", expectedVersion)),
                        sweep("sweep-sts-" + due)));
            APIGatewayV2HTTPResponse answer = (APIGatewayV2HTTPResponse) results.get(0);
            OpenOrder order = stored(orderId);
            Map<String, Integer> audit = audit(orderId);
            if (answer.getStatusCode() == 200) {
              // the agent resolved the cancel request at the last moment: no escalation
              tallyOutcome(outcome, "agent first");
              assertThat(order.contactStatus()).isEqualTo(ContactStatus.HOLD);
              assertThat(order.status()).isNotEqualTo(FulfilmentStatus.CWC);
              assertThat(count(audit, "CONTACT_STATUS")).isEqualTo(2);
              assertThat(count(audit, "ESCALATED")).isZero();
            } else {
              tallyOutcome(outcome, "sweep first");
              assertConflict(answer, "rule-violation", "version-conflict");
              assertThat(order.contactStatus()).isEqualTo(ContactStatus.CANCEL);
              assertThat(order.status()).isEqualTo(FulfilmentStatus.CWC);
              assertThat(count(audit, "CONTACT_STATUS")).isOne();
              assertThat(count(audit, "ESCALATED")).isOne();
              expectedHandOffs.put(orderId, 1);
            }
          });
    }
    System.out.println("races: agent's status change vs sweep: " + outcome);
    TALLY.check(() -> assertThat(handOffs()).isEqualTo(expectedHandOffs));
  }

  @Test
  void two_agents_on_one_order_at_once_both_changes_are_kept() throws Exception {
    orders("TWO", null);
    for (int i = 0; i < REPETITIONS; i++) {
      String orderId = orderId("TWO", i);
      TALLY.check(
          () -> {
            List<Object> results =
                atOnce(
                    List.of(
                        attempt(apiA, orderId, "ana"),
                        comment(apiB, orderId, "bob"),
                        status(apiB, orderId, "cy", "CALLBACK", null)));
            for (Object result : results) {
              APIGatewayV2HTTPResponse answer = (APIGatewayV2HTTPResponse) result;
              assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(200, 201);
            }
            OpenOrder order = stored(orderId);
            assertThat(order.attempts()).hasSize(1);
            assertThat(order.contactStatus()).isEqualTo(ContactStatus.CALLBACK);
            assertThat(order.version()).isEqualTo(1 + 3);
            Map<String, Integer> audit = audit(orderId);
            assertThat(count(audit, "CONTACT_ATTEMPT")).isOne();
            assertThat(count(audit, "COMMENT")).isOne();
            assertThat(count(audit, "CONTACT_STATUS")).isOne();
          });
    }
  }

  @Test
  void two_agents_with_the_same_expected_version_exactly_one_wins_the_other_gets_409()
      throws Exception {
    orders("VER", null);
    for (int i = 0; i < REPETITIONS; i++) {
      String orderId = orderId("VER", i);
      long version = stored(orderId).version();
      TALLY.check(
          () -> {
            List<Object> results =
                atOnce(
                    List.of(
                        status(apiA, orderId, "ana", "HOLD", version),
                        status(apiB, orderId, "bob", "CALLBACK", version)));
            APIGatewayV2HTTPResponse ana = (APIGatewayV2HTTPResponse) results.get(0);
            APIGatewayV2HTTPResponse bob = (APIGatewayV2HTTPResponse) results.get(1);
            assertThat(List.of(ana.getStatusCode(), bob.getStatusCode()))
                .containsExactlyInAnyOrder(200, 409);
            APIGatewayV2HTTPResponse loser = ana.getStatusCode() == 409 ? ana : bob;
            assertConflict(loser, "version-conflict");
            OpenOrder order = stored(orderId);
            assertThat(order.contactStatus())
                .isEqualTo(
                    ana.getStatusCode() == 200 ? ContactStatus.HOLD : ContactStatus.CALLBACK);
            assertThat(order.version()).isEqualTo(version + 1);
            assertThat(count(audit(orderId), "CONTACT_STATUS")).isOne();
          });
    }
  }

  @Test
  void an_erp_snapshot_during_an_escalation_is_applied_and_the_order_handed_off_once()
      throws Exception {
    orders("ERP", ContactStatus.BALDUE);
    Map<String, Integer> outcome = new TreeMap<>();
    for (int i = 0; i < REPETITIONS; i++) {
      int rep = i;
      String orderId = orderId("ERP", i);
      Instant due = due(i);
      clock.set(due);
      TALLY.check(
          () -> {
            List<Object> results =
                atOnce(List.of(after(stagger(rep), redated(orderId)), sweep("sweep-erp-" + due)));
            assertThat(((SQSBatchResponse) results.get(0)).getBatchItemFailures()).isEmpty();
            tallyOutcome(outcome, escalatedBy(results.get(1)));
            OpenOrder order = stored(orderId);
            assertThat(order.sequence()).isEqualTo(2);
            assertThat(order.details().fulfilmentDate()).isEqualTo(NEW_DATE);
            // the ERP's EST does not undo OOM's CWC before the ERP has seen the write-back
            assertThat(order.status()).isEqualTo(FulfilmentStatus.CWC);
            Map<String, Integer> audit = audit(orderId);
            assertThat(count(audit, "ERP_UPDATE")).isOne();
            assertThat(count(audit, "ESCALATED")).isOne();
          });
    }
    handedOffOnceEach("ERP", outcome);
  }

  @Test
  void an_agent_the_erp_and_the_sweep_at_once_lose_nothing_and_hand_off_once() throws Exception {
    orders("ALL", ContactStatus.BALDUE);
    Map<String, Integer> outcome = new TreeMap<>();
    for (int i = 0; i < REPETITIONS; i++) {
      int rep = i;
      String orderId = orderId("ALL", i);
      Instant due = due(i);
      clock.set(due);
      TALLY.check(
          () -> {
            List<Object> results =
                atOnce(
                    List.of(
                        after(stagger(rep), attempt(apiB, orderId, "ana")),
                        after(stagger(REPETITIONS - 1 - rep), redated(orderId)),
                        sweep("sweep-all-" + due)));
            APIGatewayV2HTTPResponse answer = (APIGatewayV2HTTPResponse) results.get(0);
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(201);
            assertThat(((SQSBatchResponse) results.get(1)).getBatchItemFailures()).isEmpty();
            tallyOutcome(outcome, escalatedBy(results.get(2)));
            OpenOrder order = stored(orderId);
            assertThat(order.attempts()).hasSize(1);
            assertThat(order.details().fulfilmentDate()).isEqualTo(NEW_DATE);
            assertThat(order.status()).isEqualTo(FulfilmentStatus.CWC);
            Map<String, Integer> audit = audit(orderId);
            assertThat(count(audit, "CONTACT_ATTEMPT")).isOne();
            assertThat(count(audit, "ERP_UPDATE")).isOne();
            assertThat(count(audit, "ESCALATED")).isOne();
          });
    }
    handedOffOnceEach("ALL", outcome);
  }
}
