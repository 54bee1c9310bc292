package com.oom.core.worklist;

import static com.oom.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link WorkLists#PRIORITY} orders work items totally and stably. Keys are drawn from small pools
 * so that ties on promotion, value, age and order id are frequent; every other field follows from
 * the keys.
 */
class WorkListOrderProperties {

  private static final Instant FIRST_SEEN = Instant.parse("2026-11-01T15:00:00Z");

  @Test
  void compare_is_antisymmetric_and_zero_only_for_equal_keys() {
    qt(1000)
        .forAll(items(), items())
        .checkAssert(
            (a, b) -> {
              int ab = WorkLists.PRIORITY.compare(a, b);
              int ba = WorkLists.PRIORITY.compare(b, a);

              assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(ba));
              assertThat(ab == 0).isEqualTo(sameKeys(a, b));
            });
  }

  @Test
  void compare_is_transitive() {
    qt(1000)
        .forAll(items(), items(), items())
        .checkAssert(
            (a, b, c) -> {
              if (WorkLists.PRIORITY.compare(a, b) <= 0 && WorkLists.PRIORITY.compare(b, c) <= 0) {
                assertThat(WorkLists.PRIORITY.compare(a, c)).isLessThanOrEqualTo(0);
              }
            });
  }

  @Test
  void sorting_a_shuffled_copy_gives_the_same_sequence() {
    qt(1000)
        .forAll(itemLists(), SourceDSL.longs().all())
        .checkAssert(
            (items, seed) -> {
              List<WorkItem> shuffled = new ArrayList<>(items);
              Collections.shuffle(shuffled, new Random(seed));

              assertThat(shuffled.stream().sorted(WorkLists.PRIORITY).toList())
                  .isEqualTo(items.stream().sorted(WorkLists.PRIORITY).toList());
            });
  }

  @Test
  void promoted_items_come_first_oldest_first_then_higher_value_then_older() {
    qt(1000)
        .forAll(itemLists())
        .checkAssert(
            items -> {
              List<WorkItem> sorted = items.stream().sorted(WorkLists.PRIORITY).toList();

              for (int i = 1; i < sorted.size(); i++) {
                WorkItem before = sorted.get(i - 1);
                WorkItem after = sorted.get(i);
                assertThat(!before.promoted() && after.promoted()).isFalse();
                if (before.promoted() && after.promoted()) {
                  assertThat(before.since()).isBeforeOrEqualTo(after.since());
                } else if (!before.promoted() && !after.promoted()) {
                  int byValue = before.priority().compareTo(after.priority());
                  assertThat(byValue).isGreaterThanOrEqualTo(0);
                  if (byValue == 0) {
                    assertThat(before.since()).isBeforeOrEqualTo(after.since());
                  }
                }
              }
            });
  }

  @Test
  void the_rank_string_sorts_one_list_exactly_like_priority() {
    qt(1000)
        .forAll(itemLists())
        .checkAssert(
            items -> {
              List<WorkItem> oneList =
                  items.stream()
                      .filter(item -> item.list() == WorkListKind.SCHEDULING)
                      .collect(
                          java.util.stream.Collectors.toMap(
                              WorkItem::orderId, item -> item, (first, second) -> first))
                      .values()
                      .stream()
                      .toList();

              assertThat(oneList.stream().sorted(java.util.Comparator.comparing(Rank::of)).toList())
                  .isEqualTo(oneList.stream().sorted(WorkLists.PRIORITY).toList());
            });
  }

  private static boolean sameKeys(WorkItem a, WorkItem b) {
    return a.promoted() == b.promoted()
        && a.priority().compareTo(b.priority()) == 0
        && a.since().equals(b.since())
        && a.orderId().equals(b.orderId())
        && a.list() == b.list();
  }

  private static Gen<List<WorkItem>> itemLists() {
    return SourceDSL.lists().of(items()).ofSizeBetween(0, 40);
  }

  private static Gen<WorkItem> items() {
    return priorities()
        .zip(
            sinces(),
            SourceDSL.arbitrary().pick("SO-1001", "SO-1002", "SO-77", "SO-900"),
            SourceDSL.arbitrary().enumValues(WorkListKind.class),
            (priority, since, orderId, list) ->
                new WorkItem(
                    orderId,
                    "101",
                    list,
                    NextAction.FOLLOW_UP,
                    "reason for " + orderId + " on " + list.slug(),
                    priority,
                    since,
                    false,
                    List.of(),
                    since,
                    null,
                    null,
                    null))
        .zip(SourceDSL.booleans().all(), (item, promoted) -> item.ranked(promoted, null));
  }

  /** Cents: often one of a few round values, sometimes anything up to $20,000. */
  private static Gen<BigDecimal> priorities() {
    Gen<BigDecimal> roundValues =
        SourceDSL.arbitrary()
            .pick(0L, 50_000L, 150_000L, 150_001L)
            .map(cents -> BigDecimal.valueOf(cents, 2));
    Gen<BigDecimal> anyValue =
        SourceDSL.longs().between(0, 2_000_000).map(cents -> BigDecimal.valueOf(cents, 2));
    return Generate.frequency(Pair.of(2, roundValues), Pair.of(1, anyValue));
  }

  private static Gen<Instant> sinces() {
    return SourceDSL.longs().between(0, 5).map(hours -> FIRST_SEEN.plus(Duration.ofHours(hours)));
  }
}
