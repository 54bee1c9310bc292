package com.oom.core.sync;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PendingCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Contact codes from the ERP (a status and date set in STORIS, by a store or before go-live) meet
 * OOM's: the later change wins, by the time each side says it was made. A snapshot is applied only
 * when its sequence is newer than the last one applied, so ERP-against-ERP order is the sequence;
 * against OOM's pending change the ERP's {@code contactStatusSince} decides, and at the same
 * instant the ERP, as the system of record, wins. The same code with an earlier time is the ERP
 * still showing an older change of OOM's (OOM coded HOLD, then SVC, then HOLD again), not the
 * latest one. When the snapshot says how far the ERP had applied OOM's updates, that decides
 * instead. Timers (the HOLD week, the BALDUE and CANCEL grace) start from the code's own time.
 */
public final class ContactCodeHandOver {
  private ContactCodeHandOver() {}

  /**
   * @param since when the standing status was set (kept when only the date changes)
   */
  public record Decision(
      Verdict verdict, ContactStatus status, LocalDate contactDate, Instant since) {
    public Decision {
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  public static Decision resolve(OpenOrder order, ErpContactCode fromErp) {
    return resolve(order, fromErp, Optional.empty());
  }

  /** The code that stands after {@code snapshot} (its code, and how far it had applied OOM's). */
  public static Decision resolve(OpenOrder order, ErpSnapshot snapshot) {
    PendingCode pending = order.sync().code();
    return resolve(
        order,
        snapshot.contactCode(),
        pending == null ? Optional.empty() : snapshot.hasApplied(pending.since()));
  }

  /**
   * @param applied whether the ERP had applied OOM's pending code when it produced the snapshot,
   *     when the snapshot says ({@link com.oom.core.order.ErpSnapshot#hasApplied}): then that
   *     decides, not the times
   */
  public static Decision resolve(
      OpenOrder order, ErpContactCode fromErp, Optional<Boolean> applied) {
    ContactStatus status = order.contactStatus();
    LocalDate date = order.contactDate();
    Instant since = order.contactStatusSince();
    PendingCode pending = order.sync().code();
    if (fromErp == null) {
      return new Decision(Verdict.NOT_STATED, status, date, since);
    }
    if (pending != null) {
      boolean seen = applied.orElse(!fromErp.since().isBefore(pending.since()));
      if (!seen) {
        return new Decision(Verdict.STILL_PENDING, status, date, since);
      }
      if (pending.matches(fromErp.status(), fromErp.contactDate())) {
        return new Decision(Verdict.ACKNOWLEDGED, status, date, since);
      }
      return erpCode(Verdict.ERP_OVERRODE, status, since, fromErp);
    }
    if (fromErp.status() == status && Objects.equals(fromErp.contactDate(), date)) {
      return new Decision(Verdict.ERP_VALUE, status, date, since);
    }
    return erpCode(Verdict.ERP_VALUE, status, since, fromErp);
  }

  private static Decision erpCode(
      Verdict verdict, ContactStatus status, Instant since, ErpContactCode fromErp) {
    Instant newSince = fromErp.status() == status ? since : fromErp.since();
    return new Decision(verdict, fromErp.status(), fromErp.contactDate(), newSince);
  }
}
