package com.oom.handlers.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.catalogue.Queues;
import com.oom.core.application.AddComment;
import com.oom.core.application.EscalateDueOrders;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.schedule.TimerSweepHandler;
import com.oom.handlers.schedule.TimerSweepHandler.SweepReport;
import com.oom.handlers.schedule.TimerSweepWiring;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The timer sweep on the simulated clock, through the real handler on moto. A sweep skipped for 100
 * minutes (missed schedules) catches up when it resumes: every escalation and deferred text due
 * meanwhile is processed exactly once, redelivered or overlapping runs add nothing, what is not due
 * yet waits. And no escalation fires early: sweeps (and an agent's change) at instants just before
 * the due time do nothing; at the due time it fires once, and never again.
 */
@ExtendWith(EmulatorExtension.class)
class TimersIT {
  private static final Tally TALLY = new Tally("timers");
  private static final Actor AGENT = Actor.agent("agent-7");

  /** Thursday 08:30 in Winnipeg: the last sweep before the outage. */
  private static final Instant LAST_SWEEP = Instant.parse("2026-12-03T14:30:00Z");

  /** Thursday 10:10 in Winnipeg: the first sweep after it, 100 minutes (20 schedules) later. */
  private static final Instant RESUMED = Instant.parse("2026-12-03T16:10:00Z");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T14:00:00Z"));
  private final List<Message> handOffs = new ArrayList<>();
  private AwsStack aws;
  private FakeSmsGateway gateway;
  private UseCaseFactory oom;
  private TimerSweepHandler sweep;
  private int requests;

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    gateway = new FakeSmsGateway(clock);
    oom = aws.services(gateway, OomConfig.defaults(), clock);
    sweep = TimerSweepWiring.over(oom, clock);
  }

  @AfterAll
  static void report() {
    TALLY.report();
  }

  private void at(Instant instant) {
    clock.set(instant);
  }

  private void ingest(Orders.Builder order, long sequence) {
    ingest(order, sequence, null);
  }

  /** A snapshot stating the ERP's contact code (null: none). */
  private void ingest(Orders.Builder order, long sequence, ErpContactCode code) {
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-" + order.details().orderId() + "-" + sequence,
                new ErpSnapshot(order.details(), sequence, clock.instant(), code)));
  }

  private void code(String orderId, ContactStatus status) {
    oom.setContactStatus()
        .handle(
            new SetContactStatus.Command(
                "req-" + (++requests), orderId, AGENT, status, null, "guest asked", null));
  }

  private void attempt(String orderId, PhoneNumber phone) {
    oom.recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                "req-" + (++requests),
                orderId,
                AGENT,
                phone,
                ContactChannel.PHONE,
                AttemptOutcome.NO_ANSWER,
                "no answer"));
  }

  private OpenOrder order(String orderId) {
    return aws.dynamoAdapters.orders().find(orderId).orElseThrow();
  }

  /** Hand-offs published to store 101's queue so far, per order. */
  private Map<String, Integer> handOffsPerOrder() {
    handOffs.addAll(aws.drain(Queues.defaultHandOff("101")));
    return Tally.perOrder(handOffs);
  }

  private long escalatedEntries(String orderId) {
    return aws.dynamoAdapters.orders().auditTrail(orderId).stream()
        .filter(e -> e.action().equals("ESCALATED"))
        .count();
  }

  private SweepReport sweepAt(Instant instant, String sweepId) {
    at(instant);
    return sweep.sweep(sweepId);
  }

  @Test
  void a_sweep_resumed_after_100_minutes_processes_everything_due_meanwhile_exactly_once()
      throws Exception {
    // Nine orders coded CANCEL or BALDUE on Monday: their 72 h run out every 10 minutes from
    // 14:40 to 16:00 on Thursday, all inside the outage.
    Map<String, Instant> dueInOutage = new TreeMap<>();
    for (int i = 0; i < 9; i++) {
      String orderId = "SO-T" + i;
      ingest(Orders.defaultOrder().orderId(orderId).notAvailable().balanceDue("300.00"), 1);
      Instant coded = Instant.parse("2026-11-30T14:40:00Z").plus(Duration.ofMinutes(10L * i));
      at(coded);
      code(orderId, i % 2 == 0 ? ContactStatus.CANCEL : ContactStatus.BALDUE);
      dueInOutage.put(orderId, coded.plus(Duration.ofHours(72)));
    }
    // Due inside the outage but resolved before it: the balance was paid on Wednesday.
    ingest(Orders.defaultOrder().orderId("SO-PAID").notAvailable().balanceDue("300.00"), 1);
    at(Instant.parse("2026-11-30T15:20:00Z"));
    code("SO-PAID", ContactStatus.BALDUE);
    at(Instant.parse("2026-12-02T18:00:00Z"));
    ingest(Orders.defaultOrder().orderId("SO-PAID").notAvailable().balanceDue("0.00"), 2);
    // Due 20 minutes after the sweep resumes.
    ingest(Orders.defaultOrder().orderId("SO-LATER").notAvailable(), 1);
    at(Instant.parse("2026-11-30T16:30:00Z"));
    code("SO-LATER", ContactStatus.CANCEL);
    aws.drain(OomQueues.SMS_REQUESTS);

    // Thursday 06:00: three new orders whose "merchandise available" texts fall in quiet hours
    // and are deferred to 09:00 (15:00Z), also inside the outage.
    at(Instant.parse("2026-12-03T12:00:00Z"));
    for (int i = 0; i < 3; i++) {
      ingest(
          Orders.defaultOrder()
              .orderId("SO-TXT" + i)
              .phones(
                  new GuestPhone(
                      PhoneNumber.parse("204-555-016" + i), PhoneType.MOBILE, /* consent */ true)),
          1);
    }
    String[] smsRequests =
        aws.drain(OomQueues.SMS_REQUESTS).stream().map(Message::body).toArray(String[]::new);
    assertThat(smsRequests).hasSize(3);
    assertThat(
            SmsSenderWiring.over(oom)
                .handleRequest(
                    SqsEvents.of(OomQueues.SMS_REQUESTS, smsRequests),
                    new FakeContext("sms-sender"))
                .getBatchItemFailures())
        .isEmpty();
    assertThat(gateway.sent).isEmpty();

    // The schedule runs every 5 minutes up to 08:30, then misses 20 runs.
    for (Instant t = Instant.parse("2026-12-03T14:00:00Z");
        !t.isAfter(LAST_SWEEP);
        t = t.plus(Duration.ofMinutes(5))) {
      Instant instant = t;
      TALLY.check(
          () -> {
            SweepReport before = sweepAt(instant, "sweep-" + instant);
            assertThat(before.escalated()).as("escalations at %s", instant).isZero();
            assertThat(before.textsSent()).as("texts at %s", instant).isZero();
          });
    }
    assertThat(handOffsPerOrder()).isEmpty();

    TALLY.check(
        () -> {
          SweepReport resumed = sweepAt(RESUMED, "sweep-resumed");
          assertThat(resumed.escalated()).isEqualTo(dueInOutage.size());
          assertThat(resumed.textsSent()).isEqualTo(3);
        });
    for (String orderId : dueInOutage.keySet()) {
      TALLY.check(
          () -> {
            OpenOrder escalated = order(orderId);
            assertThat(escalated.status()).isEqualTo(FulfilmentStatus.CWC);
            // late by the outage, never before its due time
            assertThat(escalated.escalation().at())
                .isEqualTo(RESUMED)
                .isAfterOrEqualTo(dueInOutage.get(orderId));
            assertThat(escalatedEntries(orderId)).isOne();
          });
    }
    TALLY.check(
        () -> {
          assertThat(order("SO-PAID").status()).isNotEqualTo(FulfilmentStatus.CWC);
          assertThat(order("SO-LATER").status()).isNotEqualTo(FulfilmentStatus.CWC);
          assertThat(gateway.sent)
              .extracting(FakeSmsGateway.Text::orderId)
              .containsExactlyInAnyOrder("SO-TXT0", "SO-TXT1", "SO-TXT2");
        });

    // The scheduler retries the resumed run (same invocation id), and a second run overlaps it
    // (another id, same instant): neither escalates nor texts again.
    TALLY.check(
        () -> {
          SweepReport retried = sweepAt(RESUMED, "sweep-resumed");
          SweepReport overlapping = sweepAt(RESUMED, "sweep-resumed-twin");
          assertThat(retried.escalated() + overlapping.escalated()).isZero();
          assertThat(retried.textsSent() + overlapping.textsSent()).isZero();
        });
    // Back on schedule: only SO-LATER, at 16:30.
    for (Instant t = RESUMED.plus(Duration.ofMinutes(5));
        !t.isAfter(Instant.parse("2026-12-03T16:45:00Z"));
        t = t.plus(Duration.ofMinutes(5))) {
      Instant instant = t;
      TALLY.check(
          () -> {
            SweepReport report = sweepAt(instant, "sweep-" + instant);
            boolean laterDue = instant.equals(Instant.parse("2026-12-03T16:30:00Z"));
            assertThat(report.escalated())
                .as("escalations at %s", instant)
                .isEqualTo(laterDue ? 1 : 0);
            assertThat(report.textsSent()).isZero();
          });
    }

    TALLY.check(
        () -> {
          Map<String, Integer> expected = new HashMap<>();
          dueInOutage.keySet().forEach(id -> expected.put(id, 1));
          expected.put("SO-LATER", 1);
          assertThat(handOffsPerOrder()).isEqualTo(expected);
          assertThat(gateway.sent).hasSize(3);
          assertThat(aws.dynamoAdapters.orders().oldestDueTimer(clock.instant())).isEmpty();
        });
  }

  @Test
  void a_backlog_larger_than_one_run_is_worked_off_by_the_next_runs_each_order_once()
      throws Exception {
    for (int i = 0; i < 9; i++) {
      ingest(Orders.defaultOrder().orderId("SO-B" + i).notAvailable(), 1);
      at(Instant.parse("2026-11-30T14:40:00Z").plus(Duration.ofMinutes(i)));
      code("SO-B" + i, ContactStatus.CANCEL);
      // the ERP shows the code at once: what is due is the escalations only
      ingest(
          Orders.defaultOrder().orderId("SO-B" + i).notAvailable(),
          2,
          new ErpContactCode(ContactStatus.CANCEL, null, clock.instant()));
    }
    at(RESUMED);
    EscalateDueOrders escalations = oom.escalateDueOrders();

    List<Integer> pages = new ArrayList<>();
    for (int run = 0; run < 4; run++) {
      int page = run;
      TALLY.check(
          () -> {
            EscalateDueOrders.Result result = escalations.handle("page-" + page, 4);
            pages.add(result.escalated());
            // a full page reports the backlog left behind (the alarm's metric), oldest first
            if (page < 2) {
              assertThat(result.oldestStillDue())
                  .isEqualTo(
                      Instant.parse("2026-12-03T14:40:00Z")
                          .plus(Duration.ofMinutes(4L * page + 4)));
            } else {
              assertThat(result.oldestStillDue()).isNull();
            }
          });
    }
    TALLY.check(
        () -> {
          assertThat(pages).containsExactly(4, 4, 1, 0);
          assertThat(handOffsPerOrder()).hasSize(9).allSatisfy((id, n) -> assertThat(n).isOne());
        });
  }

  /** The three timed rules, each set up so that it is due at a known instant. */
  enum Rule {
    CANCEL_REQUEST,
    BALANCE_DUE,
    NO_CONTACT
  }

  /** Sets the rule's timer running on SO-1001 and returns when it is due. */
  private Instant arm(Rule rule) {
    return switch (rule) {
      case CANCEL_REQUEST, BALANCE_DUE -> {
        ingest(Orders.defaultOrder().notAvailable().balanceDue("450.00"), 1);
        at(Instant.parse("2026-11-30T16:00:00.123Z"));
        code("SO-1001", rule == Rule.CANCEL_REQUEST ? ContactStatus.CANCEL : ContactStatus.BALDUE);
        yield Instant.parse("2026-12-03T16:00:00.123Z");
      }
      case NO_CONTACT -> {
        ingest(Orders.defaultOrder().notAvailable(), 1);
        at(Instant.parse("2026-11-30T16:00:00.123Z"));
        code("SO-1001", ContactStatus.HOLD);
        attempt("SO-1001", Orders.MOBILE); // Monday 10:00: weekday day
        at(Instant.parse("2026-12-01T01:30:00Z"));
        attempt("SO-1001", Orders.HOME); // Monday 19:30: weekday night
        at(Instant.parse("2026-12-02T16:00:00Z"));
        attempt("SO-1001", Orders.MOBILE);
        at(Instant.parse("2026-12-05T17:00:00Z"));
        attempt("SO-1001", Orders.MOBILE); // Saturday: weekend
        at(Instant.parse("2026-12-06T18:00:00Z"));
        attempt("SO-1001", Orders.HOME);
        yield Instant.parse("2026-12-07T16:00:00.123Z"); // first attempt + 7 days
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Rule.class)
  void an_escalation_never_fires_before_its_due_time_and_fires_once_at_it(Rule rule)
      throws Exception {
    Instant due = arm(rule);
    aws.drain(Queues.defaultHandOff("101"));

    List<Duration> before =
        List.of(
            Duration.ofMinutes(-5),
            Duration.ofSeconds(-1),
            Duration.ofMillis(-1),
            Duration.ofMillis(-1));
    for (int i = 0; i < before.size(); i++) {
      Instant instant = due.plus(before.get(i));
      String sweepId = "early-" + i;
      TALLY.check(
          () -> {
            assertThat(sweepAt(instant, sweepId).escalated()).as("sweep at %s", instant).isZero();
            assertThat(order("SO-1001").status()).isNotEqualTo(FulfilmentStatus.CWC);
          });
    }
    // An agent's change just before the due time does not escalate either.
    TALLY.check(
        () -> {
          at(due.minusMillis(1));
          oom.addComment()
              .handle(new AddComment.Command("c-early", "SO-1001", AGENT, "left a message"));
          assertThat(order("SO-1001").status()).isNotEqualTo(FulfilmentStatus.CWC);
          assertThat(order("SO-1001").escalation()).isNull();
        });
    TALLY.check(
        () -> {
          assertThat(sweepAt(due, "on-time").escalated()).isOne();
          OpenOrder escalated = order("SO-1001");
          assertThat(escalated.status()).isEqualTo(FulfilmentStatus.CWC);
          assertThat(escalated.escalation().at()).isEqualTo(due);
          assertThat(escalated.escalation().reason())
              .isEqualTo(EscalationReason.valueOf(rule.name()));
        });
    for (Duration after : List.of(Duration.ZERO, Duration.ofMillis(1), Duration.ofMinutes(5))) {
      Instant instant = due.plus(after);
      TALLY.check(() -> assertThat(sweepAt(instant, "late-" + after).escalated()).isZero());
    }
    TALLY.check(
        () -> {
          assertThat(handOffsPerOrder()).isEqualTo(Map.of("SO-1001", 1));
          assertThat(escalatedEntries("SO-1001")).isOne();
        });
  }
}
