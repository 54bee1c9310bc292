package com.oom.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.sqs.OomQueues;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OomFunctionTest {

  @Test
  void aConsumedQueuesVisibilityIsSixFunctionTimeoutsPlusTheBatchingWindow() {
    assertThat(OomFunction.ORDER_FEED.queueVisibilityTimeout()).isEqualTo(Duration.ofSeconds(182));
    assertThat(OomFunction.SMS_SENDER.queueVisibilityTimeout()).isEqualTo(Duration.ofSeconds(360));
  }

  @Test
  void everyInboundQueueHasExactlyOneConsumerAndOutboundQueuesNone() {
    for (String queue :
        List.of(
            OomQueues.ORDER_FEED,
            OomQueues.CONFIRMATIONS,
            OomQueues.SMS_INBOUND,
            OomQueues.SMS_REQUESTS)) {
      assertThat(
              Arrays.stream(OomFunction.values())
                  .filter(f -> f.trigger().map(t -> t.queueName().equals(queue)).orElse(false)))
          .as(queue)
          .hasSize(1);
    }
    assertThat(OomFunction.consumerOf(OomQueues.ERP_UPDATES)).isEmpty();
    assertThat(OomFunction.consumerOf(OomQueues.handOff("101"))).isEmpty();
  }

  @Test
  void aBatchOfTextsFitsInTheSendersTimeoutAtTenSecondsPerText() {
    OomFunction.SqsTrigger trigger = OomFunction.SMS_SENDER.trigger().orElseThrow();
    assertThat(Duration.ofSeconds(10).multipliedBy(trigger.batchSize()))
        .isLessThan(OomFunction.SMS_SENDER.timeout());
    assertThat(trigger.maxConcurrency())
        .isEqualTo(OomFunction.SMS_SENDER.reservedConcurrency().orElseThrow());
  }

  @Test
  void theSweepFinishesBeforeTheNextOneStartsAndTheApiBeforeTheGatewayGivesUp() {
    assertThat(OomFunction.TIMER_SWEEP.timeout()).isLessThan(Duration.ofMinutes(5));
    assertThat(OomFunction.AGENT_API.timeout()).isLessThan(Duration.ofSeconds(30));
    assertThat(OomFunction.JENNY_WEBHOOK.timeout()).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void handlersAreClassMethodReferencesInTheHandlersPackage() {
    for (OomFunction function : OomFunction.values()) {
      assertThat(function.handler()).startsWith("com.oom.handlers.").endsWith("::handleRequest");
      assertThat(function.functionName()).matches("oom-[a-z-]+");
    }
  }
}
