package com.oom.core.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * The hand-over rule for a shared value OOM can change and the ERP echoes (the appointment, the
 * fulfilment date):
 *
 * <ul>
 *   <li>OOM's change is pending until a snapshot shows it (acknowledged);
 *   <li>a snapshot without a value does not erase a pending change, nor does one produced before
 *       OOM's change (it cannot have seen it);
 *   <li>a snapshot produced after OOM's change with another value wins: the ERP changed it later;
 *   <li>with nothing pending the ERP's value applies, and a value the ERP had shown and no longer
 *       shows was removed by the ERP.
 * </ul>
 */
public final class HandOver {
  private HandOver() {}

  /** The value that stands after a snapshot, and why. */
  public record Decision<T>(T value, Verdict verdict) {
    public Decision {
      Objects.requireNonNull(verdict, "verdict");
    }

    /** Whether OOM's pending change (if any) is settled: acknowledged or overridden. */
    public boolean pendingSettled() {
      return verdict != Verdict.STILL_PENDING;
    }
  }

  /**
   * @param pending OOM's pending value, or null when nothing is pending
   * @param pendingSince when OOM made the pending change (ignored without one)
   * @param current the value OOM holds now
   * @param fromErp the value in the snapshot, or null when it shows none
   * @param snapshotAt when the ERP produced the snapshot
   */
  public static <T> Decision<T> resolve(
      T pending, Instant pendingSince, T current, T fromErp, Instant snapshotAt) {
    if (pending == null) {
      if (current != null && fromErp == null) {
        return new Decision<>(null, Verdict.ERP_REMOVED);
      }
      return new Decision<>(fromErp, Verdict.ERP_VALUE);
    }
    if (pending.equals(fromErp)) {
      return new Decision<>(fromErp, Verdict.ACKNOWLEDGED);
    }
    if (fromErp == null || snapshotAt.isBefore(pendingSince)) {
      return new Decision<>(pending, Verdict.STILL_PENDING);
    }
    return new Decision<>(fromErp, Verdict.ERP_OVERRODE);
  }
}
