package com.oom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.oom.events.Contracts;
import com.oom.events.Json;
import com.oom.events.SchemaValidator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue names message contracts and sample events: they exist and they fit. */
class CatalogueContractsTest {
  private static final StoreDirectory STORES =
      StoreDirectory.standardStores("101=America/Winnipeg,303=America/Toronto");

  @Test
  void every_schema_a_queue_names_is_a_contract_of_the_events_module() {
    for (SuiteQueue queue : Queues.all(STORES)) {
      assertThat(queue.schemas()).as(queue.name()).isNotEmpty();
      for (String schema : queue.schemas()) {
        assertThat(Contracts.schemas()).as(queue.name()).contains(Contracts.path(schema));
      }
    }
  }

  @Test
  void every_function_but_the_signed_webhook_has_a_sample_event_that_exists() {
    for (SuiteFunction function : SuiteFunction.values()) {
      if (function == SuiteFunction.JENNY_WEBHOOK) {
        assertThat(function.sampleEvent()).isEmpty();
        continue;
      }
      String resource = function.sampleEvent().orElseThrow();
      assertThat(Contracts.read(resource)).as(function.name()).isNotBlank();
    }
  }

  @Test
  void a_queue_triggered_function_is_sampled_with_a_batch_from_its_own_queue() {
    for (SuiteFunction function : SuiteFunction.values()) {
      function
          .queueTrigger()
          .ifPresent(
              trigger -> {
                SQSEvent event = EventLoader.loadSQSEvent(function.sampleEvent().orElseThrow());
                assertThat(event.getRecords())
                    .extracting(SuiteQueueNames::of)
                    .as(function.name())
                    .containsOnly(trigger.queueName());
              });
    }
  }

  @Test
  void every_body_of_a_sample_batch_follows_exactly_one_schema_of_its_queue() {
    for (String resource : Contracts.lambdaEvents("sqs")) {
      for (SQSMessage message : EventLoader.loadSQSEvent(resource).getRecords()) {
        SuiteQueue queue = Queues.named(SuiteQueueNames.of(message), STORES);
        List<String> matching =
            queue.schemas().stream()
                .filter(schema -> SchemaValidator.isValid(schema, message.getBody()))
                .toList();
        assertThat(matching).as(message.getMessageId()).hasSize(1);
        if (matching.contains("sms-inbound-notification")) {
          String payload = Json.field(message.getBody(), "Message");
          assertThat(SchemaValidator.validate(Contracts.SMS_INBOUND_PAYLOAD, payload)).isEmpty();
        }
      }
    }
  }

  @Test
  void each_sample_batch_covers_every_schema_of_its_queue() {
    for (String resource : Contracts.lambdaEvents("sqs")) {
      SQSEvent event = EventLoader.loadSQSEvent(resource);
      SuiteQueue queue = Queues.named(SuiteQueueNames.of(event.getRecords().getFirst()), STORES);
      Set<String> followed =
          event.getRecords().stream()
              .flatMap(
                  m ->
                      queue.schemas().stream().filter(s -> SchemaValidator.isValid(s, m.getBody())))
              .collect(Collectors.toSet());
      assertThat(followed).as(resource).containsExactlyInAnyOrderElementsOf(queue.schemas());
    }
  }

  @Test
  void a_queue_is_found_by_name_and_an_unknown_or_unusable_name_is_refused() {
    assertThat(Queues.named("oom-order-feed", STORES).schemas())
        .containsExactly("order-snapshot", "fulfilment-outcome");
    assertThat(Queues.named("oom-handoff-303.fifo", STORES).fifo()).isTrue();
    assertThatThrownBy(() -> Queues.named("oom-handoff-303", STORES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Queues.named("oom-unknown", STORES))
        .hasMessageContaining("no such queue");
    assertThatThrownBy(() -> Queues.defaultHandOff("bad store"))
        .hasMessageContaining("not usable in a queue name");
  }

  /** The queue an SQS record came from, from its ARN. */
  private static final class SuiteQueueNames {
    static String of(SQSMessage message) {
      String arn = message.getEventSourceArn();
      return arn.substring(arn.lastIndexOf(':') + 1);
    }
  }
}
