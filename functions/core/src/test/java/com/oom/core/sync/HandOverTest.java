package com.oom.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandOverTest {
  private static final Instant BOOKED_AT = Instant.parse("2026-12-01T15:00:00Z");
  private static final Instant BEFORE = BOOKED_AT.minusSeconds(60);
  private static final Instant AFTER = BOOKED_AT.plusSeconds(60);

  /** OOM booked B, replacing A. */
  private static HandOver.Pending<String> pendingB() {
    return new HandOver.Pending<>("B", BOOKED_AT, List.of("A"));
  }

  @Test
  void a_snapshot_showing_the_pending_value_acknowledges_it() {
    assertThat(HandOver.resolve(pendingB(), "B", "B", AFTER))
        .isEqualTo(new HandOver.Decision<>("B", Verdict.ACKNOWLEDGED));
  }

  @Test
  void a_snapshot_without_a_value_does_not_erase_a_pending_change() {
    assertThat(HandOver.resolve(pendingB(), "B", null, AFTER))
        .isEqualTo(new HandOver.Decision<>("B", Verdict.STILL_PENDING));
  }

  @Test
  void a_snapshot_produced_before_the_change_cannot_have_seen_it_and_does_not_replace_it() {
    assertThat(HandOver.resolve(pendingB(), "B", "A", BEFORE))
        .isEqualTo(new HandOver.Decision<>("B", Verdict.STILL_PENDING));
  }

  @Test
  void a_snapshot_still_showing_the_value_oom_replaced_has_not_seen_the_change() {
    assertThat(HandOver.resolve(pendingB(), "B", "A", AFTER))
        .isEqualTo(new HandOver.Decision<>("B", Verdict.STILL_PENDING));
  }

  @Test
  void a_snapshot_produced_after_the_change_with_another_value_wins() {
    assertThat(HandOver.resolve(pendingB(), "B", "C", AFTER))
        .isEqualTo(new HandOver.Decision<>("C", Verdict.ERP_OVERRODE));
  }

  @Test
  void with_nothing_pending_the_erp_value_applies() {
    assertThat(HandOver.resolve((HandOver.Pending<String>) null, "A", "C", AFTER))
        .isEqualTo(new HandOver.Decision<>("C", Verdict.ERP_VALUE));
    assertThat(HandOver.resolve((HandOver.Pending<String>) null, null, "C", AFTER))
        .isEqualTo(new HandOver.Decision<>("C", Verdict.ERP_VALUE));
  }

  @Test
  void a_value_the_erp_had_shown_and_no_longer_shows_was_removed_by_the_erp() {
    assertThat(HandOver.resolve((HandOver.Pending<String>) null, "A", null, AFTER))
        .isEqualTo(new HandOver.Decision<>(null, Verdict.ERP_REMOVED));
  }

  @Test
  void when_the_snapshot_says_the_erp_has_not_applied_the_change_it_stands_whatever_is_shown() {
    assertThat(HandOver.resolve(pendingB(), "B", "C", AFTER, Optional.of(false)))
        .isEqualTo(new HandOver.Decision<>("B", Verdict.STILL_PENDING));
  }

  @Test
  void when_the_snapshot_says_the_erp_has_applied_the_change_its_value_decides() {
    assertThat(HandOver.resolve(pendingB(), "B", "B", AFTER, Optional.of(true)))
        .isEqualTo(new HandOver.Decision<>("B", Verdict.ACKNOWLEDGED));
    // Even a value OOM replaced: the ERP applied OOM's booking, then moved it back.
    assertThat(HandOver.resolve(pendingB(), "B", "A", AFTER, Optional.of(true)))
        .isEqualTo(new HandOver.Decision<>("A", Verdict.ERP_OVERRODE));
    assertThat(HandOver.resolve(pendingB(), "B", null, AFTER, Optional.of(true)))
        .isEqualTo(new HandOver.Decision<String>(null, Verdict.ERP_REMOVED));
  }

  @Test
  void only_a_still_pending_change_stays_pending() {
    assertThat(new HandOver.Decision<>("B", Verdict.STILL_PENDING).pendingSettled()).isFalse();
    for (Verdict verdict : Verdict.values()) {
      if (verdict != Verdict.STILL_PENDING) {
        assertThat(new HandOver.Decision<>("B", verdict).pendingSettled()).isTrue();
      }
    }
  }
}
