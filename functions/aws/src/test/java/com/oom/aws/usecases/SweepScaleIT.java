package com.oom.aws.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.dynamo.OomTable;
import com.oom.aws.testing.AwsStack;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.port.OrderChange;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The timer sweep reads what is due, not the table: with 1,000 and with 10,000 open orders whose
 * timers run but are not due, the sweep's reads (one Query per {@code timers} shard, per {@code
 * deferredSms} shard and per {@code outbox} shard) make the same requests and return the same
 * items.
 *
 * <p>Why 10,000 and not 100,000: loading moto costs about 1 ms per item, so 100,000 orders take
 * almost two minutes to load (measured through oom_moto.py on the shared 2-core machine: load 106
 * s, the sweep's 16 Queries 16 s, since the emulator still reads every entry of a timer shard to
 * test the due time, where DynamoDB reads only the entries it returns). With 10,000 the test takes
 * about 20 s. The requests and items were the same at every size. The sizes are system properties:
 * {@code -Doom.sweep.small=1000 -Doom.sweep.large=100000} runs the full comparison by hand (figures
 * in functions/aws/README.md).
 */
@ExtendWith(EmulatorExtension.class)
class SweepScaleIT {
  private static final int SMALL = Integer.getInteger("oom.sweep.small", 1_000);
  private static final int LARGE = Integer.getInteger("oom.sweep.large", 10_000);
  private static final Instant CODED = Instant.parse("2026-11-30T16:00:00Z");
  private static final Instant SWEEP_AT = Instant.parse("2026-12-03T17:30:00Z"); // 73.5 h later
  private static final Instant NOT_DUE_UNTIL = Instant.parse("2026-12-20T16:00:00Z");

  private final MutableClock clock = new MutableClock(CODED);

  record SweepReads(Map<String, Long> requests, long itemsRead, long millis) {}

  @Test
  void sweep_reads_the_same_with_a_thousand_and_with_ten_thousand_orders_not_due() {
    AwsStack aws = new AwsStack(clock);
    UseCaseFactory oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-due",
                new ErpSnapshot(
                    Orders.defaultOrder().orderId("SO-DUE").details(), 1, clock.instant(), null)));
    oom.setContactStatus()
        .handle(
            new SetContactStatus.Command(
                "r-due",
                "SO-DUE",
                Actor.agent("agent-7"),
                ContactStatus.CANCEL,
                null,
                "cancel asked",
                null));
    Map<String, AttributeValue> template = quietTemplate(aws);

    long loadSmall = load(aws, template, 0, SMALL);
    SweepReads small = sweepReads(aws, oom);
    long loadLarge = load(aws, template, SMALL, LARGE);
    SweepReads large = sweepReads(aws, oom);

    System.out.printf(
        "SWEEP-SCALE %,d orders not due: loaded in %,d ms; sweep reads %s, %d items, %,d ms%n",
        SMALL, loadSmall, small.requests(), small.itemsRead(), small.millis());
    System.out.printf(
        "SWEEP-SCALE %,d orders not due: loaded in %,d ms more; sweep reads %s, %d items, %,d ms%n",
        LARGE, loadLarge, large.requests(), large.itemsRead(), large.millis());
    assertThat(small.itemsRead()).as("the due order").isEqualTo(1);
    assertThat(large.itemsRead()).isEqualTo(small.itemsRead());
    assertThat(large.requests())
        .isEqualTo(small.requests())
        .isEqualTo(Map.of("DynamoDb.Query", 8L + 4L + 4L));
  }

  /** The reads of a sweep run that finds one order due: timers, deferred texts, the outbox. */
  private SweepReads sweepReads(AwsStack aws, UseCaseFactory oom) {
    Instant before = clock.instant();
    clock.set(SWEEP_AT);
    aws.requests.reset();
    long start = System.nanoTime();
    var due = aws.dynamoAdapters.orders().dueForTimers(clock.instant(), 200);
    aws.dynamoAdapters.smsLog().deferredDue(clock.instant(), 200);
    aws.dynamoAdapters.outbox().unpublished(200);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(due).extracting(o -> o.orderId()).containsExactly("SO-DUE");
    clock.set(before);
    return new SweepReads(aws.requests.snapshot(), aws.requests.itemsRead(), millis);
  }

  /** A real state item of an open order whose timer runs but is not due, saved by the adapter. */
  private static Map<String, AttributeValue> quietTemplate(AwsStack aws) {
    var order = Orders.defaultOrder().orderId("SO-QUIET-TEMPLATE").build();
    aws.dynamoAdapters
        .orders()
        .save(new OrderChange(null, order, 0, List.of(), List.of(), "quiet", NOT_DUE_UNTIL));
    Map<String, AttributeValue> item = aws.orderStateItem("SO-QUIET-TEMPLATE");
    assertThat(item).containsKey(OomTable.TIMERS.partitionAttribute());
    return item;
  }

  /**
   * Copies of the template for orders {@code from..to-1}, straight to the table in BatchWriteItems
   * of 25 (the adapters' one-transaction-per-change path would take hours on moto).
   *
   * @return milliseconds taken
   */
  private static long load(AwsStack aws, Map<String, AttributeValue> template, int from, int to) {
    long start = System.nanoTime();
    String state = template.get("state").s();
    List<WriteRequest> batch = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String orderId = "SO-QUIET-" + i;
      Map<String, AttributeValue> item = new HashMap<>(template);
      item.put(OomTable.PK, AttributeValue.fromS("ORDER#" + orderId));
      item.put("orderId", AttributeValue.fromS(orderId));
      item.put("state", AttributeValue.fromS(state.replace("SO-QUIET-TEMPLATE", orderId)));
      item.put(
          OomTable.TIMERS.partitionAttribute(),
          AttributeValue.fromS(OomTable.TIMERS.shardOf(orderId)));
      item.put(
          OomTable.TIMERS.sortAttribute(),
          AttributeValue.fromN(Long.toString(NOT_DUE_UNTIL.toEpochMilli() + i)));
      batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
      if (batch.size() == 25 || i == to - 1) {
        write(aws, batch);
        batch = new ArrayList<>();
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void write(AwsStack aws, List<WriteRequest> batch) {
    Map<String, List<WriteRequest>> request = Map.of(AwsStack.TABLE, batch);
    while (!request.isEmpty()) {
      Map<String, List<WriteRequest>> current = request;
      BatchWriteItemResponse response = aws.dynamo.batchWriteItem(b -> b.requestItems(current));
      request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
    }
  }
}
