package com.oom.handlers.common;

import static com.oom.handlers.testing.FeedMessages.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.oom.aws.testing.AwsStack;
import com.oom.core.config.OomConfig;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.orderfeed.OrderFeedHandler;
import com.oom.handlers.orderfeed.OrderFeedWiring;
import com.oom.handlers.testing.EmfMetrics;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message for a store not in the store directory (the stack's are 101 and 202) is refused: a
 * batch item failure (redelivered, then in the DLQ), nothing written, a warning naming the store,
 * and one {@code UnknownStoreMessages} per message in the function's EMF output, which the stack
 * alarms on. The batch arrives as Lambda's JSON and its answer leaves as JSON.
 */
@ExtendWith(EmulatorExtension.class)
class UnknownStoreMessagesIT {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T16:00:00Z"));
  private AwsStack aws;
  private OrderFeedHandler handler;

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    handler =
        OrderFeedWiring.over(aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock));
  }

  @Test
  void
      an_order_feed_snapshot_for_store_999_is_a_batch_item_failure_writes_nothing_and_is_counted() {
    SQSEvent event =
        SqsEvents.of(
            "oom-order-feed",
            snapshot("e-999", 1, Orders.defaultOrder().orderId("SO-9001").storeId("999")));
    aws.requests.reset();

    String[] answer = new String[1];
    EmfMetrics.Written written = EmfMetrics.during(() -> answer[0] = invokeAsLambda(event));

    assertThat(answer[0]).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-0\"}]}");
    assertThat(aws.requests.snapshot().keySet())
        .as("nothing written")
        .noneMatch(
            op ->
                op.matches(
                    ".*\\.(PutItem|UpdateItem|DeleteItem|TransactWriteItems|BatchWriteItem"
                        + "|SendMessage|SendMessageBatch)"));
    assertThat(aws.dynamoAdapters.orders().find("SO-9001")).isEmpty();
    assertThat(written.metric(SqsBatch.UNKNOWN_STORE_METRIC)).isEqualTo(1.0);
    assertThat(written.lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("\"level\":\"WARN\"")
                    .contains("store 999 is not in the store directory"));
  }

  @Test
  void known_stores_messages_of_the_same_batch_commit_and_each_unknown_one_is_counted() {
    SQSEvent event =
        SqsEvents.of(
            "oom-order-feed",
            snapshot("e-1", 1, Orders.defaultOrder().orderId("SO-1001").storeId("101")),
            snapshot("e-2", 1, Orders.defaultOrder().orderId("SO-9001").storeId("999")),
            snapshot("e-3", 1, Orders.defaultOrder().orderId("SO-9002").storeId("998")),
            snapshot("e-4", 1, Orders.defaultOrder().orderId("SO-2001").storeId("202")));

    String[] answer = new String[1];
    EmfMetrics.Written written = EmfMetrics.during(() -> answer[0] = invokeAsLambda(event));

    assertThat(answer[0])
        .isEqualTo(
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"m-1\"},{\"itemIdentifier\":\"m-2\"}]}");
    assertThat(aws.dynamoAdapters.orders().find("SO-1001")).isPresent();
    assertThat(aws.dynamoAdapters.orders().find("SO-2001")).isPresent();
    assertThat(aws.dynamoAdapters.orders().find("SO-9001")).isEmpty();
    assertThat(aws.dynamoAdapters.orders().find("SO-9002")).isEmpty();
    assertThat(written.metric(SqsBatch.UNKNOWN_STORE_METRIC)).isEqualTo(2.0);
  }

  @Test
  void a_batch_of_known_stores_counts_no_unknown_store() {
    SQSEvent event =
        SqsEvents.of(
            "oom-order-feed",
            snapshot("e-1", 1, Orders.defaultOrder().orderId("SO-1001").storeId("101")));

    EmfMetrics.Written written = EmfMetrics.during(() -> invokeAsLambda(event));

    assertThat(written.metrics()).doesNotContainKey(SqsBatch.UNKNOWN_STORE_METRIC);
    assertThat(aws.dynamoAdapters.orders().find("SO-1001")).isPresent();
  }

  /** The batch as Lambda's JSON through the stream handler; the answer's JSON. */
  private String invokeAsLambda(SQSEvent event) {
    ByteArrayOutputStream lambdaJson = new ByteArrayOutputStream();
    LambdaEventSerializers.serializerFor(SQSEvent.class, getClass().getClassLoader())
        .toJson(event, lambdaJson);
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(lambdaJson.toByteArray()),
          answer,
          new FakeContext("order-feed"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return answer.toString(StandardCharsets.UTF_8);
  }
}
