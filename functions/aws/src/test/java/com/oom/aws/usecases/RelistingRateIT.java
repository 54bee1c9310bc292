package com.oom.aws.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.dynamo.OomTable;
import com.oom.aws.testing.AwsStack;
import com.oom.core.application.EscalateDueOrders;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * By hand, not in the build: how often the timer sweep re-lists an order in a month when nobody
 * touches it, i.e. how often its lines change with time alone (a fulfilment date falling due, a
 * visit entering the confirmation window or ending, a code's timer, the listing's 35-day horizon).
 * A store of the {@link OpenBook} mix is left alone for 30 days; the clock jumps from one due timer
 * to the next and the sweep's escalation step runs there, page after page while pages come back
 * full, as the 5-minute sweep does. Every commit of the sweep is an order's version more, counted
 * per kind of order at the end. The figures feed the cost estimate (infrastructure/README.md).
 *
 * <pre>
 * ./mvnw -B -o verify -pl functions/aws -am -Dspotless.check.skip=true -Dtest=NONE \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RelistingRateIT \
 *   -Dfailsafe.failIfNoSpecifiedTests=false -Doom.lists.relisting=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "oom.lists.relisting", matches = "true")
@ExtendWith(EmulatorExtension.class)
class RelistingRateIT {
  private static final int ORDERS = 400;
  private static final int LIMIT = 200; // TimerSweepHandler.LIMIT
  private static final String STORE = "101";
  private static final Duration MONTH = Duration.ofDays(30);

  private final MutableClock clock = new MutableClock(OpenBook.NOW);

  @Test
  void the_sweep_relists_an_untouched_order_only_when_its_lines_change_with_time() {
    AwsStack aws = new AwsStack(clock);
    UseCaseFactory oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
    OpenBook.write(aws, STORE, 0, ORDERS);
    Instant end = OpenBook.NOW.plus(MONTH);
    int runs = 0;
    int escalated = 0;
    int burst = 0;
    long commits = 0;
    for (Optional<Instant> next = nextTimer(aws); next.isPresent() && next.get().isBefore(end); ) {
      clock.set(next.get());
      aws.requests.reset();
      int due = 0;
      EscalateDueOrders.Result result;
      do { // pages of LIMIT while they come back full, as TimerSweepHandler.sweep takes them
        result = oom.escalateDueOrders().handle("sweep-" + runs + "-" + due, LIMIT);
        due += result.examined();
        escalated += result.escalated();
      } while (result.examined() == LIMIT);
      long committed = aws.requests.count("DynamoDb.TransactWriteItems");
      System.out.printf("RELISTING at %s: %d due, %d commits%n", clock.instant(), due, committed);
      commits += committed;
      burst = Math.max(burst, due);
      runs++;
      next = nextTimer(aws);
    }
    Map<String, int[]> byKind = new TreeMap<>();
    for (int n = 0; n < ORDERS; n++) {
      long saves =
          aws.dynamoAdapters.orders().find(OpenBook.orderId(STORE, n)).orElseThrow().version() - 1;
      int[] kind = byKind.computeIfAbsent(kindOf(n), k -> new int[2]);
      kind[0]++;
      kind[1] += (int) saves;
    }
    System.out.printf(
        "RELISTING %d orders, 30 days untouched: %d sweep runs with something due, %d commits"
            + " (%d escalations), %.2f commits per order; at most %d due at one instant%n",
        ORDERS, runs, commits, escalated, commits / (double) ORDERS, burst);
    byKind.forEach(
        (kind, counts) ->
            System.out.printf(
                "RELISTING %s: %d orders, %.2f commits by the sweep each%n",
                kind, counts[0], counts[1] / (double) counts[0]));
    assertThat(commits).isEqualTo(byKind.values().stream().mapToLong(c -> c[1]).sum());
  }

  private static String kindOf(int number) {
    return switch (number % 20) {
      case 12, 13 -> "waiting for stock";
      case 14, 15 -> "past due";
      case 16, 17 -> "on HOLD";
      case 18, 19 ->
          number / 20 * 2 + number % 20 - 18 < OpenBook.BOOKED_TOMORROW
              ? "booked for tomorrow"
              : "booked weeks ahead";
      default -> "available, not booked";
    };
  }

  /**
   * The earliest timer after now: one Query per {@code timers} shard, the first entry after now.
   */
  private Optional<Instant> nextTimer(AwsStack aws) {
    Optional<Instant> next = Optional.empty();
    for (String shard : OomTable.TIMERS.allShards()) {
      var items =
          aws.dynamo
              .query(
                  b ->
                      b.tableName(AwsStack.TABLE)
                          .indexName(OomTable.TIMERS.name())
                          .keyConditionExpression("#shard = :shard AND #due > :now")
                          .expressionAttributeNames(
                              Map.of(
                                  "#shard", OomTable.TIMERS.partitionAttribute(),
                                  "#due", OomTable.TIMERS.sortAttribute()))
                          .expressionAttributeValues(
                              Map.of(
                                  ":shard", AttributeValue.fromS(shard),
                                  ":now",
                                      AttributeValue.fromN(
                                          Long.toString(clock.instant().toEpochMilli()))))
                          .limit(1))
              .items();
      for (var item : items) {
        Instant due =
            Instant.ofEpochMilli(Long.parseLong(item.get(OomTable.TIMERS.sortAttribute()).n()));
        if (next.isEmpty() || due.isBefore(next.get())) {
          next = Optional.of(due);
        }
      }
    }
    return next;
  }
}
