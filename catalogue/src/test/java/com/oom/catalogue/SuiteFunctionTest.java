package com.oom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteFunctionTest {

  @Test
  void aConsumedQueuesVisibilityIsSixFunctionTimeoutsPlusTheBatchingWindow() {
    assertThat(SuiteFunction.ORDER_FEED.queueVisibilityTimeout())
        .isEqualTo(Duration.ofSeconds(182));
    assertThat(SuiteFunction.SMS_SENDER.queueVisibilityTimeout())
        .isEqualTo(Duration.ofSeconds(360));
  }

  @Test
  void everyInboundQueueHasExactlyOneConsumerAndOutboundQueuesNone() {
    for (String queue :
        List.of(Queues.ORDER_FEED, Queues.CONFIRMATIONS, Queues.SMS_INBOUND, Queues.SMS_REQUESTS)) {
      assertThat(
              Arrays.stream(SuiteFunction.values())
                  .filter(
                      f -> f.queueTrigger().map(t -> t.queueName().equals(queue)).orElse(false)))
          .as(queue)
          .hasSize(1);
    }
    assertThat(SuiteFunction.consumerOf(Queues.ERP_UPDATES)).isEmpty();
    assertThat(SuiteFunction.consumerOf(Queues.defaultHandOff("101"))).isEmpty();
  }

  @Test
  void aBatchOfTextsFitsInTheSendersTimeoutAtTenSecondsPerText() {
    Trigger.QueueTrigger trigger = SuiteFunction.SMS_SENDER.queueTrigger().orElseThrow();
    assertThat(Duration.ofSeconds(10).multipliedBy(trigger.batchSize()))
        .isLessThan(SuiteFunction.SMS_SENDER.timeout());
    assertThat(trigger.maxConcurrency())
        .isEqualTo(SuiteFunction.SMS_SENDER.reservedConcurrency().orElseThrow());
  }

  @Test
  void theSweepFinishesBeforeTheNextOneStartsAndTheApiBeforeTheGatewayGivesUp() {
    assertThat(SuiteFunction.TIMER_SWEEP.timeout()).isLessThan(Duration.ofMinutes(5));
    assertThat(SuiteFunction.AGENT_API.timeout()).isLessThan(Duration.ofSeconds(30));
    assertThat(SuiteFunction.JENNY_WEBHOOK.timeout()).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void handlersAreClassMethodReferencesInTheHandlersPackage() {
    for (SuiteFunction function : SuiteFunction.values()) {
      assertThat(function.handler()).startsWith("com.oom.handlers.").endsWith("::handleRequest");
      assertThat(function.functionName()).matches("oom-[a-z-]+");
    }
  }
}
