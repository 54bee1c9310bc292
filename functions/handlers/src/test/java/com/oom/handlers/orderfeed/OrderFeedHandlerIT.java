package com.oom.handlers.orderfeed;

import static com.oom.handlers.testing.FeedMessages.outcome;
import static com.oom.handlers.testing.FeedMessages.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.oom.aws.testing.AwsStack;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class OrderFeedHandlerIT {
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
  void good_messages_commit_and_only_bad_ones_are_reported_failed() {
    String good = snapshot("e-1", 1, Orders.defaultOrder().orderId("SO-GOOD"));
    String badStatus =
        snapshot("e-2", 1, Orders.defaultOrder().orderId("SO-BAD")).replace("\"EST\"", "\"LOST\"");
    String missingStore =
        snapshot("e-3", 1, Orders.defaultOrder().orderId("SO-NOSTORE"))
            .replace("\"storeId\":\"101\",", "");
    String unknownOrder = outcome("e-4", "SO-NOBODY", "DELIVERED");

    SQSBatchResponse response =
        handler.handleRequest(
            SqsEvents.of(
                "oom-order-feed", good, "{not json", badStatus, missingStore, unknownOrder),
            new FakeContext("order-feed"));

    assertThat(response.getBatchItemFailures())
        .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("m-1", "m-2", "m-3", "m-4");
    assertThat(aws.dynamoAdapters.orders().find("SO-GOOD")).isPresent();
    assertThat(aws.dynamoAdapters.orders().find("SO-BAD")).isEmpty();
    assertThat(aws.dynamoAdapters.orders().find("SO-NOSTORE")).isEmpty();
  }

  @Test
  void a_code_set_in_the_erp_becomes_the_orders_contact_status_from_its_own_time() {
    Instant setInStoris = Instant.parse("2026-11-30T15:40:00Z");
    String coded =
        snapshot(
            "e-1",
            1,
            // a balance owing: with none, OOM clears BALDUE at once (BalancePayments)
            Orders.defaultOrder().orderId("SO-CODED").balanceDue("250.00"),
            new ErpContactCode(ContactStatus.BALDUE, LocalDate.of(2026, 12, 4), setInStoris));

    SQSBatchResponse response =
        handler.handleRequest(SqsEvents.of("oom-order-feed", coded), new FakeContext("order-feed"));

    assertThat(response.getBatchItemFailures()).isEmpty();
    OpenOrder order = aws.dynamoAdapters.orders().find("SO-CODED").orElseThrow();
    assertThat(order.contactStatus()).isEqualTo(ContactStatus.BALDUE);
    assertThat(order.contactDate()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(order.contactStatusSince()).isEqualTo(setInStoris);
    assertThat(order.sync().code()).as("the ERP's own code waits for nothing").isNull();
  }

  @Test
  void as_lambda_invokes_it_the_batch_arrives_and_its_failures_leave_as_json() throws Exception {
    var event =
        SqsEvents.of(
            "oom-order-feed",
            snapshot("e-1", 1, Orders.defaultOrder().orderId("SO-STREAM")),
            "{not json");
    var lambdaJson = new ByteArrayOutputStream();
    LambdaEventSerializers.serializerFor(SQSEvent.class, getClass().getClassLoader())
        .toJson(event, lambdaJson);
    var answer = new ByteArrayOutputStream();

    handler.handleRequest(
        new ByteArrayInputStream(lambdaJson.toByteArray()), answer, new FakeContext("order-feed"));

    assertThat(answer.toString(StandardCharsets.UTF_8))
        .isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-1\"}]}");
    assertThat(aws.dynamoAdapters.orders().find("SO-STREAM")).isPresent();
  }

  @Test
  void fulfilment_outcome_closes_the_order() {
    handler.handleRequest(
        SqsEvents.of(
            "oom-order-feed",
            snapshot("e-1", 1, Orders.defaultOrder()),
            outcome("e-2", "SO-1001", "DELIVERED")),
        new FakeContext("order-feed"));

    assertThat(aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().status())
        .isEqualTo(FulfilmentStatus.DELIVERED);
  }

  @Test
  void the_same_snapshot_delivered_three_times_is_applied_once() {
    String body = snapshot("e-1", 1, Orders.defaultOrder());
    for (int i = 0; i < 3; i++) {
      assertThat(
              handler
                  .handleRequest(
                      SqsEvents.of("oom-order-feed", body), new FakeContext("order-feed"))
                  .getBatchItemFailures())
          .isEmpty();
    }

    assertThat(aws.dynamoAdapters.orders().find("SO-1001").orElseThrow().version()).isEqualTo(1);
    assertThat(aws.dynamoAdapters.orders().auditTrail("SO-1001")).hasSize(3);
  }
}
