package com.oom.core.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link WorkLists#PRIORITY} orders work items totally and stably. Keys are drawn from small pools
 * so that ties on value, age and order id are frequent; every other field follows from the keys.
 */
class WorkListOrderProperties {

  private static final Instant FIRST_SEEN = Instant.parse("2026-11-01T15:00:00Z");

  @Property
  void compare_is_antisymmetric_and_zero_only_for_equal_keys(
      @ForAll("items") WorkItem a, @ForAll("items") WorkItem b) {
    int ab = WorkLists.PRIORITY.compare(a, b);
    int ba = WorkLists.PRIORITY.compare(b, a);

    assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(ba));
    assertThat(ab == 0).isEqualTo(sameKeys(a, b));
  }

  @Property
  void compare_is_transitive(
      @ForAll("items") WorkItem a, @ForAll("items") WorkItem b, @ForAll("items") WorkItem c) {
    if (WorkLists.PRIORITY.compare(a, b) <= 0 && WorkLists.PRIORITY.compare(b, c) <= 0) {
      assertThat(WorkLists.PRIORITY.compare(a, c)).isLessThanOrEqualTo(0);
    }
  }

  @Property
  void sorting_a_shuffled_copy_gives_the_same_sequence(
      @ForAll("itemLists") List<WorkItem> items, @ForAll long seed) {
    List<WorkItem> shuffled = new ArrayList<>(items);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(shuffled.stream().sorted(WorkLists.PRIORITY).toList())
        .isEqualTo(items.stream().sorted(WorkLists.PRIORITY).toList());
  }

  @Property
  void sorted_list_has_higher_value_first_and_older_first_among_equal_values(
      @ForAll("itemLists") List<WorkItem> items) {
    List<WorkItem> sorted = items.stream().sorted(WorkLists.PRIORITY).toList();

    for (int i = 1; i < sorted.size(); i++) {
      WorkItem before = sorted.get(i - 1);
      WorkItem after = sorted.get(i);
      int byValue = before.priority().compareTo(after.priority());
      assertThat(byValue).isGreaterThanOrEqualTo(0);
      if (byValue == 0) {
        assertThat(before.since()).isBeforeOrEqualTo(after.since());
      }
    }
  }

  private static boolean sameKeys(WorkItem a, WorkItem b) {
    return a.priority().compareTo(b.priority()) == 0
        && a.since().equals(b.since())
        && a.orderId().equals(b.orderId())
        && a.list() == b.list();
  }

  @Provide
  Arbitrary<List<WorkItem>> itemLists() {
    return items().list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<WorkItem> items() {
    return Combinators.combine(
            priorities(),
            sinces(),
            Arbitraries.of("SO-1001", "SO-1002", "SO-77", "SO-900"),
            Arbitraries.of(WorkListKind.class))
        .as(
            (priority, since, orderId, list) ->
                new WorkItem(
                    orderId,
                    "101",
                    list,
                    "reason for " + orderId + " on " + list.slug(),
                    priority,
                    since,
                    List.of(),
                    null));
  }

  /** Cents: often one of a few round values, sometimes anything up to $20,000. */
  private static Arbitrary<BigDecimal> priorities() {
    Arbitrary<BigDecimal> roundValues =
        Arbitraries.of(0L, 50_000L, 150_000L, 150_001L).map(cents -> BigDecimal.valueOf(cents, 2));
    Arbitrary<BigDecimal> anyValue =
        Arbitraries.longs().between(0, 2_000_000).map(cents -> BigDecimal.valueOf(cents, 2));
    return Arbitraries.frequencyOf(Tuple.of(2, roundValues), Tuple.of(1, anyValue));
  }

  private static Arbitrary<Instant> sinces() {
    return Arbitraries.longs().between(0, 5).map(hours -> FIRST_SEEN.plus(Duration.ofHours(hours)));
  }
}
