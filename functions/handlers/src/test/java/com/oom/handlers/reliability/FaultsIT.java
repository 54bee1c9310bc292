package com.oom.handlers.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.port.SmsGateway;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.schedule.TimerSweepHandler;
import com.oom.handlers.schedule.TimerSweepWiring;
import com.oom.handlers.smssender.SmsSenderHandler;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SMS gateway answering "try again later" (throttling, a 5xx, a timeout all map to {@code
 * Retryable}) for a while: the text is deferred, not dropped, not sent twice, and goes out once the
 * gateway recovers, by the sweep — however often the request is redelivered meanwhile.
 */
@ExtendWith(EmulatorExtension.class)
class FaultsIT {
  private static int cases;
  private static int failures;
  private final MutableClock clock = new MutableClock(Orders.MONDAY_10_AM_WINNIPEG);
  private AwsStack aws;
  private FakeSmsGateway gateway;
  private UseCaseFactory oom;

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    gateway = new FakeSmsGateway(clock);
    oom = aws.services(gateway, OomConfig.defaults(), clock);
  }

  @AfterAll
  static void report() {
    System.out.printf("RELIABILITY faults: %d cases, %d failures%n", cases, failures);
  }

  @ParameterizedTest(name = "gateway answers {0} three times")
  @ValueSource(strings = {"ThrottlingException", "InternalServerException 503", "timeout"})
  void a_text_the_gateway_cannot_take_now_is_sent_exactly_once_when_it_recovers(String fault) {
    cases++;
    boolean ok = false;
    try {
      oom.ingestSnapshot()
          .handle(
              new IngestSnapshot.Command(
                  "erp-1",
                  new ErpSnapshot(Orders.defaultOrder().details(), 1, clock.instant(), null)));
      String request = aws.drain(OomQueues.SMS_REQUESTS).getFirst().body();
      SmsSenderHandler sender = SmsSenderWiring.over(oom);
      TimerSweepHandler sweep = TimerSweepWiring.over(oom, clock);
      gateway.answer(() -> new SmsGateway.SendResult.Retryable(fault));

      for (int i = 0; i < 3; i++) {
        assertThat(
                sender
                    .handleRequest(
                        SqsEvents.of(OomQueues.SMS_REQUESTS, request),
                        new FakeContext("sms-sender"))
                    .getBatchItemFailures())
            .isEmpty();
        clock.advance(Duration.ofMinutes(6));
        sweep.sweep("sweep-fault-" + i);
      }
      assertThat(gateway.sent).isEmpty();

      gateway.answer(() -> new SmsGateway.SendResult.Sent("msg-ok"));
      for (int i = 0; i < 4; i++) {
        clock.advance(Duration.ofMinutes(6));
        sweep.sweep("sweep-ok-" + i);
        sender.handleRequest(
            SqsEvents.of(OomQueues.SMS_REQUESTS, request), new FakeContext("sms-sender"));
      }

      assertThat(gateway.sent)
          .singleElement()
          .satisfies(t -> assertThat(t.orderId()).isEqualTo("SO-1001"));
      ok = true;
    } finally {
      if (!ok) {
        failures++;
      }
    }
  }
}
