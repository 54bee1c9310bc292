package com.oom.core.sync;

import com.oom.core.order.ErpSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hand-over rule for a shared value OOM can change and the ERP echoes (the appointment, the
 * fulfilment date):
 *
 * <ul>
 *   <li>OOM's change is pending until a snapshot shows it (acknowledged);
 *   <li>a snapshot that cannot have seen OOM's change does not erase it: one without a value, one
 *       produced before the change, or one still showing a value OOM's change replaced;
 *   <li>any other value wins: the ERP changed the field after OOM did;
 *   <li>with nothing pending the ERP's value applies, and a value the ERP had shown and no longer
 *       shows was removed by the ERP.
 * </ul>
 *
 * When the snapshot says how far the ERP had applied OOM's updates ({@code
 * oomUpdatesAppliedThrough}), that decides instead of the guesses above: not yet applied, OOM's
 * change stands; applied, the snapshot's value is the ERP's (the same value acknowledges it).
 * Without it a snapshot carries no time per field, so an ERP that changes the field back to a value
 * OOM replaced is read as not having seen OOM's change yet (the change stays pending and, past its
 * deadline, on the sync list for a supervisor), and one that shows OOM's value from an earlier
 * update of OOM's (OOM booked A, then B, then A again) acknowledges it early.
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

  /** OOM's change waiting for the ERP: the value, when it was made, the values it replaced. */
  public record Pending<T>(T value, Instant since, List<T> superseded) {
    public Pending {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(since, "since");
      superseded = List.copyOf(superseded);
    }
  }

  /**
   * @param pending OOM's pending change, or null when nothing is pending
   * @param current the value OOM holds now
   * @param fromErp the value in the snapshot, or null when it shows none
   * @param snapshotAt when the ERP produced the snapshot
   */
  public static <T> Decision<T> resolve(
      Pending<T> pending, T current, T fromErp, Instant snapshotAt) {
    return resolve(pending, current, fromErp, snapshotAt, Optional.empty());
  }

  /**
   * The value that stands after {@code snapshot}: its time, and how far it says the ERP had applied
   * OOM's updates, decide.
   */
  public static <T> Decision<T> resolve(
      Pending<T> pending, T current, T fromErp, ErpSnapshot snapshot) {
    return resolve(
        pending,
        current,
        fromErp,
        snapshot.occurredAt(),
        pending == null ? Optional.empty() : snapshot.hasApplied(pending.since()));
  }

  /**
   * @param applied whether the ERP had applied OOM's pending change when it produced the snapshot,
   *     when the snapshot says ({@link com.oom.core.order.ErpSnapshot#hasApplied})
   */
  public static <T> Decision<T> resolve(
      Pending<T> pending, T current, T fromErp, Instant snapshotAt, Optional<Boolean> applied) {
    if (pending == null) {
      if (current != null && fromErp == null) {
        return new Decision<>(null, Verdict.ERP_REMOVED);
      }
      return new Decision<>(fromErp, Verdict.ERP_VALUE);
    }
    if (applied.isPresent()) {
      if (!applied.get()) {
        return new Decision<>(pending.value(), Verdict.STILL_PENDING);
      }
      if (pending.value().equals(fromErp)) {
        return new Decision<>(fromErp, Verdict.ACKNOWLEDGED);
      }
      return new Decision<>(fromErp, fromErp == null ? Verdict.ERP_REMOVED : Verdict.ERP_OVERRODE);
    }
    if (pending.value().equals(fromErp)) {
      return new Decision<>(fromErp, Verdict.ACKNOWLEDGED);
    }
    if (fromErp == null
        || snapshotAt.isBefore(pending.since())
        || pending.superseded().contains(fromErp)) {
      return new Decision<>(pending.value(), Verdict.STILL_PENDING);
    }
    return new Decision<>(fromErp, Verdict.ERP_OVERRODE);
  }
}
