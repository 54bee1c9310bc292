package com.oom.aws.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.core.application.ListWorkList;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import com.oom.tooling.emulator.EmulatorExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * By hand, not in the build: the wall-clock time of a work-list page on the local emulator at
 * 10,000 open orders in a store, side by side in one run with the whole-store read the lists made
 * before issue 18 (every open order of the store through {@code openByStore}, ranked by {@code
 * WorkLists.build}, the first 50 kept). The reads are interleaved round by round, so drift on the
 * machine falls on both. Figures are printed and written to {@code target/list-latency.md}; quote
 * the ratios, not the times (machines differ 2–3×, and moto is no DynamoDB: it reads a whole list
 * partition for each Query, where DynamoDB reads only the entries it returns).
 *
 * <pre>
 * ./mvnw -B -o verify -pl functions/aws -am -Dspotless.check.skip=true -Dtest=NONE \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ListLatencyIT \
 *   -Dfailsafe.failIfNoSpecifiedTests=false -Doom.lists.latency=true
 * </pre>
 *
 * {@code -Doom.lists.latency.orders} (10,000) and {@code -Doom.lists.latency.rounds} (40) change
 * the store's size and the number of rounds; each round reads the old way once and each page kind
 * {@value #PAGES_PER_ROUND} times.
 */
@EnabledIfSystemProperty(named = "oom.lists.latency", matches = "true")
@ExtendWith(EmulatorExtension.class)
class ListLatencyIT {
  private static final int ORDERS = Integer.getInteger("oom.lists.latency.orders", 10_000);
  private static final int ROUNDS = Integer.getInteger("oom.lists.latency.rounds", 40);
  private static final int PAGES_PER_ROUND = 5;
  private static final int WARM_UP_ROUNDS = 3;
  private static final int LIMIT = ListWorkList.DEFAULT_LIMIT;
  private static final String STORE = "101";

  private final MutableClock clock = new MutableClock(OpenBook.NOW);

  @Test
  void a_page_of_the_index_against_the_whole_store_ranked_in_memory() throws IOException {
    AwsStack aws = new AwsStack(clock);
    UseCaseFactory oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
    long written = OpenBook.write(aws, STORE, 0, ORDERS);
    ListWorkList lists = oom.listWorkList();
    List<String> store = List.of(STORE);
    String afterPage2 =
        lists
            .page(
                WorkListKind.SCHEDULING,
                store,
                lists.page(WorkListKind.SCHEDULING, store, null, LIMIT).lastRank(),
                LIMIT)
            .lastRank();

    Map<String, Supplier<List<WorkItem>>> reads = new LinkedHashMap<>();
    reads.put(
        "old: whole store, ranked in memory, first 50",
        () -> ListScaleIT.oldWholeStoreList(aws, WorkListKind.SCHEDULING, STORE).subList(0, LIMIT));
    reads.put(
        "index: first page of the store",
        () -> lists.page(WorkListKind.SCHEDULING, store, null, LIMIT).items());
    reads.put(
        "index: third page of the store",
        () -> lists.page(WorkListKind.SCHEDULING, store, afterPage2, LIMIT).items());
    reads.put(
        "index: first page, every store",
        () -> lists.page(WorkListKind.SCHEDULING, null, null, LIMIT).items());
    assertThat(reads.get("index: first page of the store").get())
        .as("the page is the top of the list the rules compute")
        .isEqualTo(reads.get("old: whole store, ranked in memory, first 50").get());

    Map<String, List<Long>> millis = new LinkedHashMap<>();
    reads.keySet().forEach(name -> millis.put(name, new ArrayList<>()));
    for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
      boolean counted = round >= WARM_UP_ROUNDS;
      reads.forEach(
          (name, read) -> {
            int times = name.startsWith("old") ? 1 : PAGES_PER_ROUND;
            for (int i = 0; i < times; i++) {
              long start = System.nanoTime();
              assertThat(read.get()).hasSize(LIMIT);
              if (counted) {
                millis.get(name).add((System.nanoTime() - start) / 1_000_000);
              }
            }
          });
    }

    StringBuilder table = new StringBuilder();
    table.append(
        "%,d open orders in the store (%,d on the list), book written in %,d ms; %d rounds%n%n"
            .formatted(ORDERS, lists.sizes(store).get(WorkListKind.SCHEDULING), written, ROUNDS));
    table.append("| read | samples | p50 ms | p99 ms | old p50 / p50 | old p99 / p99 |\n");
    table.append("|---|---:|---:|---:|---:|---:|\n");
    List<Long> old = millis.get("old: whole store, ranked in memory, first 50");
    millis.forEach(
        (name, times) ->
            table.append(
                "| %s | %d | %d | %d | %.0f× | %.0f× |%n"
                    .formatted(
                        name,
                        times.size(),
                        percentile(times, 50),
                        percentile(times, 99),
                        ratio(old, times, 50),
                        ratio(old, times, 99))));
    System.out.println("LIST-LATENCY\n" + table);
    Files.writeString(Path.of("target", "list-latency.md"), table, StandardCharsets.UTF_8);
  }

  private static double ratio(List<Long> old, List<Long> times, int p) {
    return percentile(old, p) / (double) Math.max(1, percentile(times, p));
  }

  /** The nearest-rank percentile. */
  static long percentile(List<Long> values, int p) {
    List<Long> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
